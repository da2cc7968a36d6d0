using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7020ServiceRegistriesTests
    {
        private const string Registry = "{ \"registryArn\": \"arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-a\" }";

        [Fact]
        public void Two_registries_fire() =>
            Fires(RuleIds.ServiceRegistries, With(FargateService, "\"serviceRegistries\": [" + Registry + ", " + Registry.Replace("srv-a", "srv-b", System.StringComparison.Ordinal) + "]"), FargateTask, "/serviceRegistries/1");

        [Fact]
        public void One_registry_is_silent() =>
            Silent(RuleIds.ServiceRegistries, With(FargateService, "\"serviceRegistries\": [" + Registry + "]"), FargateTask);
    }
}
