using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1013: on Fargate, task-level <c>cpu</c> and <c>memory</c> are both required.</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.cpu: "This field is required for Fargate"; memory: "If using the
    /// Fargate launch type, this field is required"; cfn-lint E3048; CDK.</remarks>
    [Rule("TDK1013", "FargateTaskSizeRequired", RuleSeverity.Error, "Fargate requires task-level cpu and memory")]
    internal sealed class Tdk1013FargateTaskSizeRequired : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateTaskSizeRequired;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            if (context.Definition.Cpu is null)
            {
                context.Report(
                    Id,
                    "/cpu",
                    "Fargate tasks need a task-level '" + MemberName.Mark("cpu") + "': add one of the Fargate sizes, for example \"" + MemberName.Mark("cpu") + "\": \"256\" (0.25 vCPU)" +
                    (context.IsWindows ? " or \"1024\" for Windows." : "."));
            }

            if (context.Definition.Memory is null)
            {
                context.Report(
                    Id,
                    "/memory",
                    "Fargate tasks need a task-level '" + MemberName.Mark("memory") + "': add a value that fits the task " + MemberName.Mark("cpu") + ", for example \"" + MemberName.Mark("memory") + "\": \"512\" with " + MemberName.Mark("cpu") + " \"256\"" +
                    (context.IsWindows ? " or \"2048\" with " + MemberName.Mark("cpu") + " \"1024\" for Windows." : "."));
            }
        }
    }
}
