using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1014FargateTaskSizeTests
    {
        private static string Fargate(string cpu, string memory, string platform = "") => $$"""
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              {{platform}}
              "cpu": "{{cpu}}",
              "memory": "{{memory}}",
              "containerDefinitions": [{ "name": "app", "image": "nginx" }]
            }
            """;

        [Fact]
        public void Fires_at_memory_when_the_cpu_row_does_not_allow_it_and_names_nearest_pairs()
        {
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("256", "4096"), "/memory", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("cpu \"256\" with memory \"2048\"", found[0].Message);
            Assert.Contains("cpu \"512\" with memory \"4096\"", found[0].Message);
        }

        [Fact]
        public void Fires_on_the_gap_in_the_256_row() =>
            RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("256", "1536"), "/memory");

        [Fact]
        public void Fires_at_cpu_when_the_cpu_is_no_fargate_size()
        {
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("3072", "8192"), "/cpu", RuleSeverity.Error);
            Assert.EndsWith("nearest valid size is cpu \"4096\" with memory \"8192\".", found[0].Message);
        }

        [Fact]
        public void Suggests_the_nearest_fargate_cpu_first_for_a_near_miss_cpu()
        {
            // Reviewer's case: 1000 used to get cpu "256" with memory "2048"; 1024 allows 2048, so that is the one answer.
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("1000", "2048"), "/cpu", RuleSeverity.Error);
            Assert.Single(found);
            Assert.EndsWith("nearest valid size is cpu \"1024\" with memory \"2048\".", found[0].Message);
            Assert.DoesNotContain("\"256\" with", found[0].Message);
        }

        [Fact]
        public void Adds_a_size_that_keeps_the_memory_only_when_the_nearest_cpu_cannot()
        {
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("1000", "512"), "/cpu");
            Assert.EndsWith("nearest valid sizes are cpu \"1024\" with memory \"2048\" or cpu \"256\" with memory \"512\".", found[0].Message);
        }

        [Fact]
        public void Suggests_the_nearest_row_when_neither_value_fits()
        {
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("100", "100"), "/cpu");
            Assert.Contains("cpu \"256\" with memory \"512\"", found[0].Message);
        }

        [Fact]
        public void Fires_for_a_step_mismatch_in_the_8_vcpu_row() =>
            RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("8192", "18432"), "/memory");

        [Fact]
        public void Judges_the_normalised_string_forms() =>
            RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("1 vCPU", "1GB"), "/memory");

        [Theory]
        [InlineData("256", "512")]
        [InlineData("256", "2048")]
        [InlineData(".25 vcpu", ".5 gb")]
        [InlineData("512", "4GB")]
        [InlineData("1024", "8192")]
        [InlineData("2048", "16384")]
        [InlineData("4096", "30720")]
        [InlineData("8192", "61440")]
        [InlineData("16 vCPU", "120GB")]
        public void Silent_on_fargate_sizes(string cpu, string memory) =>
            RuleAssert.Silent(RuleIds.FargateTaskSize, Fargate(cpu, memory));

        [Fact]
        public void Silent_on_ec2() =>
            RuleAssert.Silent(
                RuleIds.FargateTaskSize,
                """{ "family": "w", "cpu": "300", "memory": "700", "containerDefinitions": [{ "name": "a", "image": "nginx" }] }""");

        [Fact]
        public void Silent_when_a_value_is_unparseable() =>
            RuleAssert.Silent(RuleIds.FargateTaskSize, Fargate("256", "512MB"));

        [Fact]
        public void On_windows_suggests_windows_sizes_only()
        {
            string windows = "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_CORE\" },";
            var found = RuleAssert.Fires(RuleIds.FargateTaskSize, Fargate("1024", "1024", windows), "/memory");
            Assert.Contains("cpu \"1024\" with memory \"2048\"", found[0].Message);
            Assert.DoesNotContain("\"512\"", found[0].Message);
        }

        [Fact]
        public void On_windows_leaves_a_linux_only_cpu_to_TDK1015()
        {
            string windows = "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_CORE\" },";
            RuleAssert.Silent(RuleIds.FargateTaskSize, Fargate("256", "4096", windows));
        }
    }
}
