using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2023UlimitsTests
    {
        private static string With(string ulimits) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"ulimits\": " + ulimits));

        [Theory]
        [InlineData("[{ \"softLimit\": 1, \"hardLimit\": 1 }]", "name")]
        [InlineData("[{ \"name\": \"NOFILE\", \"softLimit\": 1, \"hardLimit\": 1 }]", "name")]
        [InlineData("[{ \"name\": \"nofile\", \"hardLimit\": 1 }]", "softLimit")]
        [InlineData("[{ \"name\": \"nofile\", \"softLimit\": 1 }]", "hardLimit")]
        [InlineData("[{ \"name\": \"nofile\", \"softLimit\": 2048, \"hardLimit\": 1024 }]", "softLimit")]
        public void Fires_as_error(string ulimits, string member) =>
            RuleAssert.Fires(RuleIds.Ulimits, With(ulimits), "/containerDefinitions/0/ulimits/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Warns_on_duplicate_names() =>
            RuleAssert.Fires(
                RuleIds.Ulimits,
                With("[{ \"name\": \"nofile\", \"softLimit\": 1, \"hardLimit\": 1 }, { \"name\": \"nofile\", \"softLimit\": 2, \"hardLimit\": 2 }]"),
                "/containerDefinitions/0/ulimits/1/name",
                RuleSeverity.Warning);

        [Fact]
        public void Silent_on_valid_ulimits() =>
            RuleAssert.Silent(RuleIds.Ulimits, With("[{ \"name\": \"nofile\", \"softLimit\": 1024, \"hardLimit\": 1024 }, { \"name\": \"core\", \"softLimit\": 0, \"hardLimit\": 0 }]"));
    }
}
