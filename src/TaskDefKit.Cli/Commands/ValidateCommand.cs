using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using TaskDefKit.Cli.FileSystem;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Commands
{
    /// <summary><c>taskdef validate</c>: every problem in every input, in the format CI reads.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(CliConsole console)
        {
            var inputs = new Argument<string[]>("inputs")
            {
                Description = "Files, folders (*.json, *.yaml, *.yml, *.template below them), globs (quoted: 'deploy/**/*.json') or - for stdin.",
                Arity = ArgumentArity.OneOrMore,
            };
            var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
            var launchType = new Option<string?>("--launch-type") { Description = "Also validate for this launch type: FARGATE, EC2, EXTERNAL, MANAGED_INSTANCES." };
            var severity = new Option<string>("--severity") { Description = "Report findings at or above this severity: info, warning, error.", DefaultValueFactory = _ => "info" };
            severity.AcceptOnlyFromAmong("info", "warning", "error");
            var profile = new Option<string>("--profile")
            {
                Description = "Rule profile: default (hygiene advice as info), security (AWS Security Hub controls as warnings), strict (every finding an error).",
                DefaultValueFactory = _ => "default",
            };
            profile.AcceptOnlyFromAmong("default", "security", "strict");
            var rule = new Option<string[]>("--rule") { Description = "Report only these rules (repeat or comma-separate)." };
            var ignore = new Option<string[]>("--ignore") { Description = "Never report these rules (repeat or comma-separate)." };
            var config = new Option<string?>("--config") { Description = "Configuration file (default: the nearest " + Config.ConfigLoader.FileName + " at or above each file)." };
            var noConfig = new Option<bool>("--no-config") { Description = "Do not look for " + Config.ConfigLoader.FileName + " files." };
            var maxSize = new Option<string?>("--max-file-size") { Description = "Largest input to read, in bytes or with KB/MB/GB (default 10MB, at most 2047MB)." };
            var literal = new Option<bool>("--literal") { Description = "Take every input as a file or folder name, never as a glob (for names with *, ? or [)." };
            var family = new Option<string?>("--family") { Description = "Terraform container_definitions: the task family." };
            var networkMode = new Option<string?>("--network-mode") { Description = "Terraform container_definitions: the task network mode." };
            var compatibilities = new Option<string[]>("--requires-compatibilities") { Description = "Terraform container_definitions: launch types the task requires." };
            var cpu = new Option<string?>("--cpu") { Description = "Terraform container_definitions: task CPU units." };
            var memory = new Option<string?>("--memory") { Description = "Terraform container_definitions: task memory (MiB)." };
            var executionRole = new Option<string?>("--execution-role-arn") { Description = "Terraform container_definitions: the task execution role ARN." };
            var taskRole = new Option<string?>("--task-role-arn") { Description = "Terraform container_definitions: the task role ARN." };
            var taskDefinition = new Option<string?>("--task-definition") { Description = "Judge every service and RunTask input against this task definition file (any form validate reads)." };

            var command = new Command("validate", "Validate task definitions: register-input or describe-output JSON, CloudFormation templates (JSON/YAML), Terraform container_definitions arrays.")
            {
                inputs, format, output, launchType, severity, profile, rule, ignore, config, noConfig, maxSize, literal, family, networkMode, compatibilities, cpu, memory, executionRole, taskRole, taskDefinition,
            };
            command.SetAction(parse =>
            {
                var settings = new ValidateSettings
                {
                    Threshold = ParseThreshold(parse.GetValue(severity)!),
                    Profile = parse.GetValue(profile) switch
                    {
                        "security" => RuleProfile.Security,
                        "strict" => RuleProfile.Strict,
                        _ => RuleProfile.Default,
                    },
                    ConfigPath = parse.GetValue(config) is string path ? Path.GetFullPath(path, console.WorkingDirectory) : null,
                    DiscoverConfig = !parse.GetValue(noConfig),
                    MaxBytes = parse.GetValue(maxSize) is string size ? ParseSize(size) : null,
                    Task = new TaskSettings
                    {
                        Family = parse.GetValue(family),
                        NetworkMode = parse.GetValue(networkMode),
                        RequiresCompatibilities = SplitList(parse.GetValue(compatibilities)),
                        Cpu = parse.GetValue(cpu),
                        Memory = parse.GetValue(memory),
                        ExecutionRoleArn = parse.GetValue(executionRole),
                        TaskRoleArn = parse.GetValue(taskRole),
                    },
                };
                if (parse.GetValue(launchType) is string launch)
                {
                    settings.LaunchType = ValidateSettings.ParseLaunchType(launch, "--launch-type");
                }

                foreach (string input in parse.GetValue(inputs)!)
                {
                    // System.CommandLine passes an unknown "--flag" through as an input; it is a typo, not a file.
                    if (input.StartsWith('-') && input != InputItem.StandardInput && !File.Exists(Path.GetFullPath(input, console.WorkingDirectory)))
                    {
                        throw new UsageException("unknown option '" + input + "' (run 'taskdef validate --help')");
                    }
                }

                string[]? only = parse.GetValue(rule);
                settings.Only = only is { Length: > 0 } ? CheckOnlyRules(RuleFilter.ParseRuleIds(only, "--rule"), console) : null;
                string[]? ignored = parse.GetValue(ignore);
                settings.Ignore = ignored is { Length: > 0 } ? RuleFilter.ParseRuleIds(ignored, "--ignore") : null;
                settings.CheckExplicitConfig();
                TaskDefinitionCatalog catalog = parse.GetValue(taskDefinition) is string given
                    ? GivenTaskDefinition.Read(given, console)
                    : new TaskDefinitionCatalog { Deferring = true };
                return Run(parse.GetValue(inputs)!, settings, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(literal), console, catalog);
            });
            return command;
        }

        private static int Run(string[] inputs, ValidateSettings settings, string format, string? outputPath, bool literal, CliConsole console, TaskDefinitionCatalog catalog)
        {
            // The report goes to a temporary file beside the destination, renamed over it only when complete: the
            // destination is not touched while inputs are read (`validate -o td.json td.json` must not destroy
            // td.json), and a failed run leaves the old report as it was.
            string? outputFull = outputPath is null ? null : Path.GetFullPath(outputPath, console.WorkingDirectory);
            if (outputFull != null)
            {
                string outputReal = RealPath.Of(outputFull) ?? outputFull;
                foreach ((string input, string real) in InputExpander.NamedFiles(inputs, console.WorkingDirectory, literal))
                {
                    if (string.Equals(real, outputReal, StringComparison.Ordinal))
                    {
                        throw new UsageException("--output " + outputPath + " is also an input (" + input + "); the report would replace it: write the report elsewhere");
                    }
                }
            }

            PendingFile? file = null;
            try
            {
                var excluded = new List<string>();
                if (outputFull != null)
                {
                    try
                    {
                        file = PendingFile.Create(outputFull);
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        throw new UsageException(outputPath + ": cannot write the report: " + InputExpander.Describe(exception));
                    }

                    // A report inside a validated folder is never read back as an input (nor its temporary file).
                    excluded.Add(RealPath.Of(outputFull) ?? outputFull);
                    if (file.TemporaryPath != null)
                    {
                        excluded.Add(RealPath.Of(file.TemporaryPath) ?? file.TemporaryPath);
                    }
                }

                TextWriter target = file is null ? console.Out : new GuardedWriter(new StreamWriter(file.Stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" }, "the report " + outputPath);
                IReportWriter writer = format switch
                {
                    "json" => new JsonFormatter(target),
                    "sarif" => new SarifFormatter(target, console.WorkingDirectory),
                    _ => new TextFormatter(target, console.Error, console.ColorOutput && file is null),
                };

                var summary = new RunSummary();

                // Files are validated in parallel but reported in input order: at most `window` inputs are in
                // flight, the oldest is written first (deterministic output), and a file's bytes live only while it is
                // validated (bounded memory).
                var pending = new Queue<Task<FileReport>>();
                var later = new List<Func<FileReport>>();
                bool parallel = Environment.ProcessorCount > 1;
                int window = Math.Max(2, Environment.ProcessorCount) * 32;
                foreach (InputItem item in InputExpander.Expand(inputs, console.WorkingDirectory, literal, excluded))
                {
                    FileValidator.Prepared prepared = FileValidator.Prepare(item, settings, console);
                    if (!parallel)
                    {
                        Report(FileValidator.Validate(prepared, settings, console, catalog));
                        continue;
                    }

                    pending.Enqueue(Task.Run(() => FileValidator.Validate(prepared, settings, console, catalog)));
                    while (pending.Count >= window)
                    {
                        Report(pending.Dequeue().GetAwaiter().GetResult());
                    }
                }

                while (pending.Count > 0)
                {
                    Report(pending.Dequeue().GetAwaiter().GetResult());
                }

                // Service and RunTask inputs, now that every task definition of the run is known: in input order.
                foreach (Func<FileReport> resume in later)
                {
                    Report(resume());
                }

                void Report(FileReport report)
                {
                    if (report.Resume != null)
                    {
                        later.Add(report.Resume);
                        return;
                    }

                    summary.Add(report);
                    writer.Write(report);
                    if (!report.Read && format != "text")
                    {
                        // JSON and SARIF carry the problem too, but a person reading the CI log sees this line.
                        foreach (TaskDefKit.Validation.RuleDiagnostic finding in report.Findings)
                        {
                            console.Error.WriteLine(TextFormatter.Line(finding, report.DisplayPath, color: false));
                        }
                    }
                }

                writer.Complete(summary);
                if (format != "text")
                {
                    // The same line text output ends with: one log format whatever the report format.
                    console.Error.WriteLine(TextFormatter.SummaryLine(summary));
                }

                if (summary.NothingValidated && summary.Files > summary.Unreadable)
                {
                    console.Error.WriteLine("taskdef: nothing was validated: no input holds a task definition, placement, service, RunTask or cluster input, or a CloudFormation resource of those kinds"
                        + (summary.Errors == 0 ? " (exit code 2)." : "."));
                }

                if (file != null)
                {
                    target.Flush();
                    try
                    {
                        file.Commit();
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        throw new OutputWriteException("the report " + outputPath, exception as IOException ?? new IOException(InputExpander.Describe(exception)));
                    }
                }

                return summary.ExitCode;
            }
            finally
            {
                file?.Dispose();
            }
        }

        /// <summary>
        /// <c>--rule</c> naming only rules validate never reports would check nothing and pass: a usage error. Some of
        /// them beside checked rules: a warning on stderr, and the run goes on.
        /// </summary>
        private static ISet<string> CheckOnlyRules(HashSet<string> ids, CliConsole console)
        {
            var notChecked = new List<string>();
            foreach (string id in ids)
            {
                if (!RuleAvailability.CheckedByValidate(id))
                {
                    notChecked.Add(id + " (" + RuleAvailability.WhyNotValidated(RuleCatalog.Get(id)) + ")");
                }
            }

            if (notChecked.Count == 0)
            {
                return ids;
            }

            notChecked.Sort(StringComparer.Ordinal);
            if (notChecked.Count == ids.Count)
            {
                throw new UsageException("--rule: validate does not check " + string.Join(", ", notChecked) + "; nothing would be checked ('taskdef rules' shows which rules are implemented)");
            }

            console.Error.WriteLine("taskdef: warning: --rule: validate does not check " + string.Join(", ", notChecked) + "; they are never reported.");
            return ids;
        }

        private static RuleSeverity ParseThreshold(string text) =>
            RuleFilter.TryParseSeverity(text, out RuleSeverity? severity) && severity.HasValue ? severity.Value : RuleSeverity.Info;

        private static IReadOnlyList<string>? SplitList(string[]? values)
        {
            if (values is null || values.Length == 0)
            {
                return null;
            }

            var list = new List<string>();
            foreach (string value in values)
            {
                list.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            return list;
        }

        /// <summary>An input is held in one array; 2047 MB is just under the largest .NET allows.</summary>
        internal const long MaxFileSizeLimit = 2047L * 1024 * 1024;

        internal static long ParseSize(string text)
        {
            string trimmed = text.Trim().ToUpperInvariant();
            long unit = 1;
            foreach ((string suffix, long factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
            {
                if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
                {
                    unit = factor;
                    trimmed = trimmed.Substring(0, trimmed.Length - suffix.Length).Trim();
                    break;
                }
            }

            if (!long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value <= 0)
            {
                throw new UsageException("--max-file-size: '" + text + "' is not a size (for example 10MB or 1048576)");
            }

            if (value > MaxFileSizeLimit / unit)
            {
                throw new UsageException("--max-file-size: '" + text + "' is more than the largest size taskdef can hold, " + FileContentReader.Size(MaxFileSizeLimit) + " (" + MaxFileSizeLimit.ToString(CultureInfo.InvariantCulture) + " bytes)");
            }

            return value * unit;
        }
    }
}
