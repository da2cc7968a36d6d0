using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6017: on Fargate, the <c>awslogs</c> log driver needs an <c>executionRoleArn</c>.</summary>
    /// <remarks>AWS: "Fargate requires task definition to have execution role ARN to support log driver awslogs." (virtual-kubelet/virtual-kubelet#193); [EXECROLE].</remarks>
    [Rule("TDK6017", "FargateAwslogsRequiresExecutionRole", RuleSeverity.Error, "Fargate with awslogs requires an execution role")]
    [BuilderInputs("/executionRoleArn", "/requiresCompatibilities", "/containerDefinitions/*/logConfiguration", WholeDefinition = true)]
    internal sealed class Tdk6017FargateAwslogsRequiresExecutionRole : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateAwslogsRequiresExecutionRole;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || SecurityReferences.HasExecutionRole(context))
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container?.LogConfiguration?.LogDriver != LogDriver.Awslogs)
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "logDriver"),
                    SecurityReferences.ContainerLabel(container!, i) + " uses awslogs on Fargate, which needs a task execution role: set " + MemberName.Mark("executionRoleArn") + " to a role allowed logs:CreateLogStream and logs:PutLogEvents (for example one with the AmazonECSTaskExecutionRolePolicy).");
            }
        }
    }
}
