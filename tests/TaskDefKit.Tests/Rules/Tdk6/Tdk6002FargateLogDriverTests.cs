using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6002FargateLogDriverTests
    {
        private const string JsonFile = """{ "name": "app", "image": "nginx", "logConfiguration": { "logDriver": "json-file" } }""";

        [Fact]
        public void Json_file_on_fargate_fires()
        {
            RuleAssert.Fires(RuleIds.FargateLogDriver, Tdk6Samples.Fargate(JsonFile, Tdk6Samples.ExecutionRole),
                "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error);
        }

        [Fact]
        public void Target_launch_type_fargate_fires()
        {
            RuleAssert.Fires(RuleIds.FargateLogDriver, Tdk6Samples.Ec2(JsonFile), "/containerDefinitions/0/logConfiguration/logDriver",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Json_file_on_ec2_and_awslogs_on_fargate_are_silent()
        {
            RuleAssert.Silent(RuleIds.FargateLogDriver, Tdk6Samples.Ec2(JsonFile));
            RuleAssert.Silent(RuleIds.FargateLogDriver, Definitions.FargateWeb);
        }

        [Fact]
        public void Unknown_driver_is_left_to_TDK6001()
        {
            RuleAssert.Silent(RuleIds.FargateLogDriver, Tdk6Samples.Fargate("""{ "name": "app", "image": "nginx", "logConfiguration": { "logDriver": "nope" } }"""));
        }
    }
}
