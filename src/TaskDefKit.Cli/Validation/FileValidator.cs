using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Input;
using TaskDefKit.Json;
using TaskDefKit.Placement;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// Validates one input of any supported kind and returns its report. Bad input of every sort (missing, binary,
    /// too large, malformed, too deep) becomes one TDK0001 finding that names the file and the problem; nothing throws.
    /// </summary>
    internal static class FileValidator
    {
        public static FileReport Validate(InputItem item, ValidateSettings settings, CliConsole console) =>
            Validate(Prepare(item, settings, console), settings, console);

        /// <summary>
        /// The part that is not thread-safe (configuration lookup, cached per folder): done in input order on one thread,
        /// so that <see cref="Validate(Prepared, ValidateSettings, CliConsole)"/> can run on many.
        /// </summary>
        public static Prepared Prepare(InputItem item, ValidateSettings settings, CliConsole console)
        {
            if (item.Problem != null)
            {
                return new Prepared(item, null, 0);
            }

            (RuleFilter filter, long maxBytes) = settings.For(item, console.WorkingDirectory);
            return new Prepared(item, filter, maxBytes);
        }

        /// <summary>
        /// Reads and validates a prepared input; safe to call from several threads at once, and never throws: a
        /// failure nobody foresaw becomes a TDK0003 finding on this input, and the run goes on with the others.
        /// </summary>
        public static FileReport Validate(Prepared prepared, ValidateSettings settings, CliConsole console)
        {
            InputItem item = prepared.Item;
            try
            {
                return ReadAndValidate(prepared, settings, console);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return new FileReport(item.DisplayPath, read: false, new[]
                {
                    new RuleDiagnostic(RuleIds.InternalError, RuleSeverity.Error, "internal error while validating this input (" + exception.GetType().Name + ": " + exception.Message + "); the other inputs were validated; please report this with the file", string.Empty, new SourceLocation(item.DisplayPath, 0, 0)),
                }, 0);
            }
        }

        /// <summary>
        /// Tests only: an input whose path contains this text fails as a defect would (no real input is meant to, so
        /// the batch behaviour around TDK0003 cannot be shown otherwise).
        /// </summary>
        internal static string? FaultMarkerForTests { get; set; }

        private static FileReport ReadAndValidate(Prepared prepared, ValidateSettings settings, CliConsole console)
        {
            InputItem item = prepared.Item;
            if (FaultMarkerForTests is string marker && item.Path.Contains(marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("injected fault");
            }

            if (item.Problem != null || prepared.Filter is null)
            {
                return Unreadable(item, new InputProblem(item.Problem ?? "not read"));
            }

            RuleFilter filter = prepared.Filter;
            long maxBytes = prepared.MaxBytes;
            byte[]? bytes = FileContentReader.Read(item, maxBytes, console.OpenStandardInput, out InputProblem? problem);
            if (bytes is null)
            {
                return problem!.Skipped
                    ? new FileReport(item.DisplayPath, read: true, Array.Empty<RuleDiagnostic>(), 0, problem.Message)
                    : Unreadable(item, problem);
            }

            try
            {
                return Validate(item, bytes, settings, filter);
            }
            catch (SourceParseException exception)
            {
                return Unreadable(item, new InputProblem(exception.Message, exception.Line, exception.Column));
            }
        }

        /// <summary>An input with the filter and size limit of its configuration.</summary>
        internal readonly struct Prepared
        {
            public Prepared(InputItem item, RuleFilter? filter, long maxBytes)
            {
                Item = item;
                Filter = filter;
                MaxBytes = maxBytes;
            }

            public InputItem Item { get; }

            public RuleFilter? Filter { get; }

            public long MaxBytes { get; }
        }

        private static FileReport Validate(InputItem item, byte[] bytes, ValidateSettings settings, RuleFilter filter)
        {
            string display = item.DisplayPath;
            DocumentKind kind = DocumentSniffer.Sniff(bytes, item.Path);
            switch (kind)
            {
                case DocumentKind.TaskDefinitionJson:
                {
                    TaskDefinitionDocument document = TaskDefinitionDocument.Parse(bytes, display);
                    IReadOnlyList<RuleDiagnostic> findings = document.Validate(filter.Options);
                    if (document.Form == DocumentForm.Unreadable)
                    {
                        // Not JSON or not an object: the reader's finding says why; the file counts as unread.
                        return new FileReport(display, read: false, findings, 0);
                    }

                    return new FileReport(display, read: true, Filter(findings, filter), 1);
                }

                case DocumentKind.ContainerDefinitionsJson:
                {
                    SourceNode array = JsonSourceReader.Read(bytes);
                    if (TerraformContainerDefinitions.WrappedTaskDefinitions(array, out SourceNode? at) is string wrapped)
                    {
                        // Not containers: the container rules would only add noise ('family' is not a member of
                        // ContainerDefinition, task-level cpu as a container's integer), so one finding says what to do.
                        return Unrecognised(item, wrapped, at!.Line, at.Column, "/" + array.Items.IndexOf(at));
                    }

                    TranslatedDocument translated = TerraformContainerDefinitions.Translate(array, settings.Task, item.Path);
                    return new FileReport(display, read: true, Filter(translated.Validate(filter.Options, display), filter), 1);
                }

                case DocumentKind.TerraformHcl:
                case DocumentKind.TerraformPlanJson:
                {
                    Input.Terraform.TerraformFileValidator.Outcome outcome = kind == DocumentKind.TerraformHcl
                        ? Input.Terraform.TerraformFileValidator.ValidateHcl(bytes, item.Path, display, filter.Options)
                        : Input.Terraform.TerraformFileValidator.ValidatePlan(JsonSourceReader.Read(bytes), display, filter.Options);
                    return new FileReport(display, read: !outcome.Unreadable, outcome.Unreadable ? outcome.Findings : Filter(outcome.Findings, filter), outcome.Definitions, outcome.Note);
                }

                case DocumentKind.PlacementJson:
                {
                    // A placement document, a CreateService/UpdateService/RunTask input or a bare documentation fragment:
                    // the TDK5 rules, with the launch type and scheduling strategy the input states (--launch-type also applies).
                    PlacementJsonDocument document = PlacementJsonDocument.Parse(bytes, display);
                    IReadOnlyList<RuleDiagnostic> findings = document.Validate(filter.Options);
                    if (document.Form == PlacementForm.Unreadable)
                    {
                        return new FileReport(display, read: false, findings, 0);
                    }

                    return new FileReport(display, read: true, Filter(findings, filter), 0, placements: 1);
                }

                default:
                {
                    IReadOnlyList<SourceNode> roots = kind == DocumentKind.Yaml ? YamlSourceReader.ReadAll(bytes) : new[] { JsonSourceReader.Read(bytes) };
                    var findings = new List<RuleDiagnostic>();
                    int count = 0;
                    bool anyTemplate = false;
                    foreach (SourceNode root in roots)
                    {
                        // Every document of a multi-document YAML stream ("---") is read; those that are templates are validated.
                        if (!CloudFormationTemplate.IsTemplate(root))
                        {
                            continue;
                        }

                        anyTemplate = true;
                        findings.AddRange(CloudFormationTemplate.ShapeFindings(root, display));
                        foreach (TranslatedDocument definition in CloudFormationTemplate.TaskDefinitions(root))
                        {
                            count++;
                            findings.AddRange(definition.Validate(filter.Options, display));
                        }
                    }

                    if (!anyTemplate)
                    {
                        if (!item.Named)
                        {
                            return new FileReport(display, read: true, Array.Empty<RuleDiagnostic>(), 0, "not a CloudFormation template; skipped");
                        }

                        return Unrecognised(item, "a YAML file that is not a CloudFormation template (no Resources); expected a task definition or a template");
                    }

                    return new FileReport(display, read: true, Filter(findings, filter), count, count == 0 ? "no " + CloudFormationTranslator.ResourceType + " resource in the template" : null);
                }
            }
        }

        private static List<RuleDiagnostic> Filter(IEnumerable<RuleDiagnostic> findings, RuleFilter filter)
        {
            var kept = new List<RuleDiagnostic>();
            foreach (RuleDiagnostic finding in findings)
            {
                RuleDiagnostic? applied = filter.Apply(finding);
                if (applied != null)
                {
                    kept.Add(applied);
                }
            }

            return FindingOrder.Sort(kept);
        }

        private static FileReport Unreadable(InputItem item, InputProblem problem) =>
            new FileReport(item.DisplayPath, read: false, new[]
            {
                new RuleDiagnostic(RuleIds.MalformedJson, RuleSeverity.Error, problem.Message, string.Empty, new SourceLocation(item.DisplayPath, problem.Line, problem.Column)),
            }, 0);

        private static FileReport Unrecognised(InputItem item, string message, int line = 1, int column = 1, string pointer = "") =>
            new FileReport(item.DisplayPath, read: false, new[]
            {
                new RuleDiagnostic(RuleIds.UnrecognisedDocument, RuleSeverity.Error, message, pointer, new SourceLocation(item.DisplayPath, line, column)),
            }, 0);
    }
}
