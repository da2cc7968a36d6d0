using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4013FargateWindowsReservedPortTests
    {
        private const string WindowsFargate = Tdk4Json.Fargate + " \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_CORE\", \"cpuArchitecture\": \"X86_64\" },";

        [Fact]
        public void Fires_on_container_port_3150()
        {
            RuleAssert.Fires(RuleIds.FargateWindowsReservedPort, Tdk4Json.Task(WindowsFargate, """[{ "containerPort": 3150 }]"""), "/containerDefinitions/0/portMappings/0/containerPort", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_a_range_that_includes_3150()
        {
            RuleAssert.Fires(RuleIds.FargateWindowsReservedPort, Tdk4Json.Task(WindowsFargate, """[{ "containerPortRange": "3000-3200" }]"""), "/containerDefinitions/0/portMappings/0/containerPortRange");
        }

        [Fact]
        public void Fires_for_windows_when_the_target_launch_type_is_fargate()
        {
            RuleAssert.Fires(
                RuleIds.FargateWindowsReservedPort,
                Tdk4Json.Task(Tdk4Json.AwsVpc + " \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },", """[{ "containerPort": 3150 }]"""),
                "/containerDefinitions/0/portMappings/0/containerPort",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Silent_on_linux_fargate_and_windows_ec2()
        {
            RuleAssert.Silent(RuleIds.FargateWindowsReservedPort, Tdk4Json.Task(Tdk4Json.Fargate, """[{ "containerPort": 3150 }]"""));
            RuleAssert.Silent(RuleIds.FargateWindowsReservedPort, Tdk4Json.Task(Tdk4Json.AwsVpc + " \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },", """[{ "containerPort": 3150 }]"""));
            RuleAssert.Silent(RuleIds.FargateWindowsReservedPort, Tdk4Json.Task(WindowsFargate, """[{ "containerPort": 3151 }, { "containerPortRange": "3151-3200" }]"""));
        }
    }
}
