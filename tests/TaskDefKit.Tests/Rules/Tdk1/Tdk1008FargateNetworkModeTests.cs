using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1008FargateNetworkModeTests
    {
        [Fact]
        public void Fires_when_fargate_omits_network_mode() =>
            RuleAssert.Fires(
                RuleIds.FargateNetworkMode,
                Definitions.FargateWeb.Replace("\"networkMode\": \"awsvpc\",", string.Empty),
                "/networkMode",
                RuleSeverity.Error);

        [Fact]
        public void Fires_when_fargate_uses_bridge() =>
            RuleAssert.Fires(
                RuleIds.FargateNetworkMode,
                Definitions.FargateWeb.Replace("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"bridge\""),
                "/networkMode",
                RuleSeverity.Error);

        [Fact]
        public void Fires_when_fargate_is_listed_with_ec2() =>
            RuleAssert.Fires(
                RuleIds.FargateNetworkMode,
                Definitions.FargateWeb.Replace("\"networkMode\": \"awsvpc\",", string.Empty).Replace("[\"FARGATE\"]", "[\"EC2\", \"FARGATE\"]"),
                "/networkMode");

        [Fact]
        public void Fires_for_a_fargate_target_launch_type() =>
            RuleAssert.Fires(
                RuleIds.FargateNetworkMode,
                Definitions.Ec2Bridge,
                "/networkMode",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });

        [Fact]
        public void Silent_for_awsvpc_on_fargate() =>
            RuleAssert.Silent(RuleIds.FargateNetworkMode, Definitions.FargateWeb);

        [Fact]
        public void Silent_for_bridge_on_ec2() =>
            RuleAssert.Silent(RuleIds.FargateNetworkMode, Definitions.Ec2Bridge);

        [Fact]
        public void Leaves_unknown_values_to_TDK1007() =>
            RuleAssert.Silent(
                RuleIds.FargateNetworkMode,
                Definitions.FargateWeb.Replace("\"networkMode\": \"awsvpc\"", "\"networkMode\": \"{{networkmode}}\""));
    }
}
