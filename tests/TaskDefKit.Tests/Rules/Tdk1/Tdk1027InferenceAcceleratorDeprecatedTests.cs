using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1027InferenceAcceleratorDeprecatedTests
    {
        private const string Ec2 = """
            {
              "family": "infer",
              "inferenceAccelerators": [{ "deviceName": "device_1", "deviceType": "eia2.medium" }],
              "containerDefinitions": [
                {
                  "name": "model",
                  "image": "busybox",
                  "memory": 512,
                  "resourceRequirements": [{ "type": "InferenceAccelerator", "value": "device_1" }]
                }
              ]
            }
            """;

        [Fact]
        public void Warns_on_ec2_for_the_task_and_the_container()
        {
            var found = RuleAssert.Fires(RuleIds.InferenceAcceleratorDeprecated, Ec2, "/inferenceAccelerators", RuleSeverity.Warning);
            Assert.Equal(2, found.Count);
            Assert.Equal("/containerDefinitions/0/resourceRequirements/0", found[1].Pointer);
            Assert.All(found, d => Assert.Equal(RuleSeverity.Warning, d.Severity));
        }

        [Fact]
        public void Is_an_error_on_fargate()
        {
            string fargate = Ec2.Replace("\"family\": \"infer\",", "\"family\": \"infer\", \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"1024\", \"memory\": \"2048\",");
            var found = RuleAssert.Fires(RuleIds.InferenceAcceleratorDeprecated, fargate, "/inferenceAccelerators", RuleSeverity.Error);
            Assert.All(found, d => Assert.Equal(RuleSeverity.Error, d.Severity));
        }

        [Fact]
        public void Silent_for_gpu_requirements() =>
            RuleAssert.Silent(
                RuleIds.InferenceAcceleratorDeprecated,
                """{ "family": "gpu", "containerDefinitions": [{ "name": "a", "image": "b", "memory": 64, "resourceRequirements": [{ "type": "GPU", "value": "1" }] }] }""");

        [Fact]
        public void Silent_for_an_empty_list() =>
            RuleAssert.Silent(
                RuleIds.InferenceAcceleratorDeprecated,
                """{ "family": "gpu", "inferenceAccelerators": [], "containerDefinitions": [{ "name": "a", "image": "b", "memory": 64 }] }""");
    }
}
