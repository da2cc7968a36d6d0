using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>Counts over a whole run; the only state kept across files.</summary>
    internal sealed class RunSummary
    {
        public int Files { get; private set; }

        public int Unreadable { get; private set; }

        public int Definitions { get; private set; }

        public int Placements { get; private set; }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Infos { get; private set; }

        public void Add(FileReport report)
        {
            Files++;
            Definitions += report.Definitions;
            Placements += report.Placements;
            if (!report.Read)
            {
                Unreadable++;
            }

            foreach (RuleDiagnostic finding in report.Findings)
            {
                switch (finding.Severity)
                {
                    case RuleSeverity.Error:
                        Errors++;
                        break;
                    case RuleSeverity.Warning:
                        Warnings++;
                        break;
                    default:
                        Infos++;
                        break;
                }
            }
        }

        /// <summary>2 when nothing could be read, 1 for any error, else 0.</summary>
        public int ExitCode => Files == Unreadable ? ExitCodes.UsageOrUnreadable : Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }
}
