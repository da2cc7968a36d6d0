using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6027: a plaintext secret in <c>environment</c>: the names AWS Config checks by default
    /// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>ECS_ENGINE_AUTH_DATA</c>), names containing
    /// PASSWORD, SECRET, TOKEN, PRIVATE_KEY or API_KEY, or a value that looks like a secret whatever its name
    /// (<see cref="SecretValueScanner"/>: known credential formats and high-entropy tokens).
    /// </summary>
    /// <remarks>
    /// Source: [CONFIG ecs-no-environment-secrets]; [KICS ecs_task_definition_with_plaintext_password]; AVD-AWS-0036.
    /// Entries with an empty value, or whose value is an ARN (a reference, not the secret), are not reported.
    /// The name heuristic (not the AWS Config names) skips a name whose last part, after <c>_</c>, <c>-</c> or <c>.</c>,
    /// denotes metadata about a secret rather than its value: NAME, ARN, ID, PATH, FILE, DIR, URL, URI, ENDPOINT, HOST,
    /// PORT, REGION, POLICY, LENGTH, TTL, EXPIRY, EXPIRATION, TIMEOUT, TYPE, VERSION, ENABLED, HEADER
    /// (<c>SECRET_NAME</c>, <c>PASSWORD_MIN_LENGTH</c>, <c>DB_PASSWORD_FILE</c>); a value that looks like an access key
    /// ID is still reported under any name. One finding per entry: on the name when the name gives it away, else on the value.
    /// </remarks>
    [Rule("TDK6027", "PlaintextSecretInEnvironment", RuleSeverity.Warning, "Plaintext secret in environment", Controls = new[] { "ECS.8", "AVD-AWS-0036" })]
    internal sealed class Tdk6027PlaintextSecretInEnvironment : TaskDefinitionRule
    {
        private static readonly string[] s_nameParts = { "PASSWORD", "SECRET", "TOKEN", "PRIVATE_KEY", "API_KEY" };

        private static readonly char[] s_separators = { '_', '-', '.' };

        // Last name parts that describe a secret (where it is, how it is shaped or used) rather than hold it.
        private static readonly string[] s_metadataSuffixes =
        {
            "NAME", "ARN", "ID", "PATH", "FILE", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "REGION", "POLICY",
            "LENGTH", "TTL", "EXPIRY", "EXPIRATION", "TIMEOUT", "TYPE", "VERSION", "ENABLED", "HEADER",
        };

        public override string Id => RuleIds.PlaintextSecretInEnvironment;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<NameValuePair>? environment = container?.Environment;
                if (environment is null)
                {
                    continue;
                }

                for (int e = 0; e < environment.Count; e++)
                {
                    NameValuePair pair = environment[e];
                    string? value = pair?.Value;
                    if (value is null || value.Length == 0 || value.StartsWith("arn:", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    string name = pair!.Name ?? string.Empty;
                    if (IsSecretName(name))
                    {
                        context.Report(Id, JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "environment"), e), "name"),
                            SecurityReferences.ContainerLabel(container!, i) + " passes '" + name + "' as a plaintext environment variable, readable by anyone allowed ecs:DescribeTaskDefinition: move it to \"" + MemberName.Mark("secrets") + "\" with " + MemberName.Mark("valueFrom") + " pointing to Secrets Manager or SSM Parameter Store.");
                    }
                    else if (SecretValueScanner.Classify(value) is string kind)
                    {
                        context.Report(Id, JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "environment"), e), "value"),
                            SecurityReferences.ContainerLabel(container!, i) + " sets environment variable '" + name + "' to what looks like " + kind + ": move the value to \"" + MemberName.Mark("secrets") + "\" (Secrets Manager or SSM Parameter Store)"
                            + (kind.StartsWith("an AWS access key", StringComparison.Ordinal) ? ", and use the task role (" + MemberName.Mark("taskRoleArn") + ") instead of static keys." : "."));
                    }
                }
            }
        }

        private static bool IsSecretName(string name)
        {
            if (string.Equals(name, "AWS_ACCESS_KEY_ID", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "AWS_SECRET_ACCESS_KEY", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "ECS_ENGINE_AUTH_DATA", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (EndsWithMetadataPart(name))
            {
                return false;
            }

            foreach (string part in s_nameParts)
            {
                if (name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The part after the last <c>_</c>, <c>-</c> or <c>.</c> is one of <see cref="s_metadataSuffixes"/>; allocation-free.</summary>
        private static bool EndsWithMetadataPart(string name)
        {
            int separator = name.LastIndexOfAny(s_separators);
            if (separator <= 0)
            {
                return false;
            }

            int length = name.Length - separator - 1;
            foreach (string suffix in s_metadataSuffixes)
            {
                if (suffix.Length == length && string.Compare(name, separator + 1, suffix, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
