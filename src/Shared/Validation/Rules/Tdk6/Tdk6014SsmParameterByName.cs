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
    /// <remarks>Source: [BOTO:Secret] valueFrom ("If the parameter exists in a different Region, then the full ARN must be specified"); [SEC-SSM]; [SEC-SM].</remarks>
    internal sealed class Tdk6014SsmParameterByName : TaskDefinitionRule
    {
        public override string Id => RuleIds.SsmParameterByName;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                if (container.Secrets != null)
                {
                    CheckList(context, container, i, container.Secrets, false);
                }

                if (container.LogConfiguration?.SecretOptions != null)
                {
                    CheckList(context, container, i, container.LogConfiguration.SecretOptions, true);
                }
            }
        }

        private void CheckList(ValidationContext context, ContainerDefinition container, int index, List<Secret> secrets, bool logOptions)
        {
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
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        SecurityReferences.ContainerLabel(container, index) + " references SSM parameter '" + valueFrom + "' by name, which only resolves in the task's own Region and account: use the full parameter ARN if it lives elsewhere.");
                }
                else if (kind == SecretReferenceKind.SecretsManagerArn && hasSelector)
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        SecurityReferences.ContainerLabel(container, index) + " selects a JSON key or version of a Secrets Manager secret, which needs Fargate platform version 1.4.0 or later (Linux) or container agent 1.37.0 or later (EC2).");
                }
            }
        }

        private static string ListPointer(int index, bool logOptions) =>
            logOptions ? JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "secretOptions") : JsonPointer.Container(index, "secrets");
    }
}
