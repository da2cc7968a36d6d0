using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6018EnvironmentFilesRequireExecutionRoleTests
    {
        private const string WithFiles = """{ "name": "app", "image": "nginx", "memory": 256, "environmentFiles": [{ "value": "arn:aws:s3:::bucket/app.env", "type": "s3" }] }""";

        [Fact]
        public void Environment_files_without_role_fire()
        {
            RuleAssert.Fires(RuleIds.EnvironmentFilesRequireExecutionRole, Tdk6Samples.Ec2(WithFiles), "/containerDefinitions/0/environmentFiles", RuleSeverity.Error);
        }

        [Fact]
        public void Environment_files_with_role_are_silent()
        {
            RuleAssert.Silent(RuleIds.EnvironmentFilesRequireExecutionRole, Tdk6Samples.Ec2(WithFiles, Tdk6Samples.ExecutionRole));
        }
    }
}
