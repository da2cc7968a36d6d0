using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7019: the service <c>role</c> is allowed only with a load balancer and a task definition whose network mode is
    /// not <c>awsvpc</c>; otherwise ECS uses its service-linked role.
    /// </summary>
    /// <remarks>
    /// Source: CreateService API reference, role: "This parameter is only permitted if you are using a load balancer with
    /// your service and your task definition doesn't use the awsvpc network mode. If you specify the role parameter, you
    /// must also specify a load balancer object with the loadBalancers parameter."
    /// </remarks>
    [Rule("TDK7019", "ServiceRole", RuleSeverity.Error, "Service role without a load balancer or with awsvpc")]
    [BuilderInputs("/loadBalancers", "/role", WholeDefinition = true)]
    internal sealed class Tdk7019ServiceRole : ServiceRule
    {
        public override string Id => RuleIds.ServiceRole;

        public override void Check(ServiceValidationContext context)
        {
            if (context.Service.Role is null)
            {
                return;
            }

            if (context.Service.LoadBalancers is null || context.Service.LoadBalancers.Count == 0)
            {
                context.Report(Id, "/role", MemberName.Mark("role") + " is only permitted with " + MemberName.Mark("loadBalancers") + ": remove it (ECS uses its service-linked role).");
            }
            else if (context.TaskDefinition?.NetworkMode == NetworkMode.AwsVpc)
            {
                context.Report(Id, "/role", "A service whose task definition uses " + MemberName.Mark("networkMode") + " 'awsvpc' uses the ECS service-linked role: remove " + MemberName.Mark("role") + ".");
            }
        }
    }
}
