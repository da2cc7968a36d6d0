using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6013: <c>secrets</c> or <c>logConfiguration.secretOptions</c> need an <c>executionRoleArn</c>: the agent fetches the values with the execution role.</summary>
    /// <remarks>Source: [SEC-SM] and [SEC-SSM] (Required IAM permissions); [EXECROLE].</remarks>
    [Rule("TDK6013", "SecretsRequireExecutionRole", RuleSeverity.Error, "Secrets require an execution role")]
    [BuilderInputs("/executionRoleArn", "/requiresCompatibilities", "/containerDefinitions/*/secrets", "/containerDefinitions/*/logConfiguration", WholeDefinition = true)]
    internal sealed class Tdk6013SecretsRequireExecutionRole : TaskDefinitionRule
    {
        public override string Id => RuleIds.SecretsRequireExecutionRole;

        public override void Check(ValidationContext context)
        {
            if (SecurityReferences.HasExecutionRole(context))
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                string? pointer = null;
                if (container.Secrets != null && container.Secrets.Count > 0)
                {
                    pointer = JsonPointer.Container(i, "secrets");
                }
                else if (container.LogConfiguration?.SecretOptions != null && container.LogConfiguration.SecretOptions.Count > 0)
                {
                    pointer = JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "secretOptions");
                }

                if (pointer != null)
                {
                    context.Report(Id, pointer,
                        SecurityReferences.ContainerLabel(container, i) + " references secrets, but the task has no " + MemberName.Mark("executionRoleArn") + ": set " + MemberName.Mark("executionRoleArn") + " to a role allowed secretsmanager:GetSecretValue and/or ssm:GetParameters on them (and kms:Decrypt for a customer-managed key).");
                }
            }
        }
    }
}
