using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9105: a step scaling policy's <c>StepAdjustments</c> exist, each has its lower bound below its upper bound,
    /// and together, ordered by lower bound, they neither overlap nor leave a gap; only the first may leave its lower
    /// bound open and only the last its upper bound.
    /// </summary>
    /// <remarks>Source: Application Auto Scaling User Guide, "Step scaling policies" ("The ranges of your step adjustments can't overlap or have a gap"); API reference, StepAdjustment.</remarks>
    [Rule("TDK9105", "ScalingStepAdjustments", RuleSeverity.Error, "Step adjustments overlap, leave a gap or are empty")]
    internal sealed class Tdk9105ScalingStepAdjustments : ScalingRule
    {
        private const string Steps = "/StepScalingPolicyConfiguration/StepAdjustments";

        public override string Id => RuleIds.ScalingStepAdjustments;

        public override void Check(ScalingValidationContext context)
        {
            StepScalingPolicyConfiguration? config = context.Policy?.StepScalingPolicyConfiguration;
            if (config is null)
            {
                return;
            }

            List<StepAdjustment>? steps = config.StepAdjustments;
            if (steps is null || steps.Count == 0)
            {
                context.Report(Id, Steps, MemberName.Mark("StepScalingPolicyConfiguration") + " needs at least one entry in " + MemberName.Mark("StepAdjustments") + ".");
                return;
            }

            var indexed = new List<(int Index, StepAdjustment Step)>();
            for (int i = 0; i < steps.Count; i++)
            {
                StepAdjustment? step = steps[i];
                if (step is null)
                {
                    continue;
                }

                if (step.MetricIntervalLowerBound >= step.MetricIntervalUpperBound)
                {
                    context.Report(Id, Steps + "/" + i, "Step " + i + ": " + MemberName.Mark("MetricIntervalLowerBound") + " " + Text(step.MetricIntervalLowerBound)
                        + " is not below " + MemberName.Mark("MetricIntervalUpperBound") + " " + Text(step.MetricIntervalUpperBound) + ".");
                    return;
                }

                indexed.Add((i, step));
            }

            // Ordered by lower bound, an open lower bound (minus infinity) first.
            indexed.Sort((a, b) => Lower(a.Step).CompareTo(Lower(b.Step)) is int c && c != 0 ? c : a.Index.CompareTo(b.Index));
            for (int k = 1; k < indexed.Count; k++)
            {
                (int previousIndex, StepAdjustment previous) = indexed[k - 1];
                (int index, StepAdjustment step) = indexed[k];
                double previousUpper = previous.MetricIntervalUpperBound ?? double.PositiveInfinity;
                double lower = Lower(step);
                if (previousUpper > lower)
                {
                    context.Report(Id, Steps + "/" + index, "Step " + index + " (from " + Text(step.MetricIntervalLowerBound) + ") overlaps step " + previousIndex
                        + " (up to " + Text(previous.MetricIntervalUpperBound) + "); step ranges must not overlap.");
                    return;
                }

                if (previousUpper < lower)
                {
                    context.Report(Id, Steps + "/" + index, "Step " + index + " starts at " + Text(step.MetricIntervalLowerBound) + " but step " + previousIndex
                        + " ends at " + Text(previous.MetricIntervalUpperBound) + ": step ranges must leave no gap.");
                    return;
                }
            }
        }

        private static double Lower(StepAdjustment step) => step.MetricIntervalLowerBound ?? double.NegativeInfinity;

        private static string Text(double? bound) => bound.HasValue ? bound.Value.ToString("R", CultureInfo.InvariantCulture) : "(open)";
    }
}
