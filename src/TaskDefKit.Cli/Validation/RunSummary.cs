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

        /// <summary>Other inputs judged: services, RunTask and cluster inputs, described services and clusters.</summary>
        public int Inputs { get; private set; }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Infos { get; private set; }

        public void Add(FileReport report)
        {
            Files++;
            Definitions += report.Definitions;
            Placements += report.Placements;
            Inputs += report.Inputs;
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

        /// <summary>
        /// True when no input held a task definition, placement or other judged input (a folder of main.tf, a YAML file that is not
        /// a template): a pipeline must not go green having checked nothing.
        /// </summary>
        public bool NothingValidated => Definitions == 0 && Placements == 0 && Inputs == 0;

        /// <summary>
        /// 2 when nothing could be read, 1 for any error (a malformed template that holds no task definition is
        /// still an error found), 2 when nothing was validated, else 0.
        /// </summary>
        public int ExitCode =>
            Files == Unreadable ? ExitCodes.UsageOrUnreadable
            : Errors > 0 ? ExitCodes.ErrorsFound
            : NothingValidated ? ExitCodes.UsageOrUnreadable
            : ExitCodes.Success;
    }
}
