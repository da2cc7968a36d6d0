using System.CommandLine;
using System.IO;
using TaskDefKit.Cli.Output;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef explain TDKnnnn</c> (or the bare number): prints the rule's page (docs/rules/TDKnnnn.md, embedded in the tool at build
    /// time). Pages are written separately from the catalog, so a missing page falls back to the catalog entry and
    /// the help link rather than failing.
    /// </summary>
    internal static class ExplainCommand
    {
        public static Command Create(CliConsole console)
        {
            var id = new Argument<string>("rule") { Description = "A rule ID, for example TDK1004 (or just 1004)." };
            var command = new Command("explain", "Show a rule's documentation.") { id };
            command.SetAction(parse =>
            {
                string requested = parse.GetValue(id)!.Trim();
                RuleInfo? rule = RuleCatalog.Find(IsBareNumber(requested) ? "TDK" + requested : requested);
                if (rule is null)
                {
                    console.Error.WriteLine("taskdef: unknown rule '" + requested + "' (run 'taskdef rules' for the list)");
                    return ExitCodes.UsageOrUnreadable;
                }

                // The generated-block markers (<!-- controls:begin ... -->) are for the generator, not for the reader.
                string? page = ReadPage(rule.Id) is string text ? System.Text.RegularExpressions.Regex.Replace(text, @"^<!-- controls:(begin|end)[^\n]*-->\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline) : null;
                if (page != null)
                {
                    console.Out.Write(page.EndsWith('\n') ? page : page + "\n");
                    return ExitCodes.Success;
                }

                console.Out.WriteLine(rule.Id + ": " + rule.Title);
                console.Out.WriteLine();
                console.Out.WriteLine("Default severity: " + Severities.Name(rule.DefaultSeverity));
                console.Out.WriteLine("Group: " + rule.Group);
                if (rule.Controls.Count > 0)
                {
                    console.Out.WriteLine("Controls: " + string.Join(", ", rule.Controls));
                }

                console.Out.WriteLine("Documentation: " + rule.HelpUri);
                console.Out.WriteLine("(This build of taskdef has no page for " + rule.Id + "; the link above has the latest.)");
                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>`taskdef explain 4003` is how people ask (the number is what they remember from a finding).</summary>
        private static bool IsBareNumber(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        internal static string? ReadPage(string ruleId)
        {
            using Stream? stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream("rules/" + ruleId + ".md");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
