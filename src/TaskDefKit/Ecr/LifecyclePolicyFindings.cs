using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Ecr
{
    /// <summary>
    /// Where a lifecycle policy finding is inside the policy text, as a UTF-8 byte offset of the text: its pointer's
    /// value, or — for malformed JSON, whose pointer is the whole text — the place the JSON reader stopped.
    /// </summary>
    internal static class LifecyclePolicyFindings
    {
        public static long? InnerOffset(LifecyclePolicy? policy, RuleDiagnostic finding, JsonLocator text) =>
            FaultOffset(policy, finding) ?? text.Offset(finding.Pointer);

        /// <summary>The offset of the read problem <paramref name="finding"/> reports, when the reader knew one.</summary>
        public static long? FaultOffset(LifecyclePolicy? policy, RuleDiagnostic finding)
        {
            if (policy is null || finding.Pointer.Length != 0 || finding.RuleId != RuleIds.LifecyclePolicyText)
            {
                return null;
            }

            foreach (LifecyclePolicyReadProblem problem in policy.ReadProblems)
            {
                if (problem.TextOffset is long at && problem.Message == finding.MarkedMessage)
                {
                    return at;
                }
            }

            return null;
        }
    }
}
