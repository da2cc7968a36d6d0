using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7009: a Fargate service or task pinned to a platform version older than the latest. <c>LATEST</c> (or no
    /// <c>platformVersion</c>) passes, and so does the latest version pinned by number — <c>1.4.0</c> for Linux,
    /// <c>1.0.0</c> for Windows — as AWS Security Hub ECS.10 and AWS Config's ecs-fargate-latest-platform-version accept it.
    /// </summary>
    /// <remarks>
    /// Sources: Security Hub ECS.10 (parameters latestLinuxVersion 1.4.0, latestWindowsVersion 1.0.0); ECS developer guide,
    /// Fargate platform versions ("The latest Linux platform version is 1.4.0. The latest Windows platform version is 1.0.0.").
    /// Without the task definition the operating system is unknown, so 1.0.0 (latest on Windows) is then not reported.
    /// </remarks>
    [Rule("TDK7009", "FargatePlatformVersionPinned", RuleSeverity.Info, "Fargate platform version pinned", Controls = new[] { "ECS.10", "CKV_AWS_332", "CT.ECS.PR.1" })]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion")]
    internal sealed class Tdk7009FargatePlatformVersionPinned : ServiceRule
    {
        private const string LatestLinux = "1.4.0";
        private const string LatestWindows = "1.0.0";

        public override string Id => RuleIds.FargatePlatformVersionPinned;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            string? version = launch.PlatformVersion;
            if (version is null || version == "LATEST" || !launch.IsFargate)
            {
                return;
            }

            bool? windows = IsWindows(context.TaskDefinition);
            string latest = windows == true ? LatestWindows : LatestLinux;
            if (version == latest || (windows is null && version == LatestWindows))
            {
                return;
            }

            context.Report(Id, "/platformVersion", "The " + launch.Noun + " is pinned to Fargate platform version " + version + "; the latest "
                + (windows == true ? "Windows" : "Linux") + " version is " + latest + ". Use 'LATEST' (or omit " + MemberName.Mark("platformVersion") + ") to get platform fixes.");
        }

        /// <summary>True for a Windows task definition, false for Linux (the default), null when the task definition is unknown.</summary>
        private static bool? IsWindows(TaskDefinition? taskDefinition)
        {
            if (taskDefinition is null)
            {
                return null;
            }

            string? family = taskDefinition.RuntimePlatform?.OperatingSystemFamily?.Value;
            return family != null && family.StartsWith("WINDOWS", System.StringComparison.Ordinal);
        }
    }
}
