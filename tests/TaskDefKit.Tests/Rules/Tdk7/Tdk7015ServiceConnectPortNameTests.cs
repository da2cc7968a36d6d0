using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7015ServiceConnectPortNameTests
    {
        private static string Connect(string portName) =>
            With(FargateService, "\"serviceConnectConfiguration\": { \"enabled\": true, \"namespace\": \"shop\", \"services\": [{ \"portName\": \"" + portName + "\", \"discoveryName\": \"web\" }] }");

        [Fact]
        public void Port_name_missing_from_the_task_definition_fires() =>
            Assert.Contains("web-http", Fires(RuleIds.ServiceConnectPortName, Connect("http"), FargateTask, "/serviceConnectConfiguration/services/0/portName").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Port_name_of_a_mapping_or_an_unknown_task_definition_is_silent()
        {
            Silent(RuleIds.ServiceConnectPortName, Connect("web-http"), FargateTask);
            Silent(RuleIds.ServiceConnectPortName, Connect("http"), null);
        }
    }
}
