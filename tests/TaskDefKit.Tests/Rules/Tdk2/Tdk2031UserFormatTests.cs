using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2031UserFormatTests
    {
        private static string With(string user) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"user\": \"" + user + "\""));

        [Theory]
        [InlineData("")]
        [InlineData("app user")]
        [InlineData("1000:")]
        [InlineData(":1000")]
        [InlineData("1000:1000:1000")]
        [InlineData("99999999999")]
        [InlineData("4294967295")]
        public void Fires_on_malformed_users(string user) =>
            RuleAssert.Fires(RuleIds.UserFormat, With(user), "/containerDefinitions/0/user", RuleSeverity.Error);

        [Theory]
        [InlineData("nginx")]
        [InlineData("nginx:nginx")]
        [InlineData("1000")]
        [InlineData("0")]
        [InlineData("1000:1000")]
        [InlineData("app:1000")]
        [InlineData("4294967294")]
        public void Silent_on_valid_users(string user) =>
            RuleAssert.Silent(RuleIds.UserFormat, With(user));

        [Fact]
        public void Leaves_windows_to_TDK2022() =>
            RuleAssert.Silent(RuleIds.UserFormat, Tdk2Json.Windows(Tdk2Json.Container("web", "\"user\": \"a b\"")));
    }
}
