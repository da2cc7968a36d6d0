using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Cli.Input.Kinds.Ecs;
using TaskDefKit.Cli.Output;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Render
{
    /// <summary>
    /// <c>taskdef render</c> on a service: a create-service input (or one service of describe-services output, written
    /// back as the create-service input that would make it, read-only members dropped) pointed at the task definition
    /// revision being deployed, and judged by the service rules — what a deployment step writes before
    /// <c>aws ecs create-service --cli-input-json</c>.
    /// </summary>
    internal static class ServiceRenderer
    {
        /// <summary>True when <paramref name="kind"/> is an input this renderer takes.</summary>
        public static bool Takes(InputKind kind) => kind is CreateServiceKind or DescribeServicesKind;

        public static int Run(InputItem item, byte[] bytes, InputKind kind, string? taskDefinition, string? serviceName, string? outPath, CliConsole console)
        {
            EcsInputDocument<ServiceDefinition>? document = Select(bytes, item.DisplayPath, kind, serviceName, out List<RuleDiagnostic> readFindings, out string? problem);
            foreach (RuleDiagnostic finding in readFindings)
            {
                // Read-only members of describe output are dropped by design; everything else the reader found is said.
                if (finding.Severity == RuleSeverity.Error || !finding.Message.Contains("read-only member", StringComparison.Ordinal))
                {
                    console.Error.WriteLine(TextFormatter.Line(finding, item.DisplayPath, color: false));
                }
            }

            if (document?.Value is null)
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": " + (problem ?? "not rendered; fix the errors above first.")));
                return ExitCodes.UsageOrUnreadable;
            }

            if (TaskDefinitionDocument.HasErrors(readFindings))
            {
                console.Error.WriteLine(TerminalText.Line("taskdef: " + item.DisplayPath + ": not rendered; fix the errors above first."));
                return ExitCodes.ErrorsFound;
            }

            ServiceDefinition service = document.Value;
            if (taskDefinition != null)
            {
                service.TaskDefinition = taskDefinition;
            }

            byte[] rendered = new UTF8Encoding(false).GetBytes(ServiceJson.Serialize(service) + "\n");
            if (outPath != null)
            {
                try
                {
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
                console.Out.Write(Encoding.UTF8.GetString(rendered));
            }

            // Findings refer to the rendered JSON, which is what gets created; its task definition is not at hand (judged alone).
            string outDisplay = outPath ?? "<stdout>";
            EcsInputDocument<ServiceDefinition> written = ServiceJson.ParseService(rendered, outDisplay);
            bool errors = false;
            foreach (RuleDiagnostic finding in CreateServiceKind.Judge(written, null, ValidationOptions.Default))
            {
                errors |= finding.Severity == RuleSeverity.Error;
                console.Error.WriteLine(TextFormatter.Line(finding, outDisplay, color: false));
            }

            return errors ? ExitCodes.ErrorsFound : ExitCodes.Success;
        }

        private static EcsInputDocument<ServiceDefinition>? Select(byte[] bytes, string display, InputKind kind, string? serviceName, out List<RuleDiagnostic> findings, out string? problem)
        {
            problem = null;
            if (kind is CreateServiceKind)
            {
                EcsInputDocument<ServiceDefinition> input = ServiceJson.ParseService(bytes, display);
                findings = new List<RuleDiagnostic>(input.ReadDiagnostics);
                return input;
            }

            EcsDescribeDocument<ServiceDefinition> described = ServiceJson.ParseDescribeServices(bytes, display);
            findings = new List<RuleDiagnostic>(described.ReadDiagnostics);
            var names = new List<string>();
            EcsInputDocument<ServiceDefinition>? chosen = null;
            foreach (EcsInputDocument<ServiceDefinition> item in described.Items)
            {
                string name = item.Value?.ServiceName ?? "(unnamed)";
                names.Add(name);
                if (serviceName is null ? described.Items.Count == 1 : name == serviceName)
                {
                    chosen = item;
                    findings.AddRange(item.ReadDiagnostics);
                }
            }

            if (chosen is null && !TaskDefinitionDocument.HasErrors(findings))
            {
                problem = names.Count == 0 ? "no service in the describe-services output"
                    : serviceName is null ? "the output describes " + names.Count + " services (" + string.Join(", ", names) + "): name one with --service"
                    : "no service named '" + serviceName + "' (the output has: " + string.Join(", ", names) + ")";
            }

            return chosen;
        }
    }
}
