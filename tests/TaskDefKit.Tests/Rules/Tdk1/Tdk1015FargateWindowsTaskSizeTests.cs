using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1015FargateWindowsTaskSizeTests
    {
        private static string WindowsFargate(string cpu, string memory) => $$"""
            {
              "family": "iis",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_CORE", "cpuArchitecture": "X86_64" },
              "cpu": "{{cpu}}",
              "memory": "{{memory}}",
              "containerDefinitions": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis" }]
            }
            """;

        [Fact]
        public void Fires_below_one_vcpu_and_names_windows_sizes()
        {
            var found = RuleAssert.Fires(RuleIds.FargateWindowsTaskSize, WindowsFargate("512", "2048"), "/cpu", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("cpu \"1024\" with memory \"2048\"", found[0].Message);
        }

        [Fact]
        public void Fires_for_the_linux_only_8_vcpu_size() =>
            RuleAssert.Fires(RuleIds.FargateWindowsTaskSize, WindowsFargate("8192", "16384"), "/cpu", RuleSeverity.Error);

        [Fact]
        public void Fires_without_memory_too() =>
            RuleAssert.Fires(
                RuleIds.FargateWindowsTaskSize,
                WindowsFargate("256", "512").Replace("\"memory\": \"512\",", string.Empty),
                "/cpu");

        [Theory]
        [InlineData("1024", "2048")]
        [InlineData("2048", "4096")]
        [InlineData("4 vCPU", "30GB")]
        public void Silent_on_windows_sizes(string cpu, string memory) =>
            RuleAssert.Silent(RuleIds.FargateWindowsTaskSize, WindowsFargate(cpu, memory));

        [Fact]
        public void Leaves_cpu_values_that_are_no_fargate_size_to_TDK1014() =>
            RuleAssert.Silent(RuleIds.FargateWindowsTaskSize, WindowsFargate("3000", "8192"));

        [Fact]
        public void Silent_for_linux_on_fargate() =>
            RuleAssert.Silent(RuleIds.FargateWindowsTaskSize, Definitions.FargateWeb);

        [Fact]
        public void Silent_for_windows_on_ec2() =>
            RuleAssert.Silent(
                RuleIds.FargateWindowsTaskSize,
                WindowsFargate("512", "1024").Replace("\"networkMode\": \"awsvpc\",", string.Empty).Replace("[\"FARGATE\"]", "[\"EC2\"]"));
    }
}
