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
    internal sealed class Tdk2027DockerSecurityOptions : TaskDefinitionRule
    {
        public override string Id => RuleIds.DockerSecurityOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                string who = "Container " + Tdk2Helpers.Describe(container, i);
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
                                who + " has the security option '" + option + "': ECS accepts no-new-privileges, apparmor:PROFILE, label:value and credentialspec:PATH.");
                        }
                    }
                }

                List<string>? specs = container.CredentialSpecs;
                if (specs is null)
                {
                    continue;
                }

                string specsPointer = JsonPointer.Container(i, "credentialSpecs");
                if (specs.Count > 1)
                {
                    context.Report(Id, JsonPointer.Index(specsPointer, 1), who + " lists " + Tdk2Helpers.Text(specs.Count) + " credential specs: ECS allows one per container.");
                }

                for (int k = 0; k < specs.Count; k++)
                {
                    string spec = specs[k] ?? string.Empty;
                    if (!IsValidCredentialSpec(spec))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(specsPointer, k),
                            who + " has the credential spec '" + spec + "': write credentialspec:ARN or credentialspecdomainless:ARN with the ARN of an SSM parameter or S3 object.");
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
            string arn;
            if (HasValueAfter(spec, "credentialspec:"))
            {
                arn = spec.Substring("credentialspec:".Length);
            }
            else if (HasValueAfter(spec, "credentialspecdomainless:"))
            {
                arn = spec.Substring("credentialspecdomainless:".Length);
            }
            else
            {
                return false;
            }

            // arn:partition:service:region:account:resource
            string[] parts = arn.Split(new[] { ':' }, 6);
            if (parts.Length != 6 || parts[0] != "arn" || !parts[1].StartsWith("aws", StringComparison.Ordinal))
            {
                return false;
            }

            if (parts[2] == "ssm")
            {
                return parts[5].StartsWith("parameter/", StringComparison.Ordinal) && parts[5].Length > "parameter/".Length;
            }

            return parts[2] == "s3" && parts[3].Length == 0 && parts[4].Length == 0 && parts[5].IndexOf('/') > 0 && !parts[5].EndsWith("/", StringComparison.Ordinal);
        }
    }
}
