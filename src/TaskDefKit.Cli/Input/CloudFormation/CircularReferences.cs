using System;
using System.Collections.Generic;
using TaskDefKit.Templates;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>The template's reference graph, judged by <see cref="ResourceCircles"/> (TDK7100).</summary>
    internal static class CircularReferences
    {
        public static IEnumerable<RuleDiagnostic> Find(TemplateContext template)
        {
            IReadOnlyList<TemplateResource> resources = template.InOrder;
            var ids = new List<string>(resources.Count);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < resources.Count; i++)
            {
                ids.Add(resources[i].LogicalId);
                index.TryAdd(resources[i].LogicalId, i);
            }

            var edges = new IReadOnlyList<(int Target, SourceNode At)>[resources.Count];
            for (int i = 0; i < resources.Count; i++)
            {
                var targets = new List<(int, SourceNode)>();
                List<(string Target, SourceNode At)> references = TemplateReferences.DependsOn(resources[i].Node);
                references.AddRange(TemplateReferences.All(resources[i].Node));
                foreach ((string target, SourceNode at) in references)
                {
                    if (index.TryGetValue(target, out int to))
                    {
                        targets.Add((to, at));
                    }
                }

                edges[i] = targets;
            }

            return ResourceCircles.Find(ids, edges, at => new SourceLocation(template.Display, at.Line, at.Column));
        }
    }
}
