using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>One input being judged: its bytes, the run's settings, its rule filter, and how to build its report.</summary>
    internal sealed class InputContext
    {
        public InputContext(InputItem item, byte[] bytes, ValidateSettings settings, RuleFilter filter, TaskDefinitionCatalog? taskDefinitions = null)
        {
            Item = item;
            Bytes = bytes;
            Settings = settings;
            Filter = filter;
            TaskDefinitions = taskDefinitions;
        }

        public InputItem Item { get; }

        public byte[] Bytes { get; }

        /// <summary>The path as printed; findings' locations use it.</summary>
        public string Display => Item.DisplayPath;

        public ValidateSettings Settings { get; }

        public RuleFilter Filter { get; }

        /// <summary>Ignored rules, severities and launch type for the validators.</summary>
        public ValidationOptions Options => Filter.Options;

        /// <summary>
        /// The task definitions this run can pair a service or RunTask input with (<c>--task-definition</c>, and those
        /// read from the other inputs); null when pairing does not apply.
        /// </summary>
        public TaskDefinitionCatalog? TaskDefinitions { get; }

        /// <summary>A read input's report: findings filtered by the rule filter and sorted.</summary>
        public FileReport Report(IEnumerable<RuleDiagnostic> findings, int definitions = 0, int placements = 0, int inputs = 0, string? note = null) =>
            new FileReport(Display, read: true, Sort(findings), definitions, note, placements, inputs);

        /// <summary>An input whose reading failed as a whole: its findings as they are (the input counts as unread).</summary>
        public FileReport Unread(IReadOnlyList<RuleDiagnostic> findings) => new FileReport(Display, read: false, findings, 0);

        /// <summary>One TDK0002 finding: the input is not what any kind reads, and why.</summary>
        public FileReport Unrecognised(string message, int line = 1, int column = 1, string pointer = "") =>
            new FileReport(Display, read: false, new[]
            {
                new RuleDiagnostic(RuleIds.UnrecognisedDocument, RuleSeverity.Error, message, pointer, new SourceLocation(Display, line, column)),
            }, 0);

        private List<RuleDiagnostic> Sort(IEnumerable<RuleDiagnostic> findings)
        {
            var kept = new List<RuleDiagnostic>();
            foreach (RuleDiagnostic finding in findings ?? Array.Empty<RuleDiagnostic>())
            {
                RuleDiagnostic? applied = Filter.Apply(finding);
                if (applied != null)
                {
                    kept.Add(applied);
                }
            }

            return FindingOrder.Sort(kept);
        }
    }
}
