using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7021: a service with the <c>ECS</c> (default) or <c>CODE_DEPLOY</c> deployment controller names its
    /// <c>taskDefinition</c>; only an <c>EXTERNAL</c> service leaves it to its task sets.
    /// </summary>
    /// <remarks>Source: CreateService API reference, taskDefinition: "A task definition must be specified if the service uses either the ECS or CODE_DEPLOY deployment controllers."</remarks>
    [Rule("TDK7021", "ServiceTaskDefinitionRequired", RuleSeverity.Error, "Service without a task definition")]
    [BuilderInputs("/deploymentController", "/taskDefinition", WholeDefinition = true)]
    internal sealed class Tdk7021TaskDefinitionRequired : ServiceRule
    {
        public override string Id => RuleIds.ServiceTaskDefinitionRequired;

        public override void Check(ServiceValidationContext context)
        {
            DeploymentControllerType controller = context.Service.DeploymentController?.Type ?? DeploymentControllerType.Ecs;
            if (string.IsNullOrEmpty(context.Service.TaskDefinition) && (controller == DeploymentControllerType.Ecs || controller == DeploymentControllerType.CodeDeploy))
            {
                context.Report(Id, "/taskDefinition", "A service with the " + controller.Value + " deployment controller needs " + MemberName.Mark("taskDefinition")
                    + " (family:revision, family or ARN); only EXTERNAL services leave it to their task sets.");
            }
        }
    }
}
