using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6029: a credential in <c>logConfiguration.options</c> (for example <c>splunk-token</c>, or a key naming a
    /// token, password, secret or API/licence key) instead of <c>secretOptions</c>.
    /// </summary>
    /// <remarks>Source: [TDP-2023] (secretOptions); [BOTO:LogConfiguration] secretOptions.</remarks>
    [Rule("TDK6029", "CredentialsInLogOptions", RuleSeverity.Warning, "Credentials in log options")]
    internal sealed class Tdk6029CredentialsInLogOptions : TaskDefinitionRule
    {
        private static readonly string[] s_keyParts = { "token", "password", "passwd", "secret", "apikey", "api_key", "api-key", "license_key", "licensekey" };

        public override string Id => RuleIds.CredentialsInLogOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                Dictionary<string, string>? options = container?.LogConfiguration?.Options;
                if (options is null || options.Count == 0)
                {
                    continue;
                }

                foreach (KeyValuePair<string, string> option in options)
                {
                    if (string.IsNullOrEmpty(option.Value) || !IsCredentialKey(option.Key))
                    {
                        continue;
                    }

                    context.Report(Id, JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "options"), option.Key),
                        SecurityReferences.ContainerLabel(container!, i) + " puts log option '" + option.Key + "' in plaintext options, readable by anyone allowed ecs:DescribeTaskDefinition: move it to \"" + MemberName.Mark("secretOptions") + "\" as { \"" + MemberName.Mark("name") + "\": \"" + option.Key + "\", \"" + MemberName.Mark("valueFrom") + "\": \"<secret or parameter ARN>\" }.");
                }
            }
        }

        private static bool IsCredentialKey(string key)
        {
            foreach (string part in s_keyParts)
            {
                if (key.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
