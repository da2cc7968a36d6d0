using System.CommandLine;
using System.IO;
using TaskDefKit.Cli.Output;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef explain TDKnnnn</c>: prints the rule's page (docs/rules/TDKnnnn.md, embedded in the tool at build
    /// time). Pages are written separately from the catalog, so a missing page falls back to the catalog entry and
    /// the help link rather than failing.
    /// </summary>
    internal static class ExplainCommand
    {
        public static Command Create(CliConsole console)
        {
            var id = new Argument<string>("rule") { Description = "A rule ID, for example TDK1004." };
            var command = new Command("explain", "Show a rule's documentation.") { id };
            command.SetAction(parse =>
            {
                string requested = parse.GetValue(id)!.Trim();
                RuleInfo? rule = RuleCatalog.Find(requested);
                if (rule is null)
                {
                    console.Error.WriteLine("taskdef: unknown rule '" + requested + "' (run 'taskdef rules' for the list)");
                    return ExitCodes.UsageOrUnreadable;
                }

                string? page = ReadPage(rule.Id);
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
