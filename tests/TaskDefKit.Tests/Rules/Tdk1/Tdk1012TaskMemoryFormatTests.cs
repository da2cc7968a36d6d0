using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1012TaskMemoryFormatTests
    {
        private static string WithMemory(string memory) => $$"""
            {
              "family": "web",
              "memory": "{{memory}}",
              "containerDefinitions": [{ "name": "app", "image": "nginx" }]
            }
            """;

        [Theory]
        [InlineData("512MB", "MB")]
        [InlineData("2 GiB", "GiB")]
        [InlineData("1024MiB", "MiB")]
        public void Fires_on_other_units_and_names_the_unit(string memory, string unit)
        {
            var found = RuleAssert.Fires(RuleIds.TaskMemoryFormat, WithMemory(memory), "/memory", RuleSeverity.Error);
            Assert.Contains("'" + unit + "'", found[0].Message);
        }

        [Theory]
        [InlineData("lots")]
        [InlineData("")]
        [InlineData("1.5")]
        [InlineData("0.3GB")]
        [InlineData("{{memory}}")]
        public void Fires_on_strings_that_are_no_memory_value(string memory) =>
            RuleAssert.Fires(RuleIds.TaskMemoryFormat, WithMemory(memory), "/memory", RuleSeverity.Error);

        [Theory]
        [InlineData("512")]
        [InlineData("1GB")]
        [InlineData("1 GB")]
        [InlineData("0.5GB")]
        [InlineData(".5 gb")]
        public void Silent_on_mib_and_gb_expressions(string memory) =>
            RuleAssert.Silent(RuleIds.TaskMemoryFormat, WithMemory(memory));

        [Fact]
        public void Silent_when_memory_is_absent() =>
            RuleAssert.Silent(RuleIds.TaskMemoryFormat, Definitions.Ec2Bridge);
    }
}
