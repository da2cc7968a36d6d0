using System.IO;
using System.Text.RegularExpressions;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>Each policy rule page's examples do what the page says under the policy its "Configure" block declares.</summary>
    public class Tdk94DocsExamplesTests
    {
        [Theory]
        [InlineData("TDK9402")]
        [InlineData("TDK9403")]
        [InlineData("TDK9404")]
        [InlineData("TDK9405")]
        [InlineData("TDK9407")]
        [InlineData("TDK9408")]
        public void Page_examples_fire_and_stay_silent_under_the_configured_policy(string id)
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"));
            string config = Block(page, "Configure", "jsonc");
            OrganisationPolicy? policy = PolicyReader.Read(config, ".taskdefkit.json", out string? problem, out _);
            Assert.True(problem is null, problem);
            var options = new ValidationOptions { Policy = policy };
            RuleAssert.Fires(id, Block(page, "Non-compliant", "json"), options: options);
            RuleAssert.Silent(id, Block(page, "Compliant", "json"), options);
        }

        [Fact]
        public void The_TDK9401_examples_are_a_problem_and_no_problem()
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "TDK9401.md"));
            PolicyReader.Read(Block(page, "Non-compliant", "jsonc"), ".taskdefkit.json", out string? problem, out _);
            Assert.Contains("unknown key 'allowedRegistry'", problem);
            Assert.NotNull(PolicyReader.Read(Block(page, "Compliant", "jsonc"), ".taskdefkit.json", out problem, out _));
            Assert.Null(problem);
        }

        private static string Block(string page, string section, string language)
        {
            Match match = Regex.Match(page, "## " + section + "\\n.*?```" + language + "\\n(.*?)\\n```", RegexOptions.Singleline);
            Assert.True(match.Success, "no " + language + " block under " + section);
            return match.Groups[1].Value;
        }
    }
}
