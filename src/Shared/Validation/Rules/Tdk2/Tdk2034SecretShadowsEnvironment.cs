using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2034: a <c>secrets[].name</c> must not equal an <c>environment[].name</c> of the same container, nor another
    /// secret's name.
    /// </summary>
    /// <remarks>
    /// AWS: "The secret name must be unique and not shared with any new or existing environment variables set on the
    /// container, such as '&lt;NAME&gt;'." (dagster-io/dagster#11622). Duplicates inside secrets: error (unconfirmed).
    /// </remarks>
    [Rule("TDK2034", "SecretShadowsEnvironment", RuleSeverity.Error, "Secret name also used as an environment variable")]
    internal sealed class Tdk2034SecretShadowsEnvironment : TaskDefinitionRule
    {
        public override string Id => RuleIds.SecretShadowsEnvironment;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<Secret>? secrets = container.Secrets;
                if (secrets is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                for (int k = 0; k < secrets.Count; k++)
                {
                    string? name = secrets[k].Name;
                    if (string.IsNullOrEmpty(name))
                    {
                        continue;
                    }

                    string Pointer() => JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "secrets"), k), "name");
                    if (InEnvironment(container.Environment, name!))
                    {
                        context.Report(Id, Pointer(), Who() + " sets '" + name + "' both as a secret and as an environment variable: AWS requires secret names to be unique, so remove one of them.");
                    }

                    for (int earlier = 0; earlier < k; earlier++)
                    {
                        if (string.Equals(secrets[earlier].Name, name, StringComparison.Ordinal))
                        {
                            context.Report(Id, Pointer(), Who() + " lists the secret '" + name + "' twice: keep one entry.");
                            break;
                        }
                    }
                }
            }
        }

        private static bool InEnvironment(List<NameValuePair>? environment, string name)
        {
            if (environment is null)
            {
                return false;
            }

            foreach (NameValuePair pair in environment)
            {
                if (string.Equals(pair.Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
