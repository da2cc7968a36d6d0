using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4009ContainerPortRangeFormatTests
    {
        [Theory]
        [InlineData("8000")]
        [InlineData("8000:8100")]
        [InlineData("8000 - 8100")]
        [InlineData("-8100")]
        [InlineData("0-100")]
        [InlineData("65000-65536")]
        [InlineData("8100-8000")]
        [InlineData("8000-8000")]
        [InlineData("")]
        public void Fires_on_malformed_ranges(string range)
        {
            RuleAssert.Fires(RuleIds.ContainerPortRangeFormat, Tdk4Json.Task(Tdk4Json.AwsVpc, "[{ \"containerPortRange\": \"" + range + "\" }]"), "/containerDefinitions/0/portMappings/0/containerPortRange", RuleSeverity.Error);
        }

        [Theory]
        [InlineData("1-2")]
        [InlineData("8000-8100")]
        [InlineData("65534-65535")]
        public void Silent_on_valid_ranges(string range)
        {
            RuleAssert.Silent(RuleIds.ContainerPortRangeFormat, Tdk4Json.Task(Tdk4Json.AwsVpc, "[{ \"containerPortRange\": \"" + range + "\" }]"));
        }
    }
}
