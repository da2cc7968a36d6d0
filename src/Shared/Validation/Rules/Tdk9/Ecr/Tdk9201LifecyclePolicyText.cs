using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9201: the lifecycle policy text is a JSON object with a non-empty <c>rules</c> array, 100–30,720 characters long.</summary>
    /// <remarks>Source: ECR API model <c>LifecyclePolicyText</c> (min 100, max 30720); ECR service quotas "Lifecycle policy length".</remarks>
    [Rule("TDK9201", "LifecyclePolicyText", RuleSeverity.Error, "Lifecycle policy text is not a valid lifecycle policy document")]
    internal sealed class Tdk9201LifecyclePolicyText : EcrRule
    {
        private const int MinLength = LifecyclePolicy.MinTextLength;
        private const int MaxLength = LifecyclePolicy.MaxTextLength;

        public override string Id => RuleIds.LifecyclePolicyText;

        public override void Check(EcrValidationContext context)
        {
            LifecyclePolicy? policy = context.Policy;
            if (policy is null)
            {
                return;
            }

            foreach (LifecyclePolicyReadProblem problem in policy.ReadProblems)
            {
                context.Report(Id, problem.Pointer, problem.Message);
            }

            if (policy.TextLength is int length && length > MaxLength)
            {
                context.Report(Id, string.Empty, "The lifecycle policy text is " + length + " characters long; ECR accepts at most " + MaxLength
                    + " (a service quota that cannot be raised), so its rules were not judged: merge rules with tagPatternList patterns instead of listing tags one by one.");
            }
            else if (policy.TextLength is int shortLength && shortLength < MinLength && policy.ReadProblems.Count == 0 && policy.Rules.Count > 0)
            {
                context.Report(Id, string.Empty, "The lifecycle policy text is " + shortLength + " characters long; PutLifecyclePolicy requires at least " + MinLength
                    + ": a policy needs at least one complete rule with rulePriority, selection and action.");
            }

            if (policy.Rules.Count == 0 && policy.ReadProblems.Count == 0 && !(policy.TextLength > MaxLength))
            {
                context.Report(Id, "/rules", "The lifecycle policy has no rules: add at least one rule with rulePriority, selection and action.");
            }
        }
    }
}
