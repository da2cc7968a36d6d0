using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7023VpcLatticePortNameTests
    {
        private static string Lattice(string portName) => With(FargateService,
            "\"vpcLatticeConfigurations\": [{ \"roleArn\": \"arn:aws:iam::123456789012:role/ecsInfrastructureRole\", \"targetGroupArn\": \"arn:aws:vpc-lattice:eu-west-1:123456789012:targetgroup/tg-0123456789abcdef0\", \"portName\": \"" + portName + "\" }]");

        [Fact]
        public void Port_name_missing_from_the_task_definition_fires() =>
            Assert.Contains("web-http", Fires(RuleIds.VpcLatticePortName, Lattice("http"), FargateTask, "/vpcLatticeConfigurations/0/portName").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Port_name_of_a_mapping_or_an_unknown_task_definition_is_silent()
        {
            Silent(RuleIds.VpcLatticePortName, Lattice("web-http"), FargateTask);
            Silent(RuleIds.VpcLatticePortName, Lattice("http"), null);
        }
    }
}
