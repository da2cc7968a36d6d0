using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7003: a <c>DAEMON</c> service takes no <c>desiredCount</c> and no <c>capacityProviderStrategy</c>; a
    /// <c>REPLICA</c> service (the default) needs a <c>desiredCount</c> — unless its form defaults it
    /// (<see cref="ServiceSurroundings.DesiredCountHasDefault"/>: CloudFormation, Terraform). Placement strategies on a daemon are TDK5013.
    /// </summary>
    /// <remarks>
    /// Sources: AWS errors "The daemon scheduling strategy does not support a desired count for services." and
    /// "Specifying a capacity provider strategy is not supported when you create a service using the DAEMON scheduling
    /// strategy."; CreateService API reference, desiredCount: "This is required if schedulingStrategy is REPLICA or isn't specified."
    /// </remarks>
    [Rule("TDK7003", "DaemonServiceSettings", RuleSeverity.Error, "Invalid daemon or replica service settings")]
    [BuilderInputs("/capacityProviderStrategy", "/desiredCount", "/schedulingStrategy", WholeDefinition = true)]
    internal sealed class Tdk7003DaemonServiceSettings : ServiceRule
    {
        public override string Id => RuleIds.DaemonServiceSettings;

        public override void Check(ServiceValidationContext context)
        {
            ServiceDefinition service = context.Service;
            SchedulingStrategy strategy = service.SchedulingStrategy ?? SchedulingStrategy.Replica;
            if (strategy == SchedulingStrategy.Daemon)
            {
                if (service.DesiredCount.HasValue)
                {
                    context.Report(Id, "/desiredCount", "A DAEMON service runs one task on each container instance and does not take a " + MemberName.Mark("desiredCount") + ": remove it.");
                }

                if (service.CapacityProviderStrategy is { Count: > 0 })
                {
                    context.Report(Id, "/capacityProviderStrategy", "A DAEMON service does not support a " + MemberName.Mark("capacityProviderStrategy")
                        + ": remove it and set " + MemberName.Mark("launchType") + " 'EC2'.");
                }
            }
            else if (strategy == SchedulingStrategy.Replica && !service.DesiredCount.HasValue && !context.Surroundings.DesiredCountHasDefault)
            {
                context.Report(Id, "/desiredCount", "A REPLICA service (the default scheduling strategy) needs a " + MemberName.Mark("desiredCount") + ": the number of tasks to keep running.");
            }
        }
    }
}
