using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2036VolumesFromTests
    {
        private static string With(string volumesFrom) =>
            Tdk2Json.Ec2(Tdk2Json.Container("data") + "," + Tdk2Json.Container("web", "\"volumesFrom\": " + volumesFrom));

        [Theory]
        [InlineData("[{ \"readOnly\": true }]")]
        [InlineData("[{ \"sourceContainer\": \"cache\" }]")]
        [InlineData("[{ \"sourceContainer\": \"web\" }]")]
        public void Fires_on_missing_unknown_or_self_source(string volumesFrom) =>
            RuleAssert.Fires(RuleIds.VolumesFrom, With(volumesFrom), "/containerDefinitions/1/volumesFrom/0/sourceContainer", RuleSeverity.Error);

        [Fact]
        public void Silent_when_source_is_another_container() =>
            RuleAssert.Silent(RuleIds.VolumesFrom, With("[{ \"sourceContainer\": \"data\", \"readOnly\": true }]"));
    }
}
