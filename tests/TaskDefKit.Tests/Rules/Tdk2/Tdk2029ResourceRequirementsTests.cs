using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2029ResourceRequirementsTests
    {
        private const string ManagedInstances = "\"requiresCompatibilities\": [\"MANAGED_INSTANCES\"],";

        private static string With(string requirements, string extra = "") =>
            Tdk2Json.Ec2(Tdk2Json.Container("web", "\"resourceRequirements\": " + requirements), extra);

        [Theory]
        [InlineData("[{ \"value\": \"1\" }]", "type")]
        [InlineData("[{ \"type\": \"gpu\", \"value\": \"1\" }]", "type")]
        [InlineData("[{ \"type\": \"GPU\" }]", "value")]
        [InlineData("[{ \"type\": \"GPU\", \"value\": \"0\" }]", "value")]
        [InlineData("[{ \"type\": \"GPU\", \"value\": \"two\" }]", "value")]
        [InlineData("[{ \"type\": \"InferenceAccelerator\", \"value\": \"device_2\" }]", "value")]
        [InlineData("[{ \"type\": \"InferenceAccelerator\" }]", "value")]
        public void Fires_on_bad_requirements(string requirements, string member) =>
            RuleAssert.Fires(RuleIds.ResourceRequirements, With(requirements), "/containerDefinitions/0/resourceRequirements/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Fires_on_gpu_for_windows() =>
            RuleAssert.Fires(
                RuleIds.ResourceRequirements,
                Tdk2Json.Windows(Tdk2Json.Container("web", "\"resourceRequirements\": [{ \"type\": \"GPU\", \"value\": \"1\" }]")),
                "/containerDefinitions/0/resourceRequirements/0/type");

        [Fact]
        public void Neuron_device_value_must_be_all() =>
            RuleAssert.Fires(RuleIds.ResourceRequirements, With("[{ \"type\": \"NeuronDevice\", \"value\": \"2\" }]", ManagedInstances), "/containerDefinitions/0/resourceRequirements/0/value", RuleSeverity.Error);

        [Fact]
        public void Neuron_device_in_only_one_container() =>
            RuleAssert.Fires(
                RuleIds.ResourceRequirements,
                Tdk2Json.Ec2(
                    Tdk2Json.Container("a", "\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }]") + "," +
                    Tdk2Json.Container("b", "\"resourceRequirements\": [{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }]"),
                    ManagedInstances),
                "/containerDefinitions/1/resourceRequirements/0/type",
                RuleSeverity.Error);

        [Fact]
        public void Neuron_device_outside_managed_instances_is_a_warning() =>
            RuleAssert.Fires(RuleIds.ResourceRequirements, With("[{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }]"), "/containerDefinitions/0/resourceRequirements/0/type", RuleSeverity.Warning);

        [Theory]
        [InlineData("[{ \"type\": \"GPU\", \"value\": \"2\" }]", "")]
        [InlineData("[{ \"type\": \"GPU\", \"value\": \"ALL\" }]", "")]
        [InlineData("[{ \"type\": \"GPU\", \"sharingStrategy\": { \"timeSliced\": {} } }]", "")]
        [InlineData("[{ \"type\": \"NeuronDevice\", \"value\": \"ALL\" }]", ManagedInstances)]
        [InlineData("[{ \"type\": \"InferenceAccelerator\", \"value\": \"device_1\" }]", "\"inferenceAccelerators\": [{ \"deviceName\": \"device_1\", \"deviceType\": \"eia2.medium\" }],")]
        public void Silent_on_valid_requirements(string requirements, string extra) =>
            RuleAssert.Silent(RuleIds.ResourceRequirements, With(requirements, extra));
    }
}
