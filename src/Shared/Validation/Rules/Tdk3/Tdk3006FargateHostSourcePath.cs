using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3006: on Fargate a bind mount may not set <c>host.sourcePath</c>.</summary>
    /// <remarks>ECS API model, <c>HostVolumeProperties.sourcePath</c>: "If you're using the Fargate launch type, the
    /// sourcePath parameter is not supported." AWS: "Fargate compatible task definitions do not support sourcePath"
    /// (https://github.com/cloudposse/terraform-aws-ecs-alb-service-task/issues/174).</remarks>
    [Rule("TDK3006", "FargateHostSourcePath", RuleSeverity.Error, "Host source path not allowed on Fargate")]
    [BuilderInputs("/requiresCompatibilities", "/volumes")]
    internal sealed class Tdk3006FargateHostSourcePath : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateHostSourcePath;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                string? sourcePath = volume.Host?.SourcePath;
                if (string.IsNullOrEmpty(sourcePath))
                {
                    continue;
                }

                context.Report(
                    Id,
                    JsonPointer.Member(JsonPointer.Member(JsonPointer.Volume(i), "host"), "sourcePath"),
                    Tdk3Text.Volume(volume, i) + " binds host path '" + sourcePath + "', but Fargate tasks have no host file system (AWS: \"Fargate compatible task definitions do not support sourcePath\"): "
                    + "remove " + MemberName.Mark("sourcePath") + " to get task-scoped storage, or use an EFS volume for persistent data.");
            }
        }
    }
}
