using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9211: the repository's image tags are immutable (Security Hub ECR.2).</summary>
    /// <remarks>Source: ECR API model <c>ImageTagMutability</c> (MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION; default MUTABLE); Security Hub ECR.2.</remarks>
    [Rule("TDK9211", "RepositoryTagImmutability", RuleSeverity.Info, "ECR repository image tags are mutable",
        Controls = new[] { "ECR.2", "CKV_AWS_51", "AVD-AWS-0031", "CT.ECR.PR.3" })]
    internal sealed class Tdk9211RepositoryTagImmutability : EcrRule
    {
        public override string Id => RuleIds.RepositoryTagImmutability;

        public override void Check(EcrValidationContext context)
        {
            EcrRepository? repository = context.Repository;
            if (repository is null || repository.SettingsUnknown)
            {
                return;
            }

            string? mutability = repository.ImageTagMutability;
            if (mutability is null || mutability == "MUTABLE" || mutability == "MUTABLE_WITH_EXCLUSION")
            {
                context.Report(Id, "/imageTagMutability", "Repository " + Tdk9210RepositoryScanOnPush.Name(repository) + " has "
                    + (mutability ?? "MUTABLE (the default)") + " image tags (Security Hub ECR.2): set " + MemberName.Mark("imageTagMutability") + " to IMMUTABLE so a pushed tag always names the same image"
                    + " (IMMUTABLE_WITH_EXCLUSION keeps chosen tags such as latest movable).");
            }
        }
    }
}
