using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    /// <summary>Every TDK6 documentation page's non-compliant example fires its rule and its compliant example does not.</summary>
    public class Tdk6DocsExamplesTests
    {
        private static readonly Regex s_jsonBlock = new Regex("```json\\n(.*?)\\n```", RegexOptions.Singleline);

        /// <summary>Rules that report only when configured: their own test classes run the page's examples with the configuration.</summary>
        private static readonly string[] s_configured = { "TDK6033", "TDK6034" };

        public static IEnumerable<object[]> Pages() =>
            TaskDefKit.Rules.RuleCatalog.All
                .Where(r => r.Id.StartsWith("TDK6", System.StringComparison.Ordinal) && !s_configured.Contains(r.Id))
                .Select(r => new object[] { r.Id });

        [Theory]
        [MemberData(nameof(Pages))]
        public void Examples_match_the_rule(string ruleId)
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", ruleId + ".md"));
            MatchCollection blocks = s_jsonBlock.Matches(page);
            Assert.Equal(2, blocks.Count);
            RuleAssert.Fires(ruleId, blocks[0].Groups[1].Value);
            RuleAssert.Silent(ruleId, blocks[1].Groups[1].Value);
        }
    }
}
