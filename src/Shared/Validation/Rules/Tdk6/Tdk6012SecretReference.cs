using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6012: <c>secrets[]</c> and <c>logConfiguration.secretOptions[]</c> entries need <c>name</c> and a
    /// <c>valueFrom</c> that is a Secrets Manager secret ARN, an SSM parameter ARN or an SSM parameter name; a Secrets
    /// Manager reference may give a version stage or a version ID, not both.
    /// </summary>
    /// <remarks>Source: [BOTO:Secret]; [SEC-SM]; [SEC-SSM]; SSM PutParameter naming rules.</remarks>
    [Rule("TDK6012", "SecretReference", RuleSeverity.Error, "Invalid secret reference")]
    internal sealed class Tdk6012SecretReference : TaskDefinitionRule
    {
        public override string Id => RuleIds.SecretReference;

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
                Secret secret = secrets[s];
                if (secret is null)
                {
                    continue;
                }

                if (string.IsNullOrEmpty(secret.Name))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "name"),
                        SecurityReferences.ContainerLabel(container, index) + " has a " + (logOptions ? "secret option" : "secret") + " without a name: set \"" + MemberName.Mark("name") + "\" to the environment variable (or log option) that receives the value.");
                }

                string? valueFrom = secret.ValueFrom;
                if (string.IsNullOrEmpty(valueFrom))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        SecurityReferences.ContainerLabel(container, index) + " has a " + (logOptions ? "secret option" : "secret") + Named(secret) + " without " + MemberName.Mark("valueFrom") + ": set it to the ARN of a Secrets Manager secret or of an SSM parameter (or the parameter name).");
                    continue;
                }

                SecretReferenceKind kind = SecurityReferences.ClassifySecret(valueFrom!, out _, out bool stageAndId);
                if (kind == SecretReferenceKind.Invalid)
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        SecurityReferences.ContainerLabel(container, index) + " has a " + (logOptions ? "secret option" : "secret") + Named(secret) + " whose " + MemberName.Mark("valueFrom") + " '" + valueFrom + "' is neither a Secrets Manager secret ARN (arn:aws:secretsmanager:region:account:secret:name), an SSM parameter ARN (arn:aws:ssm:region:account:parameter/name) nor an SSM parameter name: use one of these forms.");
                }
                else if (stageAndId)
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(ListPointer(index, logOptions), s), "valueFrom"),
                        SecurityReferences.ContainerLabel(container, index) + " has a " + (logOptions ? "secret option" : "secret") + Named(secret) + " whose " + MemberName.Mark("valueFrom") + " gives both a version stage and a version ID: keep only one (secret-arn:json-key:version-stage: or secret-arn:json-key::version-id).");
                }
            }
        }

        private static string Named(Secret secret) => string.IsNullOrEmpty(secret.Name) ? string.Empty : " '" + secret.Name + "'";

        private static string ListPointer(int index, bool logOptions) =>
            logOptions ? JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "secretOptions") : JsonPointer.Container(index, "secrets");
    }
}
