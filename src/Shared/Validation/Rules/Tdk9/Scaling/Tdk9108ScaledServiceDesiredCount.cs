using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9108: a service that Application Auto Scaling scales sets <c>desiredCount</c> in its deployed definition:
    /// every deploy sets the count back to that value, undoing the scaling until the next alarm.
    /// </summary>
    /// <remarks>Source: Amazon ECS Developer Guide, "Automatically scale your Amazon ECS service"; AWS::ECS::Service DesiredCount ("For existing services, if a desired count is not specified, it is omitted from the operation").</remarks>
    [Rule("TDK9108", "ScaledServiceDesiredCount", RuleSeverity.Warning, "Scaled service sets desiredCount on every deploy")]
    internal sealed class Tdk9108ScaledServiceDesiredCount : ScalingRule
    {
        public override string Id => RuleIds.ScaledServiceDesiredCount;

        public override void Check(ScalingValidationContext context)
        {
            if (context.Service?.DesiredCount is int count && context.ServiceTargets.Count > 0)
            {
                context.Report(Id, "/desiredCount", MemberName.Mark("desiredCount") + " " + count + " is set on a service that Application Auto Scaling scales ("
                    + context.ServiceTargets[0].ResourceId + "): every deploy resets the running count to it. Leave it out of the deployed definition once the service exists.");
            }
        }
    }
}
