using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1003TooManyContainersTests
    {
        private static string WithContainers(int count) =>
            "{ \"family\": \"many\", \"containerDefinitions\": [" +
            string.Join(",", Enumerable.Range(0, count).Select(i => "{ \"name\": \"c" + i + "\", \"image\": \"busybox\", \"memory\": 64 }")) +
            "] }";

        [Fact]
        public void Fires_with_eleven_containers()
        {
            var found = RuleAssert.Fires(RuleIds.TooManyContainers, WithContainers(11), "/containerDefinitions", RuleSeverity.Error);
            Assert.Contains("11", found[0].Message);
        }

        [Fact]
        public void Silent_with_ten_containers() =>
            RuleAssert.Silent(RuleIds.TooManyContainers, WithContainers(10));
    }
}
