using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        static partial void AddGroup6(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk6.Tdk6001LogDriver());
            rules.Add(new Rules.Tdk6.Tdk6002FargateLogDriver());
            rules.Add(new Rules.Tdk6.Tdk6003AwslogsRequiredOptions());
            rules.Add(new Rules.Tdk6.Tdk6004AwslogsStreamPrefix());
            rules.Add(new Rules.Tdk6.Tdk6005AwslogsOptions());
            rules.Add(new Rules.Tdk6.Tdk6006AwslogsBlockingMode());
            rules.Add(new Rules.Tdk6.Tdk6007SplunkOptions());
            rules.Add(new Rules.Tdk6.Tdk6008AwsFirelensWithoutRouter());
            rules.Add(new Rules.Tdk6.Tdk6009FireLensRouterWithoutUser());
            rules.Add(new Rules.Tdk6.Tdk6010FireLensConfiguration());
            rules.Add(new Rules.Tdk6.Tdk6011FireLensHygiene());
            rules.Add(new Rules.Tdk6.Tdk6012SecretReference());
            rules.Add(new Rules.Tdk6.Tdk6013SecretsRequireExecutionRole());
            rules.Add(new Rules.Tdk6.Tdk6014SsmParameterByName());
            rules.Add(new Rules.Tdk6.Tdk6015RepositoryCredentials());
            rules.Add(new Rules.Tdk6.Tdk6016FargateEcrRequiresExecutionRole());
            rules.Add(new Rules.Tdk6.Tdk6017FargateAwslogsRequiresExecutionRole());
            rules.Add(new Rules.Tdk6.Tdk6018EnvironmentFilesRequireExecutionRole());
            rules.Add(new Rules.Tdk6.Tdk6019RoleArnFormat());
            rules.Add(new Rules.Tdk6.Tdk6020TaskRoleEqualsExecutionRole());
            rules.Add(new Rules.Tdk6.Tdk6021PrivilegedContainer());
            rules.Add(new Rules.Tdk6.Tdk6022WritableRootFilesystem());
            rules.Add(new Rules.Tdk6.Tdk6023ContainerRunsAsRoot());
            rules.Add(new Rules.Tdk6.Tdk6024HostNetworkRootUser());
            rules.Add(new Rules.Tdk6.Tdk6025HostNetworkMode());
            rules.Add(new Rules.Tdk6.Tdk6026HostNamespaceSharing());
            rules.Add(new Rules.Tdk6.Tdk6027PlaintextSecretInEnvironment());
            rules.Add(new Rules.Tdk6.Tdk6028NoLogConfiguration());
            rules.Add(new Rules.Tdk6.Tdk6029CredentialsInLogOptions());
            rules.Add(new Rules.Tdk6.Tdk6030EfsWithoutTransitEncryption());
            rules.Add(new Rules.Tdk6.Tdk6031NoHealthCheckOrMemoryLimit());
        }

        static partial void AddDeferred6(Dictionary<string, string> deferred)
        {
        }
    }
}
