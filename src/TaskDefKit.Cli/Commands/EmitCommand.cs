using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text;
using TaskDefKit.Cli.Config;
using TaskDefKit.Cli.Emit;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef emit</c>: writes <c>&lt;family&gt;.json</c> for every definition a built assembly registers, and
    /// validates each. Files are rewritten only when their bytes change, so incremental builds stay incremental.
    /// </summary>
    internal static class EmitCommand
    {
        public static Command Create(CliConsole console)
        {
            var assembly = new Option<string>("--assembly", "-a") { Description = "The built assembly (.dll) that registers task definition sources.", Required = true };
            var output = new Option<string>("--out", "-o") { Description = "The folder to write <family>.json files to (created if needed).", Required = true };
            var launchType = new Option<string?>("--launch-type") { Description = "Also validate for this launch type." };
            var format = new Option<string>("--format", "-f") { Description = "How findings are printed: text (file:line:col) or msbuild (file(line,col), what TaskDefKitEmitDirectory uses).", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "msbuild");
            var command = new Command("emit", "Write the JSON of every task definition registered with [assembly: TaskDefinitionSource] in a built assembly.")
            {
                assembly, output, launchType, format,
            };
            command.SetAction(parse =>
            {
                // Severities: .editorconfig (as the compiler read it), then the nearest .taskdefkit.json, then the
                // command line; the same precedence as the rest of the tool (docs/using.md, "Severities").
                var settings = new ValidateSettings { EditorConfig = EditorConfigSeverities.Read(console.WorkingDirectory) };
                if (parse.GetValue(launchType) is string launch)
                {
                    settings.LaunchType = ValidateSettings.ParseLaunchType(launch, "--launch-type");
                }

                bool msbuild = parse.GetValue(format) == "msbuild";
                return Run(Path.GetFullPath(parse.GetValue(assembly)!, console.WorkingDirectory), Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory), settings, console, msbuild);
            });
            return command;
        }

        private static int Run(string assemblyPath, string outFolder, ValidateSettings settings, CliConsole console, bool msbuild)
        {
            if (!File.Exists(assemblyPath))
            {
                console.Error.WriteLine("taskdef: " + assemblyPath + ": no such file (build the project first)");
                return ExitCodes.UsageOrUnreadable;
            }

            var context = new EmitLoadContext(assemblyPath);
            try
            {
                Assembly loaded;
                try
                {
                    loaded = context.LoadFromAssemblyPath(assemblyPath);
                }
                catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or IOException)
                {
                    console.Error.WriteLine("taskdef: " + assemblyPath + ": not a loadable .NET assembly: " + exception.Message);
                    return ExitCodes.UsageOrUnreadable;
                }

                var problems = new List<string>();
                List<EmittedDefinition> definitions = DefinitionSourceReader.Read(loaded, problems);
                foreach (string problem in problems)
                {
                    console.Error.WriteLine("taskdef: emit: error: " + problem);
                }

                if (definitions.Count == 0 && problems.Count == 0)
                {
                    console.Error.WriteLine("taskdef: " + Path.GetFileName(assemblyPath) + " registers no task definitions ([assembly: TaskDefinitionSource(typeof(...))]); nothing written.");
                    return ExitCodes.Success;
                }

                Directory.CreateDirectory(outFolder);
                bool errors = problems.Count > 0;
                var families = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (EmittedDefinition definition in definitions)
                {
                    TaskDefinitionDocument document = TaskDefinitionDocument.Parse(definition.Json);
                    string name = FileNameFor(document.Definition?.Family);
                    if (families.TryGetValue(name, out string? firstSource))
                    {
                        console.Error.WriteLine("taskdef: emit: error: family '" + name + "' comes from both " + firstSource + " and " + definition.SourceType + "; each family is one file");
                        errors = true;
                        continue;
                    }

                    families[name] = definition.SourceType;
                    string path = Path.Combine(outFolder, name + ".json");
                    string display = InputExpander.Display(path, console.WorkingDirectory);
                    WriteIfChanged(path, definition.Json);
                    console.Out.WriteLine("wrote " + display);
                    (RuleFilter filter, _) = settings.For(new InputItem(path, display, named: true), console.WorkingDirectory);
                    foreach (RuleDiagnostic found in FindingOrder.Sort(TaskDefinitionDocument.Parse(definition.Json, display).Validate(filter.Options)))
                    {
                        if (filter.Apply(found) is not RuleDiagnostic finding)
                        {
                            continue;
                        }

                        errors |= finding.Severity == RuleSeverity.Error;
                        console.Out.WriteLine(msbuild ? MsBuildFormatter.Line(finding, path) : TextFormatter.Line(finding, display, console.ColorOutput));
                    }
                }

                return errors ? ExitCodes.ErrorsFound : ExitCodes.Success;
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>The family as a file name; a definition without a usable family still gets a stable name.</summary>
        private static string FileNameFor(string? family)
        {
            var name = new StringBuilder();
            foreach (char c in family ?? string.Empty)
            {
                name.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
            }

            return name.Length == 0 ? "unnamed" : name.ToString();
        }

        private static void WriteIfChanged(string path, byte[] bytes)
        {
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return;
            }

            File.WriteAllBytes(path, bytes);
        }
    }
}
