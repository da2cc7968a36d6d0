using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef rules</c>: the rule catalog with IDs, default severities, titles and the controls of other tools each
    /// rule implements; <c>--control ECS.5</c> lists only the rules for that control.
    /// </summary>
    internal static class RulesCommand
    {
        public static Command Create(CliConsole console)
        {
            var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var control = new Option<string>("--control")
            {
                Description = "Only the rules that implement this control: AWS Security Hub (ECS.5), Checkov (CKV_AWS_336), Trivy (AVD-AWS-0036), AWS Control Tower (CT.ECS.PR.6).",
            };
            var command = new Command("rules", "List every rule: ID, default severity, whether it is implemented, title, controls.") { format, control };
            command.SetAction(parse =>
            {
                string? wanted = parse.GetValue(control)?.Trim();
                List<RuleInfo> selected = RuleCatalog.All.Where(r => wanted is null || r.Implements(wanted)).ToList();
                if (selected.Count == 0)
                {
                    throw new UsageException("--control: no rule implements '" + wanted + "' (controls in use: "
                        + string.Join(", ", RuleCatalog.All.SelectMany(r => r.Controls).Distinct().OrderBy(c => c, StringComparer.Ordinal)) + ")");
                }

                if (parse.GetValue(format) == "json")
                {
                    var rules = new List<JsonRule>();
                    foreach (RuleInfo rule in selected)
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
                            Controls = rule.Controls.ToList(),
                        });
                    }

                    console.Out.WriteLine(JsonSerializer.Serialize(rules, CliJsonContext.Output.ListJsonRule));
                    return ExitCodes.Success;
                }

                console.Out.WriteLine("ID       Severity  Implemented  Title");
                int missing = 0;
                foreach (RuleInfo rule in selected)
                {
                    string implemented = RuleAvailability.CheckedBy(rule) switch
                    {
                        "validate" => "yes",
                        string other => other,
                        null => "no",
                    };
                    missing += implemented == "no" ? 1 : 0;
                    string controls = rule.Controls.Count == 0 ? string.Empty : "  [" + string.Join(", ", rule.Controls) + "]";
                    console.Out.WriteLine(rule.Id + "  " + Severities.Name(rule.DefaultSeverity).PadRight(8) + "  " + implemented.PadRight(11) + "  " + rule.Title + controls);
                }

                if (wanted != null)
                {
                    return ExitCodes.Success;
                }

                console.Out.WriteLine();
                console.Out.WriteLine(
                    RuleCatalog.All.Length + " rules; " + missing + " not implemented yet (reserved: nothing reports them); 'generator' rules are checked by the source generator at build time and 'analyzers' by the analyzers in the build, not by validate; 'library' rules only by the library's validators. " +
                    "'taskdef explain TDKnnnn' shows a rule's documentation.");
                return ExitCodes.Success;
            });
            return command;
        }
    }
}
