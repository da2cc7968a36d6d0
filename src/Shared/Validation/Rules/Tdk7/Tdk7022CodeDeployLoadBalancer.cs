using System.Collections.Generic;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7022: a <c>CODE_DEPLOY</c> (blue/green) service uses an Application or Network Load Balancer: a
    /// <c>loadBalancers</c> entry with a <c>targetGroupArn</c>, not a Classic Load Balancer (<c>loadBalancerName</c>).
    /// </summary>
    /// <remarks>Source: CreateService API reference, loadBalancers: "If the service uses the CODE_DEPLOY deployment controller, the service is required to use either an Application Load Balancer or Network Load Balancer."</remarks>
    [Rule("TDK7022", "CodeDeployLoadBalancer", RuleSeverity.Error, "CODE_DEPLOY service without an Application or Network Load Balancer")]
    [BuilderInputs("/deploymentController", "/loadBalancers", WholeDefinition = true)]
    internal sealed class Tdk7022CodeDeployLoadBalancer : ServiceRule
    {
        public override string Id => RuleIds.CodeDeployLoadBalancer;

        public override void Check(ServiceValidationContext context)
        {
            if (context.Service.DeploymentController?.Type != DeploymentControllerType.CodeDeploy)
            {
                return;
            }

            List<LoadBalancer>? loadBalancers = context.Service.LoadBalancers;
            if (loadBalancers is null || loadBalancers.Count == 0)
            {
                context.Report(Id, "/loadBalancers", "A CODE_DEPLOY (blue/green) service needs an Application or Network Load Balancer: add " + MemberName.Mark("loadBalancers")
                    + " with the production target group's " + MemberName.Mark("targetGroupArn") + ".");
                return;
            }

            for (int i = 0; i < loadBalancers.Count; i++)
            {
                if (loadBalancers[i]?.LoadBalancerName is string name)
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index("/loadBalancers", i), "loadBalancerName"), "A CODE_DEPLOY service cannot use the Classic Load Balancer '" + name
                        + "': use an Application or Network Load Balancer's " + MemberName.Mark("targetGroupArn") + ".");
                }
            }
        }
    }
}
