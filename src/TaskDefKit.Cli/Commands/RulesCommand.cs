using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Commands
{
    /// <summary><c>taskdef rules</c>: the rule catalog with IDs, default severities and titles.</summary>
    internal static class RulesCommand
    {
        public static Command Create(CliConsole console)
        {
            var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("rules", "List every rule: ID, default severity, whether it is implemented, title.") { format };
            command.SetAction(parse =>
            {
                if (parse.GetValue(format) == "json")
                {
                    var rules = new List<JsonRule>();
                    foreach (RuleInfo rule in RuleCatalog.All)
                    {
                        rules.Add(new JsonRule
                        {
                            Id = rule.Id,
                            Title = rule.Title,
                            Severity = Severities.Name(rule.DefaultSeverity),
                            Group = rule.Group.ToString(),
                            Implemented = RuleAvailability.IsImplemented(rule),
                            CheckedBy = RuleAvailability.CheckedBy(rule),
                            HelpUri = rule.HelpUri,
                        });
                    }

                    console.Out.WriteLine(JsonSerializer.Serialize(rules, CliJsonContext.Output.ListJsonRule));
                    return ExitCodes.Success;
                }

                console.Out.WriteLine("ID       Severity  Implemented  Title");
                int missing = 0;
                foreach (RuleInfo rule in RuleCatalog.All)
                {
                    string implemented = RuleAvailability.CheckedBy(rule) switch
                    {
                        "validate" => "yes",
                        "generator" => "generator",
                        _ => "no",
                    };
                    missing += implemented == "no" ? 1 : 0;
                    console.Out.WriteLine(rule.Id + "  " + Severities.Name(rule.DefaultSeverity).PadRight(8) + "  " + implemented.PadRight(11) + "  " + rule.Title);
                }

                console.Out.WriteLine();
                console.Out.WriteLine(
                    RuleCatalog.All.Length + " rules; " + missing + " not implemented yet (reserved: nothing reports them); 'generator' rules are checked by the source generator at build time, not by validate. " +
                    "'taskdef explain TDKnnnn' shows a rule's documentation.");
                return ExitCodes.Success;
            });
            return command;
        }
    }
}
