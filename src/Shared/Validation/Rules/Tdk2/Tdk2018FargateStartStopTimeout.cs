using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2018: on Fargate, <c>startTimeout</c> and <c>stopTimeout</c> are 2–120 seconds.</summary>
    /// <remarks>ECS API ContainerDefinition.startTimeout/stopTimeout: "The valid values for Fargate are 2-120 seconds."</remarks>
    [Rule("TDK2018", "FargateStartStopTimeout", RuleSeverity.Error, "startTimeout/stopTimeout out of the Fargate range")]
    internal sealed class Tdk2018FargateStartStopTimeout : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateStartStopTimeout;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                CheckValue(context, i, "startTimeout", context.Containers[i].StartTimeout);
                CheckValue(context, i, "stopTimeout", context.Containers[i].StopTimeout);
            }
        }

        private void CheckValue(ValidationContext context, int index, string member, int? value)
        {
            if (value.HasValue && (value.Value < Limits.MinFargateContainerTimeout || value.Value > Limits.MaxFargateContainerTimeout))
            {
                context.Report(
                    Id,
                    JsonPointer.Container(index, member),
                    MemberName.Mark(member) + " of container " + Tdk2Helpers.Describe(context.Containers[index], index) + " is " + Tdk2Helpers.Text(value.Value) +
                    " s: on Fargate it must be 2–120 seconds.");
            }
        }
    }
}
