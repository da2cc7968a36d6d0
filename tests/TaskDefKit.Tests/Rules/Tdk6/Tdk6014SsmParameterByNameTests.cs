using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6014SsmParameterByNameTests
    {
        private static string WithValueFrom(string valueFrom) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "secrets": [{ "name": "DB", "valueFrom": """ + "\"" + valueFrom + "\" }] }", Tdk6Samples.ExecutionRole);

        [Fact]
        public void Parameter_name_is_info()
        {
            RuleAssert.Fires(RuleIds.SsmParameterByName, WithValueFrom("/prod/db"), "/containerDefinitions/0/secrets/0/valueFrom", RuleSeverity.Info);
        }

        [Fact]
        public void Json_key_selector_is_info()
        {
            var found = RuleAssert.Fires(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"),
                "/containerDefinitions/0/secrets/0/valueFrom", RuleSeverity.Info);
            Assert.Contains("1.4.0", found[0].Message);
        }

        [Fact]
        public void Full_arns_without_selectors_are_silent()
        {
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:ssm:us-east-1:123456789012:parameter/prod/db"));
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"));
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("{{placeholder}}"));
        }
    }
}
