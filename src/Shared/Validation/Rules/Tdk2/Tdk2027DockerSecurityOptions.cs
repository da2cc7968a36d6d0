using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2027: <c>dockerSecurityOptions[]</c> values are <c>no-new-privileges</c>, <c>apparmor:PROFILE</c>,
    /// <c>label:value</c> or <c>credentialspec:PATH</c>; <c>credentialSpecs</c> has at most one entry,
    /// <c>credentialspec:ARN</c> or <c>credentialspecdomainless:ARN</c> with the ARN of an SSM parameter or S3 object.
    /// </summary>
    /// <remarks>
    /// ECS API ContainerDefinition.dockerSecurityOptions ("Valid values") and credentialSpecs ("The maximum number of ARNs
    /// is 1"); CDK: "Only one credential spec is allowed per container definition." On Fargate dockerSecurityOptions is
    /// TDK2020's. Docker's <c>no-new-privileges:true</c> spelling is accepted.
    /// </remarks>
    [Rule("TDK2027", "DockerSecurityOptions", RuleSeverity.Error, "Invalid Docker security options or credential specs")]
    // Checked only off Fargate: a later Fargate() call could remove the finding.
    [BuilderInputs("/requiresCompatibilities", "/containerDefinitions/*/dockerSecurityOptions", "/containerDefinitions/*/credentialSpecs", WholeDefinition = true)]
    internal sealed class Tdk2027DockerSecurityOptions : TaskDefinitionRule
    {
        public override string Id => RuleIds.DockerSecurityOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                List<string>? options = container.DockerSecurityOptions;
                if (options != null && !context.IsFargate)
                {
                    for (int k = 0; k < options.Count; k++)
                    {
                        string option = options[k] ?? string.Empty;
                        if (!IsValidOption(option))
                        {
                            context.Report(
                                Id,
                                JsonPointer.Index(JsonPointer.Container(i, "dockerSecurityOptions"), k),
                                Who() + " has the security option '" + option + "': ECS accepts no-new-privileges, apparmor:PROFILE, label:value and credentialspec:PATH.");
                        }
                    }
                }

                List<string>? specs = container.CredentialSpecs;
                if (specs is null)
                {
                    continue;
                }

                string SpecsPointer() => JsonPointer.Container(i, "credentialSpecs");
                if (specs.Count > 1)
                {
                    context.Report(Id, JsonPointer.Index(SpecsPointer(), 1), Who() + " lists " + Tdk2Helpers.Text(specs.Count) + " credential specs: ECS allows one per container.");
                }

                for (int k = 0; k < specs.Count; k++)
                {
                    string spec = specs[k] ?? string.Empty;
                    if (!IsValidCredentialSpec(spec))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(SpecsPointer(), k),
                            Who() + " has the credential spec '" + spec + "': write credentialspec:ARN or credentialspecdomainless:ARN with the ARN of an SSM parameter or S3 object.");
                    }
                }
            }
        }

        private static bool IsValidOption(string option)
        {
            switch (option)
            {
                case "no-new-privileges":
                case "no-new-privileges:true":
                case "no-new-privileges:false":
                    return true;
            }

            return HasValueAfter(option, "apparmor:") || HasValueAfter(option, "label:") || HasValueAfter(option, "credentialspec:");
        }

        private static bool HasValueAfter(string text, string prefix) =>
            text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal);

        private static bool IsValidCredentialSpec(string spec)
        {
            int start;
            if (HasValueAfter(spec, "credentialspec:"))
            {
                start = "credentialspec:".Length;
            }
            else if (HasValueAfter(spec, "credentialspecdomainless:"))
            {
                start = "credentialspecdomainless:".Length;
            }
            else
            {
                return false;
            }

            // arn:partition:service:region:account:resource, read by offsets (no allocation).
            int c0 = spec.IndexOf(':', start);
            int c1 = c0 < 0 ? -1 : spec.IndexOf(':', c0 + 1);
            int c2 = c1 < 0 ? -1 : spec.IndexOf(':', c1 + 1);
            int c3 = c2 < 0 ? -1 : spec.IndexOf(':', c2 + 1);
            int c4 = c3 < 0 ? -1 : spec.IndexOf(':', c3 + 1);
            if (c4 < 0 || !Segment(spec, start, c0, "arn") || c1 - c0 < 4 ||
                string.CompareOrdinal(spec, c0 + 1, "aws", 0, 3) != 0)
            {
                return false;
            }

            int resource = c4 + 1;
            if (Segment(spec, c1 + 1, c2, "ssm"))
            {
                const string Parameter = "parameter/";
                return spec.Length > resource + Parameter.Length &&
                       string.CompareOrdinal(spec, resource, Parameter, 0, Parameter.Length) == 0;
            }

            int slash = spec.IndexOf('/', resource);
            return Segment(spec, c1 + 1, c2, "s3") && c3 == c2 + 1 && c4 == c3 + 1 &&
                   slash > resource && slash < spec.Length - 1;
        }

        private static bool Segment(string text, int start, int end, string value) =>
            end - start == value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;
    }
}
