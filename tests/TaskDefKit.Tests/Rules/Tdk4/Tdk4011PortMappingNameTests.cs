using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4011PortMappingNameTests
    {
        [Theory]
        [InlineData("Web")]
        [InlineData("-web")]
        [InlineData("web.http")]
        [InlineData("")]
        public void Fires_on_invalid_names(string name)
        {
            RuleAssert.Fires(RuleIds.PortMappingName, Tdk4Json.Task(Tdk4Json.AwsVpc, "[{ \"containerPort\": 80, \"name\": \"" + name + "\" }]"), "/containerDefinitions/0/portMappings/0/name", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_65_characters_but_not_64()
        {
            RuleAssert.Fires(RuleIds.PortMappingName, Tdk4Json.Task(Tdk4Json.AwsVpc, "[{ \"containerPort\": 80, \"name\": \"" + new string('a', 65) + "\" }]"), "/containerDefinitions/0/portMappings/0/name");
            RuleAssert.Silent(RuleIds.PortMappingName, Tdk4Json.Task(Tdk4Json.AwsVpc, "[{ \"containerPort\": 80, \"name\": \"" + new string('a', 64) + "\" }]"));
        }

        [Fact]
        public void Fires_on_a_name_used_by_another_container()
        {
            var found = RuleAssert.Fires(RuleIds.PortMappingName, Tdk4Json.TwoContainers(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "name": "http" }]""", """[{ "containerPort": 8080, "name": "http" }]"""), "/containerDefinitions/1/portMappings/0/name");
            Assert.Contains("container 'web'", found[0].Message);
        }

        [Fact]
        public void Silent_on_valid_unique_names()
        {
            RuleAssert.Silent(RuleIds.PortMappingName, Tdk4Json.TwoContainers(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "name": "web-http_1" }, { "containerPort": 81 }]""", """[{ "containerPort": 8080, "name": "_admin" }]"""));
        }
    }
}
