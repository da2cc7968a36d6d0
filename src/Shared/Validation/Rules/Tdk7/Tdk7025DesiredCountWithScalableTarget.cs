using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7025: a service that Application Auto Scaling scales (known from its template or plan, see
    /// <see cref="ServiceSurroundings.HasScalableTarget"/>) and also sets <c>desiredCount</c>: every deployment of the
    /// template sets the count back to that value, undoing the scaling.
    /// </summary>
    /// <remarks>
    /// Source: AWS::ECS::Service DesiredCount (CloudFormation): "For existing services, if a desired count is not
    /// specified, it is omitted from the operation." — leaving it out keeps the count Application Auto Scaling set.
    /// </remarks>
    [Rule("TDK7025", "DesiredCountWithScalableTarget", RuleSeverity.Warning, "desiredCount set on an auto-scaled service")]
    [BuilderInputs("/desiredCount")]
    internal sealed class Tdk7025DesiredCountWithScalableTarget : ServiceRule
    {
        public override string Id => RuleIds.DesiredCountWithScalableTarget;

        public override void Check(ServiceValidationContext context)
        {
            if (context.Surroundings.HasScalableTarget && context.Service.DesiredCount is int count)
            {
                context.Report(Id, "/desiredCount", "Application Auto Scaling scales this service, yet it sets " + MemberName.Mark("desiredCount") + " " + count
                    + ": every deployment resets the count to it. Remove " + MemberName.Mark("desiredCount") + " (the scalable target's minimum capacity sets the floor).");
            }
        }
    }
}
