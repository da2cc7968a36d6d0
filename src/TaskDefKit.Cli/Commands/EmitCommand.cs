using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text;
using TaskDefKit.Cli.Config;
using TaskDefKit.Cli.Emit;
using TaskDefKit.Cli.FileSystem;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Terraform;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Validation;
using TaskDefKit.CloudFormation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef emit</c>: writes <c>&lt;family&gt;.json</c> for every definition a built assembly registers, after
    /// validating it. Files are rewritten only when their bytes change (incremental builds stay incremental), always
    /// atomically and never through a link; a definition with errors is not written without <c>--allow-errors</c>;
    /// a file emit did not write (or that was edited since) is not replaced without <c>--force</c>, and
    /// <c>--clean</c> removes the files of families that are gone (<see cref="EmitManifest"/>). A file that cannot be
    /// written is one error line; the other families are still written.
    /// </summary>
    internal static class EmitCommand
    {
        /// <summary>Most file systems' limit on one name, in bytes.</summary>
        private const int MaxFileNameBytes = 255;

        public static Command Create(CliConsole console)
        {
            var files = new Argument<string[]>("files") { Description = "Task definition files in any form taskdef reads (instead of --assembly): each definition they hold is written.", Arity = ArgumentArity.ZeroOrMore };
            var assembly = new Option<string?>("--assembly", "-a") { Description = "The built assembly (.dll) that registers task definition sources." };
            var output = new Option<string>("--out", "-o") { Description = "The folder to write <family>.json files to (created if needed).", Required = true };
            var launchType = new Option<string?>("--launch-type") { Description = "Also validate for this launch type." };
            var allowErrors = new Option<bool>("--allow-errors") { Description = "Also write definitions that have error findings (like ToJson(allowErrors: true))." };
            var clean = new Option<bool>("--clean") { Description = "Remove files emit wrote earlier for families the assembly no longer registers." };
            var force = new Option<bool>("--force") { Description = "Replace (or with --clean remove) files that emit did not write or that were edited since." };
            var format = new Option<string[]>("--format", "-f")
            {
                Description = "What to write: json (default), cloudformation, cloudformation-yaml or terraform; and how findings are printed: text (file:line:col, default) or msbuild (file(line,col), what TaskDefKitEmitDirectory uses). Give it twice for both.",
                DefaultValueFactory = _ => System.Array.Empty<string>(),
            };
            format.AcceptOnlyFromAmong("text", "msbuild", "json", "cloudformation", "cloudformation-yaml", "terraform");
            var command = new Command("emit", "Write every task definition registered with [assembly: TaskDefinitionSource] in a built assembly (or held by files) as JSON, CloudFormation or Terraform.")
            {
                files, assembly, output, launchType, allowErrors, clean, force, format,
            };
            command.SetAction(parse =>
            {
                // Severities: .editorconfig (as the compiler read it), then the nearest .taskdefkit.json, then the
                // command line; the same precedence as the rest of the tool (docs/using.md, "Severities").
                var validation = new ValidateSettings { EditorConfig = EditorConfigSeverities.Read(console.WorkingDirectory) };
                if (parse.GetValue(launchType) is string launch)
                {
                    validation.LaunchType = ValidateSettings.ParseLaunchType(launch, "--launch-type");
                }

                (EmitFormat fileFormat, bool msBuild) = Formats(parse.GetValue(format) ?? System.Array.Empty<string>());
                var settings = new EmitSettings(validation, parse.GetValue(allowErrors), parse.GetValue(clean), parse.GetValue(force), msBuild, fileFormat);
                string outFolder = Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory);
                string[] inputs = parse.GetValue(files) ?? System.Array.Empty<string>();
                string? assemblyPath = parse.GetValue(assembly);
                if ((assemblyPath is null) == (inputs.Length == 0))
                {
                    throw new UsageException("emit takes either --assembly or task definition files, not both and not neither");
                }

                return assemblyPath != null
                    ? Run(Path.GetFullPath(assemblyPath, console.WorkingDirectory), outFolder, settings, console)
                    : RunFiles(inputs, outFolder, settings, console);
            });
            return command;
        }

        /// <summary>The file format and the findings style from the <c>--format</c> values (at most one of each).</summary>
        private static (EmitFormat File, bool MsBuild) Formats(string[] values)
        {
            EmitFormat? file = null;
            string? findings = null;
            foreach (string value in values)
            {
                if (value is "text" or "msbuild")
                {
                    if (findings != null && findings != value)
                    {
                        throw new UsageException("--format: give one findings style (text or msbuild), not both");
                    }

                    findings = value;
                }
                else
                {
                    EmitFormat format = EmitFormat.Find(value)!;
                    if (file != null && file != format)
                    {
                        throw new UsageException("--format: give one file format (json, cloudformation, cloudformation-yaml or terraform), not " + file.Name + " and " + format.Name);
                    }

                    file = format;
                }
            }

            return (file ?? EmitFormat.Json, findings == "msbuild");
        }

        private sealed record EmitSettings(ValidateSettings Validation, bool AllowErrors, bool Clean, bool Force, bool MsBuild, EmitFormat Format);

        private static int Run(string assemblyPath, string outFolder, EmitSettings settings, CliConsole console)
        {
            if (!File.Exists(assemblyPath))
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + assemblyPath + ": no such file (build the project first)"));
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
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + assemblyPath + ": not a loadable .NET assembly: " + exception.Message));
                    return ExitCodes.UsageOrUnreadable;
                }

                var problems = new List<string>();
                List<EmittedDefinition> definitions = DefinitionSourceReader.Read(loaded, problems);
                foreach (string problem in problems)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + problem));
                }

                if (definitions.Count == 0 && problems.Count == 0)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + Path.GetFileName(assemblyPath) + " registers no task definitions ([assembly: TaskDefinitionSource(typeof(...))]); nothing written."));
                    return ExitCodes.Success;
                }

                return WriteAll(definitions, problems.Count > 0, outFolder, settings, console);
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>Validates and writes each definition in the chosen format; removes or lists the files of families that are gone.</summary>
        private static int WriteAll(List<EmittedDefinition> definitions, bool sourceProblems, string outFolder, EmitSettings settings, CliConsole console)
        {
            string outDisplay = InputExpander.Display(outFolder, console.WorkingDirectory);
            try
            {
                Directory.CreateDirectory(outFolder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                string why = File.Exists(outFolder) ? "it is a file, not a folder" : InputExpander.Describe(exception);
                console.Error.WriteLine(TerminalText.Line("taskdef: emit: " + outDisplay + ": cannot create the output folder: " + why));
                return ExitCodes.UsageOrUnreadable;
            }

            EmitManifest manifest = EmitManifest.Load(outFolder);
            bool errors = sourceProblems;
            var families = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (EmittedDefinition definition in definitions)
            {
                TaskDefinitionDocument document = TaskDefinitionDocument.Parse(definition.Json);
                string name = FileNameFor(document.Definition?.Family);
                if (families.TryGetValue(name, out string? firstSource))
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: family '" + name + "' comes from both " + firstSource + " and " + definition.SourceType + "; each family is one file"));
                    errors = true;
                    continue;
                }

                families[name] = definition.SourceType;
                string fileName = name + settings.Format.Extension;
                string path = Path.Combine(outFolder, fileName);
                string display = InputExpander.Display(path, console.WorkingDirectory);
                bool definitionErrors = false;
                (RuleFilter filter, _) = settings.Validation.For(new InputItem(path, display, named: true), console.WorkingDirectory);
                foreach (RuleDiagnostic found in FindingOrder.Sort(TaskDefinitionDocument.Parse(definition.Json, display).Validate(filter.Options)))
                {
                    if (filter.Apply(InFormat(found, settings.Format)) is not RuleDiagnostic finding)
                    {
                        continue;
                    }

                    definitionErrors |= finding.Severity == RuleSeverity.Error;
                    console.Out.WriteLine(settings.MsBuild ? MsBuildFormatter.Line(finding, path) : TextFormatter.Line(finding, display, console.ColorOutput));
                }

                errors |= definitionErrors;
                if (definitionErrors && !settings.AllowErrors)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: " + display + ": not written: the definition has errors (fix them, or write it anyway with --allow-errors)"));
                    continue;
                }

                if (document.Definition is null)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + display + ": not written: the definition could not be read"));
                    errors = true;
                    continue;
                }

                if (Write(path, fileName, display, settings.Format.Render(document.Definition, definition.Json), manifest, settings.Force, console))
                {
                    console.Out.WriteLine(TerminalText.Line("wrote " + display));
                }
                else
                {
                    errors = true;
                }
            }

            errors |= !RemoveGoneFamilies(outFolder, families, manifest, settings, console);
            try
            {
                manifest.Save(outFolder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + Path.Combine(outDisplay, EmitManifest.FileName) + ": cannot write: " + InputExpander.Describe(exception)));
                errors = true;
            }

            return errors ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        /// <summary>
        /// <c>taskdef emit FILE…</c>: the definitions files hold (any form taskdef reads, every definition of a template
        /// or .tf file), written as register input or converted, under the same rules as an assembly's.
        /// </summary>
        private static int RunFiles(string[] inputs, string outFolder, EmitSettings settings, CliConsole console)
        {
            var definitions = new List<EmittedDefinition>();
            bool problems = false;
            foreach (string input in inputs)
            {
                List<NamedDefinition>? found = DefinitionFile.Read(input, console, out string display, out string? why);
                if (found is null)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + display + ": error TDK0001: " + why));
                    problems = true;
                    continue;
                }

                foreach (NamedDefinition named in found)
                {
                    TaskDefinition? model = DefinitionFile.Model(named, out string problem);
                    if (model is null)
                    {
                        console.Error.WriteLine(TerminalText.Line("taskdef: " + display + ": error TDK0001: " + problem));
                        problems = true;
                        continue;
                    }

                    // The model's own JSON: describe-output members dropped, what ECS would register.
                    definitions.Add(new EmittedDefinition(display + " (" + named.Label + ")", TaskDefinitionJson.SerializeToUtf8(model)));
                }
            }

            if (definitions.Count == 0)
            {
                return ExitCodes.UsageOrUnreadable;
            }

            int exit = WriteAll(definitions, problems, outFolder, settings, console);
            return problems && exit == ExitCodes.Success ? ExitCodes.ErrorsFound : exit;
        }

        /// <summary>
        /// A finding about the JSON, for a file in another format: its position is the JSON's, so it is left out, and
        /// the message names members as that format does.
        /// </summary>
        private static RuleDiagnostic InFormat(RuleDiagnostic finding, EmitFormat format)
        {
            if (format == EmitFormat.Json)
            {
                return finding;
            }

            string message = format == EmitFormat.Terraform
                ? TerraformNames.InMessage(finding.MarkedMessage)
                : finding.MessageNaming(CloudFormationNames.PropertyName);
            return new RuleDiagnostic(finding.RuleId, finding.Severity, message, finding.Pointer);
        }

        /// <summary>Writes one family's file; false (after one error line) when it cannot or may not be written.</summary>
        private static bool Write(string path, string fileName, string display, byte[] bytes, EmitManifest manifest, bool force, CliConsole console)
        {
            string? refusal = System.Text.Encoding.UTF8.GetByteCount(fileName) > MaxFileNameBytes
                ? "the name is " + System.Text.Encoding.UTF8.GetByteCount(fileName) + " bytes, more than the " + MaxFileNameBytes + " a file name may have (shorten the family)"
                : PendingFile.Refusal(path);
            try
            {
                byte[]? current = refusal is null && File.Exists(path) ? ReadExisting(path, out refusal) : null;
                if (current != null)
                {
                    if (current.AsSpan().SequenceEqual(bytes))
                    {
                        // Unchanged: not rewritten (its timestamp stays, incremental builds stay incremental).
                        manifest.Record(fileName, bytes);
                        return true;
                    }

                    if (!force && !manifest.IsUnchangedOutput(fileName, current))
                    {
                        refusal = manifest.Lists(fileName)
                            ? "was edited since emit wrote it; not replaced (--force replaces it)"
                            : "exists and was not written by taskdef emit; not replaced (--force replaces it)";
                    }
                }

                if (refusal is null)
                {
                    PendingFile.WriteAllBytes(path, bytes);
                    manifest.Record(fileName, bytes);
                    return true;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                refusal = "cannot write: " + InputExpander.Describe(exception);
            }

            console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + display + ": " + refusal));
            return false;
        }

        /// <summary>
        /// Files emit wrote for families no longer registered: listed without <c>--clean</c>, removed with it (an
        /// edited one only with <c>--force</c>). False when one could not be removed.
        /// </summary>
        private static bool RemoveGoneFamilies(string outFolder, Dictionary<string, string> families, EmitManifest manifest, EmitSettings settings, CliConsole console)
        {
            bool ok = true;
            foreach (string fileName in new List<string>(manifest.Files))
            {
                if (families.ContainsKey(EmitFormat.FamilyOfFile(fileName)))
                {
                    continue;
                }

                string path = Path.Combine(outFolder, fileName);
                string display = InputExpander.Display(path, console.WorkingDirectory);
                if (!File.Exists(path) || new FileInfo(path).LinkTarget != null)
                {
                    manifest.Forget(fileName);
                    continue;
                }

                if (!settings.Clean)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: note: " + display + " is from a family the assembly no longer registers (--clean removes it)"));
                    continue;
                }

                try
                {
                    byte[]? current = ReadExisting(path, out string? notRegular);
                    if (current is null || (!settings.Force && !manifest.IsUnchangedOutput(fileName, current)))
                    {
                        console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + display + ": " + (notRegular ?? "was edited since emit wrote it; not removed (--force removes it)")));
                        ok = false;
                        continue;
                    }

                    File.Delete(path);
                    manifest.Forget(fileName);
                    console.Out.WriteLine(TerminalText.Line("removed " + display));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: emit: error: " + display + ": cannot remove: " + InputExpander.Describe(exception)));
                    ok = false;
                }
            }

            return ok;
        }

        /// <summary>
        /// The bytes of a file already in the output folder, read without blocking: a FIFO or device put there in
        /// place of a family's file is refused, not waited on.
        /// </summary>
        private static byte[]? ReadExisting(string path, out string? refusal)
        {
            using FileStream stream = InputFile.Open(path);
            if (!stream.CanSeek)
            {
                refusal = "is not a regular file (a FIFO, socket or device); not replaced";
                return null;
            }

            refusal = null;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
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
    }
}
