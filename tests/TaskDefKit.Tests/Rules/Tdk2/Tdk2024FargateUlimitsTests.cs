using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2024FargateUlimitsTests
    {
        private static string Ulimit(int soft, int hard) =>
            "\"ulimits\": [{ \"name\": \"nofile\", \"softLimit\": " + soft + ", \"hardLimit\": " + hard + " }]";

        [Fact]
        public void Fires_above_1048576_on_fargate() =>
            RuleAssert.Fires(RuleIds.FargateUlimits, Tdk2Json.Fargate(Tdk2Json.Container("web", Ulimit(65535, 2000000))), "/containerDefinitions/0/ulimits/0/hardLimit", RuleSeverity.Error);

        [Fact]
        public void Fires_on_the_soft_limit_too() =>
            RuleAssert.Fires(RuleIds.FargateUlimits, Tdk2Json.Fargate(Tdk2Json.Container("web", Ulimit(1048577, 1048577))), "/containerDefinitions/0/ulimits/0/softLimit");

        [Fact]
        public void Silent_at_the_limit_and_on_ec2()
        {
            RuleAssert.Silent(RuleIds.FargateUlimits, Tdk2Json.Fargate(Tdk2Json.Container("web", Ulimit(1048576, 1048576))));
            RuleAssert.Silent(RuleIds.FargateUlimits, Tdk2Json.Ec2(Tdk2Json.Container("web", Ulimit(2000000, 2000000))));
        }
    }
}
