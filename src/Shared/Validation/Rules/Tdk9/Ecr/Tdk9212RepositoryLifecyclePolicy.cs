using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9212: the repository has a lifecycle policy (Security Hub ECR.3).</summary>
    /// <remarks>Source: Security Hub ECR.3 "ECR repositories should have at least one lifecycle policy configured".</remarks>
    [Rule("TDK9212", "RepositoryLifecyclePolicy", RuleSeverity.Info, "ECR repository has no lifecycle policy",
        Controls = new[] { "ECR.3", "CT.ECR.PR.1" })]
    internal sealed class Tdk9212RepositoryLifecyclePolicy : EcrRule
    {
        public override string Id => RuleIds.RepositoryLifecyclePolicy;

        public override void Check(EcrValidationContext context)
        {
            EcrRepository? repository = context.Repository;
            if (repository is null || repository.SettingsUnknown || context.Policy != null || repository.HasLifecyclePolicy != false)
            {
                return;
            }

            context.Report(Id, string.Empty, "Repository " + Tdk9210RepositoryScanOnPush.Name(repository)
                + " has no lifecycle policy (Security Hub ECR.3): add one (PutLifecyclePolicy, or LifecyclePolicy.LifecyclePolicyText in CloudFormation), e.g. expire untagged images after 14 days.");
        }
    }
}
