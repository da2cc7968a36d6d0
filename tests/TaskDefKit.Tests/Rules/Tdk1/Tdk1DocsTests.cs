using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    /// <summary>Keeps the TDK1xxx pages honest: each exists, carries the catalog title, and its examples do what they say.</summary>
    public class Tdk1DocsTests
    {
        public static IEnumerable<object[]> Tdk1Rules() =>
            RuleCatalog.All.Where(r => r.Id.StartsWith("TDK10", System.StringComparison.Ordinal)).Select(r => new object[] { r.Id });

        private static string Page(string id) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"));

        private static string Example(string page, string heading)
        {
            Match match = Regex.Match(page, "## " + heading + "\\s*```json\\s*(.*?)```", RegexOptions.Singleline);
            Assert.True(match.Success, "no json example under '" + heading + "'");
            return match.Groups[1].Value;
        }

        [Theory]
        [MemberData(nameof(Tdk1Rules))]
        public void Page_has_the_catalog_title_and_the_ways_to_turn_the_rule_off(string id)
        {
            string page = Page(id);
            Assert.StartsWith("# " + id + ": " + RuleCatalog.Get(id).Title + "\n", page);
            Assert.Contains("--ignore " + id, page);
            Assert.Contains("dotnet_diagnostic." + id + ".severity = none", page);
        }

        [Theory]
        [MemberData(nameof(Tdk1Rules))]
        public void Non_compliant_example_fires_and_compliant_example_is_silent(string id)
        {
            string page = Page(id);
            if (!page.Contains("<!-- example-generated:", System.StringComparison.Ordinal))
            {
                // A page may say its triggering example is too large to show (TDK1030); the rule's own tests build it.
                RuleAssert.Fires(id, Example(page, "Non-compliant"));
            }

            RuleAssert.Silent(id, Example(page, "Compliant"));
        }
    }
}
