using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary>What the EventBridge, Scheduler and Application Auto Scaling kinds share: read, judge, place in the file.</summary>
    internal static class DeploymentJudge
    {
        /// <summary>The report of one read input: reading's findings, then the validator's placed in the file.</summary>
        public static FileReport Report<T>(InputContext input, EcsInputDocument<T> document, System.Func<T, IEnumerable<RuleDiagnostic>> validate, string? note = null)
            where T : class
        {
            if (document.Value is null)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            foreach (RuleDiagnostic finding in validate(document.Value))
            {
                findings.Add(document.Place(finding));
            }

            return input.Report(findings, inputs: 1, note: note);
        }
    }
}
