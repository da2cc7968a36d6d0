using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text;
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
            var command = new Command("emit", "Write the JSON of every task definition registered with [assembly: TaskDefinitionSource] in a built assembly.")
            {
                assembly, output, launchType,
            };
            command.SetAction(parse =>
            {
                var options = new ValidationOptions();
                if (parse.GetValue(launchType) is string launch)
                {
                    options.TargetLaunchType = ValidateSettings.ParseLaunchType(launch, "--launch-type");
                }

                return Run(Path.GetFullPath(parse.GetValue(assembly)!, console.WorkingDirectory), Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory), options, console);
            });
            return command;
        }

        private static int Run(string assemblyPath, string outFolder, ValidationOptions options, CliConsole console)
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
                    foreach (RuleDiagnostic finding in TaskDefinitionDocument.Parse(definition.Json, display).Validate(options))
                    {
                        errors |= finding.Severity == RuleSeverity.Error;
                        console.Out.WriteLine(TextFormatter.Line(finding, display, console.ColorOutput));
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
