using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7005: a service that runs on Fargate — <c>launchType: FARGATE</c>, or a capacity provider strategy naming
    /// <c>FARGATE</c>/<c>FARGATE_SPOT</c> — needs a task definition whose <c>requiresCompatibilities</c> lists <c>FARGATE</c>.
    /// </summary>
    /// <remarks>
    /// Source: AWS error "Task definition does not support launch_type FARGATE." A task definition without
    /// requiresCompatibilities is left alone: ECS computes its compatibilities at registration, so it may be Fargate-compatible.
    /// The other direction (EC2 against a task definition listing only FARGATE) is not reported for the same reason: ECS
    /// adds EC2 to the computed compatibilities of a definition that validates for EC2 (docs/judgement.md). Services and RunTask.
    /// </remarks>
    [Rule("TDK7005", "ServiceLaunchTypeCompatibility", RuleSeverity.Error, "Task definition not compatible with the service launch type")]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion")]
    internal sealed class Tdk7005ServiceLaunchTypeCompatibility : ServiceRule
    {
        public override string Id => RuleIds.ServiceLaunchTypeCompatibility;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            List<Compatibility>? compatibilities = context.TaskDefinition?.RequiresCompatibilities;
            if (compatibilities is null || compatibilities.Count == 0 || compatibilities.Contains(Compatibility.Fargate))
            {
                return;
            }

            string listed = Listed(compatibilities);
            if (launch.LaunchType == LaunchType.Fargate)
            {
                context.Report(Id, "/launchType", "Task definition does not support launch_type FARGATE: its " + MemberName.Mark("requiresCompatibilities")
                    + " lists " + listed + "; add FARGATE there or run the " + launch.Noun + " on a matching launch type.");
                return;
            }

            int i = launch.FargateProviderIndex;
            if (i >= 0)
            {
                // One finding for the strategy: the first Fargate provider is where the mismatch shows.
                string? provider = launch.CapacityProviderStrategy![i]!.CapacityProvider;
                context.Report(Id, JsonPointer.Member(JsonPointer.Index("/capacityProviderStrategy", i), "capacityProvider"), "Capacity provider '" + provider
                    + "' runs tasks on Fargate, but the task definition's " + MemberName.Mark("requiresCompatibilities") + " lists " + listed + "; add FARGATE there.");
            }
        }

        private static string Listed(List<Compatibility> compatibilities)
        {
            var values = new List<string>(compatibilities.Count);
            foreach (Compatibility compatibility in compatibilities)
            {
                values.Add(compatibility.Value);
            }

            return string.Join(", ", values);
        }
    }
}
