using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a step adjustment for a StepScalingPolicyConfiguration.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>StepAdjustment</c>; members and their order follow it.</remarks>
    public sealed partial class StepAdjustment : IHasAdditionalMembers
    {
        /// <summary>The lower bound for the difference between the alarm threshold and the CloudWatch metric.</summary>
        /// <remarks>JSON member <c>MetricIntervalLowerBound</c>.</remarks>
        public double? MetricIntervalLowerBound { get; set; }

        /// <summary>The upper bound for the difference between the alarm threshold and the CloudWatch metric.</summary>
        /// <remarks>JSON member <c>MetricIntervalUpperBound</c>.</remarks>
        public double? MetricIntervalUpperBound { get; set; }

        /// <summary>The amount by which to scale, based on the specified adjustment type.</summary>
        /// <remarks>JSON member <c>ScalingAdjustment</c> (required by the API).</remarks>
        public int? ScalingAdjustment { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "StepAdjustment",
            typeof(StepAdjustment),
            () => new StepAdjustment(),
            new[]
            {
                MemberSchema.Scalar("MetricIntervalLowerBound", SchemaKind.Number, false, o => ((StepAdjustment)o).MetricIntervalLowerBound, (o, v) => ((StepAdjustment)o).MetricIntervalLowerBound = (double?)v),
                MemberSchema.Scalar("MetricIntervalUpperBound", SchemaKind.Number, false, o => ((StepAdjustment)o).MetricIntervalUpperBound, (o, v) => ((StepAdjustment)o).MetricIntervalUpperBound = (double?)v),
                MemberSchema.Scalar("ScalingAdjustment", SchemaKind.Integer, true, o => ((StepAdjustment)o).ScalingAdjustment, (o, v) => ((StepAdjustment)o).ScalingAdjustment = (int?)v),
            });
    }
}
