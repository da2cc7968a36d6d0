using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6014 (info): an SSM parameter referenced by name works only in the task's Region and account; a Secrets
    /// Manager JSON-key / version selector needs Fargate platform 1.4.0+ (Linux) or container agent 1.37.0+ (EC2).
    /// </summary>
    /// <remarks>Reported once per container and condition, at the first entry concerned, naming all of them. Source: [BOTO:Secret] valueFrom ("If the parameter exists in a different Region, then the full ARN must be specified"); [SEC-SSM]; [SEC-SM].</remarks>
    [Rule("TDK6014", "SsmParameterByName", RuleSeverity.Info, "SSM parameter referenced by name")]
    internal sealed class Tdk6014SsmParameterByName : TaskDefinitionRule
    {
        public override string Id => RuleIds.SsmParameterByName;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || (container.Secrets is null && container.LogConfiguration?.SecretOptions is null))
                {
                    continue;
                }

                // One finding per container and condition, at the first entry, naming every secret it concerns.
                var byName = new Findings();
                var withSelector = new Findings();
                Collect(container.Secrets, i, false, byName, withSelector);
                Collect(container.LogConfiguration?.SecretOptions, i, true, byName, withSelector);

                string label = SecurityReferences.ContainerLabel(container, i);
                if (byName.Count > 0)
                {
                    context.Report(Id, byName.Pointer!,
                        label + (byName.Count == 1
                            ? " references SSM parameter " + byName.Text + " by name, which only resolves in the task's own Region and account: use the full parameter ARN if it lives elsewhere."
                            : " references SSM parameters " + byName.Text + " by name, which only resolve in the task's own Region and account: use the full parameter ARN for any that live elsewhere."));
                }

                if (withSelector.Count > 0)
                {
                    context.Report(Id, withSelector.Pointer!,
                        label + " selects a JSON key or version of a Secrets Manager secret for " + (withSelector.Count == 1 ? "secret " : "secrets ") + withSelector.Text
                        + ", which needs Fargate platform version 1.4.0 or later (Linux) or container agent 1.37.0 or later (EC2).");
                }
            }
        }

        private static void Collect(List<Secret>? secrets, int index, bool logOptions, Findings byName, Findings withSelector)
        {
            if (secrets is null)
            {
                return;
            }

            for (int s = 0; s < secrets.Count; s++)
            {
                string? valueFrom = secrets[s]?.ValueFrom;
                if (string.IsNullOrEmpty(valueFrom))
                {
                    continue;
                }

                SecretReferenceKind kind = SecurityReferences.ClassifySecret(valueFrom!, out bool hasSelector, out _);
                if (kind == SecretReferenceKind.SsmParameterName)
                {
                    byName.Add(JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        "'" + valueFrom + "'" + (string.IsNullOrEmpty(secrets[s]!.Name) ? string.Empty : " (" + secrets[s]!.Name + ")"));
                }
                else if (kind == SecretReferenceKind.SecretsManagerArn && hasSelector)
                {
                    withSelector.Add(JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        string.IsNullOrEmpty(secrets[s]!.Name) ? "'" + valueFrom + "'" : secrets[s]!.Name!);
                }
            }
        }

        /// <summary>The entries of one condition in one container: where the first is, and the names of all.</summary>
        private sealed class Findings
        {
            public int Count { get; private set; }

            public string? Pointer { get; private set; }

            public string Text { get; private set; } = string.Empty;

            public void Add(string pointer, string name)
            {
                Pointer ??= pointer;
                Text += (Count == 0 ? string.Empty : ", ") + name;
                Count++;
            }
        }

        private static string ListPointer(int index, bool logOptions) =>
            logOptions ? JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "secretOptions") : JsonPointer.Container(index, "secrets");
    }
}
