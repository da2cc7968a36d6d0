using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3013: EFS volumes are not supported on EXTERNAL (ECS Anywhere) instances or Windows containers (error); on
    /// Fargate they need Linux platform version 1.4.0 or later, and on EC2 access points and IAM authorization need container
    /// agent 1.38.0 or later (info).
    /// </summary>
    /// <remarks>Developer guide, "Use Amazon EFS volumes with Amazon ECS" (considerations) and "Storage options for Amazon
    /// ECS tasks" (EFS: Fargate, EC2, Managed Instances; Linux only).</remarks>
    [Rule("TDK3013", "EfsPlatform", RuleSeverity.Error, "EFS volume not supported on this platform")]
    // EC2 is implied while nothing is listed, so a later Fargate() call could change the answer.
    [BuilderInputs("/requiresCompatibilities", "/runtimePlatform", "/volumes", WholeDefinition = true)]
    internal sealed class Tdk3013EfsPlatform : TaskDefinitionRule
    {
        public override string Id => RuleIds.EfsPlatform;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                EfsVolumeConfiguration? efs = volume.EfsVolumeConfiguration;
                if (efs is null)
                {
                    continue;
                }

                if (context.IsExternal)
                {
                    context.Report(
                        Id,
                        Base(i),
                        Tdk3Text.Volume(volume, i) + " is an EFS volume, but EFS volumes are not supported on EXTERNAL (ECS Anywhere) instances: mount the file system on the host and use a host bind mount, or drop EXTERNAL from " + MemberName.Mark("requiresCompatibilities") + ".");
                }

                if (context.IsWindows)
                {
                    context.Report(
                        Id,
                        Base(i),
                        Tdk3Text.Volume(volume, i) + " is an EFS volume, but EFS volumes are supported for Linux containers only: use an FSx for Windows File Server volume for Windows tasks.");
                    continue;
                }

                if (context.IsFargate)
                {
                    context.Report(
                        Id,
                        Base(i),
                        Tdk3Text.Volume(volume, i) + " is an EFS volume: on Fargate it needs platform version 1.4.0 or later (LATEST qualifies), so do not pin an older " + MemberName.Mark("platformVersion") + " in the service or RunTask call.",
                        RuleSeverity.Info);
                }
                else if (context.IsEc2 && (efs.AuthorizationConfig?.AccessPointId != null || efs.AuthorizationConfig?.Iam == EfsIamAuthorization.Enabled))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "authorizationConfig"),
                        Tdk3Text.Volume(volume, i) + " uses an EFS access point or IAM authorization: on EC2 the container instances need ECS agent 1.38.0 or later (ECS-optimized AMI 20200319 or later).",
                        RuleSeverity.Info);
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "efsVolumeConfiguration");
    }
}
