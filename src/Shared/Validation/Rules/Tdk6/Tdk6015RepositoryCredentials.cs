using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6015: <c>repositoryCredentials.credentialsParameter</c> is required and is a Secrets Manager secret ARN (or,
    /// through the API/CLI in the same Region, the secret name); private-registry authentication needs an
    /// <c>executionRoleArn</c>.
    /// </summary>
    /// <remarks>Source: [BOTO:RepositoryCredentials]; [EXECROLE].</remarks>
    [Rule("TDK6015", "RepositoryCredentials", RuleSeverity.Error, "Invalid private registry credentials")]
    internal sealed class Tdk6015RepositoryCredentials : TaskDefinitionRule
    {
        public override string Id => RuleIds.RepositoryCredentials;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                RepositoryCredentials? credentials = container?.RepositoryCredentials;
                if (credentials is null)
                {
                    continue;
                }

                string? parameter = credentials.CredentialsParameter;
                if (string.IsNullOrEmpty(parameter))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "repositoryCredentials"), "credentialsParameter"),
                        SecurityReferences.ContainerLabel(container!, i) + " has " + MemberName.Mark("repositoryCredentials") + " without " + MemberName.Mark("credentialsParameter") + ": set it to the ARN of the Secrets Manager secret that holds the registry username and password.");
                }
                else if (parameter!.StartsWith("arn:", System.StringComparison.Ordinal)
                    ? !SecurityReferences.IsSecretsManagerSecretArn(parameter)
                    : !SecurityReferences.IsSecretsManagerSecretName(parameter))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "repositoryCredentials"), "credentialsParameter"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets " + MemberName.Mark("credentialsParameter") + " to '" + parameter + "', which is not a Secrets Manager secret ARN (arn:aws:secretsmanager:region:account:secret:name) or secret name: use the secret's ARN.");
                }

                if (!SecurityReferences.HasExecutionRole(context))
                {
                    context.Report(Id, JsonPointer.Container(i, "repositoryCredentials"),
                        SecurityReferences.ContainerLabel(container!, i) + " pulls from a private registry with " + MemberName.Mark("repositoryCredentials") + ", but the task has no " + MemberName.Mark("executionRoleArn") + ": set " + MemberName.Mark("executionRoleArn") + " to a role allowed secretsmanager:GetSecretValue on the credentials secret (and kms:Decrypt for a customer-managed key).");
                }
            }
        }
    }
}
