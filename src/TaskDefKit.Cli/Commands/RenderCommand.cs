using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Render;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef render</c>: a definition for one deployment, with a new image (and environment) for one container,
    /// written as register input (describe output is accepted and converted) and validated.
    /// </summary>
    internal static class RenderCommand
    {
        public static Command Create(CliConsole console)
        {
            var file = new Argument<string>("file") { Description = "Task definition JSON (register input or describe output), or - for stdin." };
            var container = new Option<string>("--container") { Description = "The container to update.", Required = true };
            var image = new Option<string>("--image") { Description = "The new image URI.", Required = true };
            var env = new Option<string[]>("--env") { Description = "KEY=VALUE environment variable to set (repeatable)." };
            var output = new Option<string?>("--out", "-o") { Description = "Write the JSON here instead of stdout." };
            var command = new Command("render", "Set a container's image and environment for a deployment, like amazon-ecs-render-task-definition.")
            {
                file, container, image, env, output,
            };
            command.SetAction(parse =>
            {
                var variables = new List<KeyValuePair<string, string>>();
                foreach (string text in parse.GetValue(env) ?? Array.Empty<string>())
                {
                    variables.Add(TaskDefinitionRenderer.ParseVariable(text));
                }

                return Run(parse.GetValue(file)!, parse.GetValue(container)!, parse.GetValue(image)!, variables, parse.GetValue(output), console);
            });
            return command;
        }

        private static int Run(string path, string containerName, string image, List<KeyValuePair<string, string>> variables, string? outPath, CliConsole console)
        {
            InputItem item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? problem);
            if (bytes is null)
            {
                console.Error.WriteLine(item.DisplayPath + ": error TDK0001: " + problem!.Message);
                return ExitCodes.UsageOrUnreadable;
            }

            Input.Kinds.InputKind kind = DocumentSniffer.Recognise(bytes, item.Path);
            if ((kind.Document == DocumentKind.ApiInput ? kind.Name : NotTaskDefinitionJson(kind.Document)) is string what)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": render takes register-input or describe-output task definition JSON only; this is " + what + "."));
                return ExitCodes.UsageOrUnreadable;
            }

            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(bytes, item.DisplayPath);
            if (document.Definition is null)
            {
                foreach (RuleDiagnostic finding in document.ReadDiagnostics)
                {
                    console.Error.WriteLine(TextFormatter.Line(finding, item.DisplayPath, color: false));
                }

                return ExitCodes.UsageOrUnreadable;
            }

            bool readErrors = false;
            var dropped = new List<string>();
            foreach (RuleDiagnostic finding in document.ReadDiagnostics)
            {
                if (IsDroppedReadOnlyMember(finding))
                {
                    // describe-task-definition output saved without its wrapper: the reader already left the member
                    // out of the model, so the rendered JSON is registrable. Not a reason to refuse.
                    dropped.Add(finding.Pointer.TrimStart('/'));
                }
                else if (finding.Severity == TaskDefKit.Rules.RuleSeverity.Error)
                {
                    // A value the model could not take (wrong JSON type) would vanish from the output: stop instead.
                    readErrors = true;
                    console.Error.WriteLine(TextFormatter.Line(finding, item.DisplayPath, color: false));
                }
            }

            if (readErrors)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": not rendered; fix the errors above first."));
                return ExitCodes.ErrorsFound;
            }

            if (dropped.Count > 0)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": dropped describe-task-definition read-only member(s): " + string.Join(", ", dropped) + "."));
            }

            TaskDefinition definition = document.Definition;
            string? error = TaskDefinitionRenderer.Apply(definition, containerName, image, variables);
            if (error != null)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": " + error));
                return ExitCodes.UsageOrUnreadable;
            }

            byte[] rendered = TaskDefinitionJson.SerializeToUtf8(definition);
            string outDisplay = outPath ?? "<stdout>";
            if (outPath != null)
            {
                try
                {
                    // Atomic: `render in.json … -o in.json` replaces the input only with a complete file.
                    FileSystem.PendingFile.WriteAllBytes(Path.GetFullPath(outPath, console.WorkingDirectory), rendered);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine(TerminalText.Line("taskdef: " + outPath + ": cannot write: " + InputExpander.Describe(exception)));
                    return ExitCodes.UsageOrUnreadable;
                }
            }
            else
            {
                console.Out.Write(System.Text.Encoding.UTF8.GetString(rendered));
            }

            // Findings refer to the rendered JSON, which is what gets registered.
            bool errors = false;
            foreach (RuleDiagnostic finding in TaskDefinitionDocument.Parse(rendered, outDisplay).Validate())
            {
                errors |= finding.Severity == TaskDefKit.Rules.RuleSeverity.Error;
                console.Error.WriteLine(TextFormatter.Line(finding, outDisplay, color: false));
            }

            return errors ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        /// <summary>What the input is when render cannot take it (validate reads these, render does not rewrite them).</summary>
        private static string? NotTaskDefinitionJson(DocumentKind kind) => kind switch
        {
            DocumentKind.CloudFormationJson => "a CloudFormation template",
            DocumentKind.Yaml => "YAML (a CloudFormation template or other YAML)",
            DocumentKind.ContainerDefinitionsJson => "a JSON array (Terraform container_definitions, or a task definition wrapped in [ ])",
            DocumentKind.PlacementJson => "placement input, not a task definition",
            DocumentKind.TerraformHcl => "a Terraform file",
            DocumentKind.TerraformPlanJson => "a Terraform plan",
            _ => null,
        };

        /// <summary>
        /// A TDK1029 finding for a describe-output read-only member (<c>taskDefinitionArn</c>, <c>revision</c> …) at
        /// the top level of register input: the reader drops it from the model and says TaskDefKit leaves it out when
        /// it writes JSON, which is exactly what render does.
        /// </summary>
        internal static bool IsDroppedReadOnlyMember(RuleDiagnostic finding) =>
            finding.RuleId == TaskDefKit.Rules.RuleIds.UnknownMember &&
            finding.Pointer.LastIndexOf('/') == 0 &&
            TaskDefKit.Json.ReadOnlyMembers.IsReadOnly(finding.Pointer.Substring(1));
    }
}
