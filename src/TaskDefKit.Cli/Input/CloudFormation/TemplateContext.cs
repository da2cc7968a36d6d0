using System;
using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// One template being judged: its resources by logical ID, and each task definition translated once, so a service
    /// that references it (<c>TaskDefinition: !Ref Web</c>) is judged against the same translation.
    /// </summary>
    internal sealed class TemplateContext
    {
        private readonly Dictionary<string, TranslatedDocument> _taskDefinitions = new Dictionary<string, TranslatedDocument>(StringComparer.Ordinal);

        public TemplateContext(SourceNode root, string display)
        {
            Root = root;
            Display = display;
            var resources = new Dictionary<string, TemplateResource>(StringComparer.Ordinal);
            var inOrder = new List<TemplateResource>();
            SourceNode? node = root.Get("Resources");
            if (node != null && node.Kind == SourceNodeKind.Mapping)
            {
                foreach (KeyValuePair<string, SourceNode> entry in node.Members)
                {
                    var resource = new TemplateResource(entry.Key, entry.Value);
                    resources[entry.Key] = resource;
                    inOrder.Add(resource);
                }
            }

            Resources = resources;
            InOrder = inOrder;
        }

        /// <summary>
        /// The template file's bytes, when the caller has them: a value that holds text of its own (an ECR
        /// <c>LifecyclePolicyText</c>) is located inside the file from them. Null: findings stay on the value's start.
        /// </summary>
        public byte[]? Source { get; init; }

        /// <summary>The resources in template order.</summary>
        public IReadOnlyList<TemplateResource> InOrder { get; }

        public SourceNode Root { get; }

        /// <summary>The path as printed; findings' locations use it.</summary>
        public string Display { get; }

        public IReadOnlyDictionary<string, TemplateResource> Resources { get; }

        /// <summary>The translation of a task definition resource (made once per template).</summary>
        public TranslatedDocument TaskDefinition(TemplateResource resource)
        {
            if (!_taskDefinitions.TryGetValue(resource.LogicalId, out TranslatedDocument? translated))
            {
                translated = CloudFormationTranslator.Translate(resource.LogicalId, resource.Node, resource.Properties);
                _taskDefinitions[resource.LogicalId] = translated;
            }

            return translated;
        }
    }
}
