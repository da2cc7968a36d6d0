using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6016: on Fargate, an Amazon ECR private image needs an <c>executionRoleArn</c> (the agent pulls with it).</summary>
    /// <remarks>AWS: "Fargate requires task definition to have execution role ARN to support ECR images." (hashicorp/terraform-provider-aws#3051); [EXECROLE].</remarks>
    [Rule("TDK6016", "FargateEcrRequiresExecutionRole", RuleSeverity.Error, "Fargate with an ECR image requires an execution role")]
    internal sealed class Tdk6016FargateEcrRequiresExecutionRole : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateEcrRequiresExecutionRole;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || SecurityReferences.HasExecutionRole(context))
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || !SecurityImageHost.IsEcrPrivateImage(container.Image))
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Container(i, "image"),
                    SecurityReferences.ContainerLabel(container, i) + " pulls '" + container.Image + "' from Amazon ECR on Fargate, which needs a task execution role: set " + MemberName.Mark("executionRoleArn") + " to a role with the AmazonECSTaskExecutionRolePolicy (ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer).");
            }
        }
    }
}
