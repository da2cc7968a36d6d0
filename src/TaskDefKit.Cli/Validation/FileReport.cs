using System.Collections.Generic;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>What validating one input found. Reports are written and dropped one at a time (bounded memory).</summary>
    internal sealed class FileReport
    {
        public FileReport(string displayPath, bool read, IReadOnlyList<RuleDiagnostic> findings, int definitions, string? note = null, int placements = 0, int inputs = 0)
        {
            Inputs = inputs;
            Placements = placements;
            DisplayPath = displayPath;
            Read = read;
            Findings = findings;
            Definitions = definitions;
            Note = note;
        }

        /// <summary>
        /// A report to be made at the end of the run (a service judged once every task definition of the run is read):
        /// not written now; <see cref="Resume"/> makes the real report.
        /// </summary>
        public static FileReport Later(string displayPath, System.Func<FileReport> resume) =>
            new FileReport(displayPath, read: true, System.Array.Empty<RuleDiagnostic>(), 0) { Resume = resume };

        /// <summary>Set on a report made with <see cref="Later"/>.</summary>
        public System.Func<FileReport>? Resume { get; private init; }

        public string DisplayPath { get; }

        /// <summary>False when the input could not be read at all (its only finding says why).</summary>
        public bool Read { get; }

        /// <summary>Findings at or above the severity threshold, by line, column and rule (<see cref="FindingOrder"/>).</summary>
        public IReadOnlyList<RuleDiagnostic> Findings { get; }

        /// <summary>How many task definitions the input held (a template may hold several).</summary>
        public int Definitions { get; }

        /// <summary>How many placements (placement documents, CreateService/UpdateService/RunTask inputs) the input held.</summary>
        public int Placements { get; }

        /// <summary>How many other inputs (services, RunTask and cluster inputs, described services …) the input held.</summary>
        public int Inputs { get; }

        /// <summary>Why a readable input was not validated (for example placement input).</summary>
        public string? Note { get; }
    }
}
