using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9210: the repository scans images on push (Security Hub ECR.1).</summary>
    /// <remarks>Source: ECR API model <c>ImageScanningConfiguration.scanOnPush</c> (default false); Security Hub ECR.1.</remarks>
    [Rule("TDK9210", "RepositoryScanOnPush", RuleSeverity.Info, "ECR repository does not scan images on push",
        Controls = new[] { "ECR.1", "CKV_AWS_163", "AVD-AWS-0030", "CT.ECR.PR.2" })]
    internal sealed class Tdk9210RepositoryScanOnPush : EcrRule
    {
        public override string Id => RuleIds.RepositoryScanOnPush;

        public override void Check(EcrValidationContext context)
        {
            EcrRepository? repository = context.Repository;
            if (repository is null || repository.SettingsUnknown || repository.ScanOnPush == true)
            {
                return;
            }

            context.Report(Id, repository.ScanOnPush is null ? "/imageScanningConfiguration" : "/imageScanningConfiguration/scanOnPush",
                "Repository " + Name(repository) + " does not scan images on push (Security Hub ECR.1): set " + MemberName.Mark("imageScanningConfiguration") + "." + MemberName.Mark("scanOnPush") + " to true, or configure enhanced scanning for the registry.");
        }

        internal static string Name(EcrRepository repository) => repository.RepositoryName is null ? "(unnamed)" : "'" + repository.RepositoryName + "'";
    }
}
