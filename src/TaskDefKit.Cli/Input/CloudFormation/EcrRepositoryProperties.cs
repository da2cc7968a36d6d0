using System;
using TaskDefKit.Ecr;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// What an <c>AWS::ECR::Repository</c>'s <c>Properties</c> say about the settings the ECR rules judge, in
    /// <see cref="EcrRepository"/> terms: a value the template does not fix (an intrinsic function) is unknown, and the
    /// rules stay silent on it. Also where the <c>LifecyclePolicyText</c> is, and the node each repository finding's
    /// CreateRepository pointer stands for.
    /// </summary>
    internal sealed class EcrRepositoryProperties
    {
        private EcrRepositoryProperties(TemplateResource resource, EcrRepository repository)
        {
            Resource = resource;
            Repository = repository;
        }

        public TemplateResource Resource { get; }

        public EcrRepository Repository { get; }

        /// <summary>The <c>LifecyclePolicyText</c> scalar, when the template writes the text itself.</summary>
        public SourceNode? PolicyText { get; private set; }

        /// <summary>A <c>LifecyclePolicyText</c> that is a mapping or a list: CloudFormation takes a string.</summary>
        public SourceNode? PolicyTextNotString { get; private set; }

        /// <summary>True when the template does not fix the repository's name (an intrinsic, or none: CloudFormation makes one up).</summary>
        public bool NameUnknown { get; private set; }

        public static EcrRepositoryProperties Read(TemplateResource resource)
        {
            SourceNode? properties = resource.Properties;
            if (properties != null && (properties.Kind != SourceNodeKind.Mapping || CloudFormationTranslator.IsIntrinsic(properties)))
            {
                // Properties: !If [...] — nothing about the repository is known.
                return new EcrRepositoryProperties(resource, new EcrRepository { SettingsUnknown = true }) { NameUnknown = true };
            }

            var repository = new EcrRepository { HasLifecyclePolicy = false };
            var read = new EcrRepositoryProperties(resource, repository);
            if (properties is null)
            {
                read.NameUnknown = true; // CloudFormation makes up the name
                return read;
            }

            SourceNode? name = properties.Get("RepositoryName");
            if (name?.Kind == SourceNodeKind.Scalar && !CloudFormationTranslator.IsIntrinsic(name) && name.Text != null)
            {
                repository.RepositoryName = name.Text;
            }
            else
            {
                read.NameUnknown = true;
            }

            if (properties.Get("ImageScanningConfiguration") is SourceNode scanning)
            {
                SourceNode? scan = scanning.Kind == SourceNodeKind.Mapping && !CloudFormationTranslator.IsIntrinsic(scanning) ? scanning.Get("ScanOnPush") : null;
                if (scan is null)
                {
                    repository.SettingsUnknown |= CloudFormationTranslator.IsIntrinsic(scanning);
                }
                else
                {
                    // CloudFormation takes true, "true" and "True" alike.
                    bool value = false;
                    bool known = scan.Kind == SourceNodeKind.Scalar && !CloudFormationTranslator.IsIntrinsic(scan) && bool.TryParse(scan.Text, out value);
                    repository.ScanOnPush = known ? value : null;
                    repository.SettingsUnknown |= !known;
                }
            }

            if (properties.Get("ImageTagMutability") is SourceNode mutability)
            {
                bool known = mutability.Kind == SourceNodeKind.Scalar && !CloudFormationTranslator.IsIntrinsic(mutability) && mutability.Text != null;
                repository.ImageTagMutability = known ? mutability.Text : null;
                repository.SettingsUnknown |= !known;
            }

            if (properties.Get("LifecyclePolicy") is SourceNode lifecycle)
            {
                if (lifecycle.Kind != SourceNodeKind.Mapping || CloudFormationTranslator.IsIntrinsic(lifecycle))
                {
                    repository.HasLifecyclePolicy = null; // an intrinsic: unknown
                }
                else if (lifecycle.Get("LifecyclePolicyText") is SourceNode text)
                {
                    repository.HasLifecyclePolicy = !(text.Kind == SourceNodeKind.Scalar && text.Text is null); // null text: none
                    if (text.Kind == SourceNodeKind.Scalar && !CloudFormationTranslator.IsIntrinsic(text) && text.Text != null)
                    {
                        read.PolicyText = text;
                    }
                    else if (!CloudFormationTranslator.IsIntrinsic(text) && text.Kind != SourceNodeKind.Scalar)
                    {
                        read.PolicyTextNotString = text;
                    }
                }
            }

            return read;
        }

        /// <summary>
        /// The node a repository finding's CreateRepository pointer (<c>/imageScanningConfiguration/scanOnPush</c>)
        /// names in the template (<c>ImageScanningConfiguration/ScanOnPush</c>), or its nearest written ancestor; and
        /// the template pointer of the member it names.
        /// </summary>
        public (SourceNode Node, string Pointer) Locate(string pointer)
        {
            string templatePointer = JsonPointer.Member("/Resources", Resource.LogicalId) + "/Properties";
            SourceNode node = Resource.Properties ?? Resource.Node;
            bool found = Resource.Properties != null;
            foreach (string segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                string name = EcrDocumentPart.Pascal(segment);
                templatePointer += "/" + name;
                if (found && node.Kind == SourceNodeKind.Mapping && node.Get(name) is SourceNode child)
                {
                    node = child;
                }
                else
                {
                    found = false;
                }
            }

            return (node, templatePointer);
        }
    }
}
