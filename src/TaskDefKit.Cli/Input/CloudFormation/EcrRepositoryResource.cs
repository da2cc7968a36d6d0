using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Ecr;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::ECR::Repository</c>: its settings (TDK9210–TDK9212) and the lifecycle policy text inside
    /// <c>LifecyclePolicy.LifecyclePolicyText</c> (TDK9201–TDK9207, a JSON document inside a JSON string or a YAML
    /// scalar: findings at the file's own line and column inside it), and TDK9208 against the template's task
    /// definitions that use the repository by tag (<see cref="RepositoryImageUses"/>). Findings carry the template's
    /// pointer, its PascalCase names and the resource's label.
    /// </summary>
    internal sealed class EcrRepositoryResource : ResourceKind
    {
        public override string ResourceType => "AWS::ECR::Repository";

        public override RuleFamilies Judges => RuleFamilies.Ecr;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            EcrRepositoryProperties properties = EcrRepositoryProperties.Read(resource);
            var findings = new List<RuleDiagnostic>();
            string policyPointer = JsonPointer.Member("/Resources", resource.LogicalId) + "/Properties/LifecyclePolicy/LifecyclePolicyText";
            if (properties.PolicyTextNotString is SourceNode notString)
            {
                findings.Add(new RuleDiagnostic(RuleIds.LifecyclePolicyText, RuleCatalog.Get(RuleIds.LifecyclePolicyText).DefaultSeverity,
                    Labelled(EcrDocument.PolicyTextNotAString(notString.Kind == SourceNodeKind.Mapping ? "a mapping" : "a list"), resource),
                    policyPointer, new SourceLocation(template.Display, notString.Line, notString.Column)));
            }

            EmbeddedScalarText? text = properties.PolicyText is SourceNode scalar ? EmbeddedScalarText.Map(scalar, template.Source) : null;
            byte[]? policyUtf8 = text?.Utf8 ?? (properties.PolicyText?.Text is string value ? System.Text.Encoding.UTF8.GetBytes(value) : null);
            LifecyclePolicy? policy = policyUtf8 is null ? null : LifecyclePolicyReader.Read(policyUtf8, properties.PolicyText!.Text!.Length);

            var definitions = new List<TaskDefinition>();
            var written = new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (policy != null)
            {
                foreach ((TaskDefinition definition, List<RepositoryImageUses.Use> uses) in RepositoryImageUses.Find(template, properties))
                {
                    definitions.Add(definition);
                    foreach (RepositoryImageUses.Use use in uses)
                    {
                        written[use.Image] = use.Written;
                    }
                }
            }

            EcrRepository repository = properties.Repository;
            if (repository.RepositoryName is null)
            {
                // Known to the cross-check by the key its uses were read with (RepositoryImageUses.RepositoryKey).
                repository = Copy(repository, RepositoryImageUses.RepositoryKey(properties));
            }

            JsonLocator? inner = policyUtf8 is null ? null : new JsonLocator(policyUtf8, new LineIndex(policyUtf8, null));
            foreach (RuleDiagnostic finding in EcrValidator.Validate(policy, repository, definitions, options))
            {
                if (EcrValidator.IsRepositoryRule(finding.RuleId))
                {
                    (SourceNode node, string pointer) = properties.Locate(finding.Pointer);
                    string message = finding.MessageNaming(EcrDocumentPart.Pascal).Replace("'" + repository.RepositoryName + "'", Name(properties));
                    findings.Add(new RuleDiagnostic(finding.RuleId, finding.Severity, Labelled(message, resource), pointer, new SourceLocation(template.Display, node.Line, node.Column)));
                    continue;
                }

                (int line, int column) = Locate(finding, policy, inner, text, properties.PolicyText!);
                findings.Add(new RuleDiagnostic(finding.RuleId, finding.Severity, Labelled(Rewritten(finding.Message, written), resource),
                    policyPointer + finding.Pointer, new SourceLocation(template.Display, line, column)));
            }

            return findings;
        }

        private static (int Line, int Column) Locate(RuleDiagnostic finding, LifecyclePolicy? policy, JsonLocator? inner, EmbeddedScalarText? text, SourceNode scalar)
        {
            if (text != null && inner != null && LifecyclePolicyFindings.InnerOffset(policy, finding, inner) is long offset)
            {
                return text.Locate(offset);
            }

            return (scalar.Line, scalar.Column);
        }

        /// <summary>The TDK9208 message names the image as the template writes it (<c>${Repo.RepositoryUri}:1.4</c>).</summary>
        private static string Rewritten(string message, Dictionary<string, string> written)
        {
            foreach (KeyValuePair<string, string> image in written)
            {
                message = message.Replace("'" + image.Key + "'", "'" + image.Value + "'");
            }

            return message;
        }

        /// <summary>How messages name a repository whose name the template does not fix: by its logical ID.</summary>
        private static string Name(EcrRepositoryProperties properties) =>
            properties.Repository.RepositoryName is string name ? "'" + name + "'" : properties.Resource.LogicalId;

        private static EcrRepository Copy(EcrRepository repository, string name) => new EcrRepository
        {
            RepositoryName = name,
            ScanOnPush = repository.ScanOnPush,
            ImageTagMutability = repository.ImageTagMutability,
            HasLifecyclePolicy = repository.HasLifecyclePolicy,
            SettingsUnknown = repository.SettingsUnknown,
        };

        private static string Labelled(string message, TemplateResource resource) => message + " (" + resource.Label + ")";
    }
}
