using System.Linq;
using TaskDefKit.Model;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    /// <summary>The known-good definitions raise nothing from the storage (TDK3xxx) and networking (TDK4xxx) rules.</summary>
    public class Tdk34KnownGoodTests
    {
        [Theory]
        [InlineData(Definitions.FargateWeb)]
        [InlineData(Definitions.Ec2Bridge)]
        public void Known_good_definitions_are_clean(string json)
        {
            var found = RuleAssert.Validate(json).Concat(RuleAssert.Validate(json, new ValidationOptions { TargetLaunchType = Compatibility.Ec2 }))
                .Where(d => d.RuleId.StartsWith("TDK3", System.StringComparison.Ordinal) || d.RuleId.StartsWith("TDK4", System.StringComparison.Ordinal))
                .ToList();
            Assert.True(found.Count == 0, RuleAssert.Describe(found));
        }
    }
}
