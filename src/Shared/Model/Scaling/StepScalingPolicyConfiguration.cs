using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a step scaling policy configuration to use with Application Auto Scaling.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>StepScalingPolicyConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class StepScalingPolicyConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specifies how the ScalingAdjustment value in a StepAdjustment is interpreted (for example, an absolute number or a percentage).</summary>
        /// <remarks>JSON member <c>AdjustmentType</c>.</remarks>
        public AdjustmentType? AdjustmentType { get; set; }

        /// <summary>A set of adjustments that enable you to scale based on the size of the alarm breach.</summary>
        /// <remarks>JSON member <c>StepAdjustments</c>.</remarks>
        public List<StepAdjustment>? StepAdjustments { get; set; }

        /// <summary>The minimum value to scale by when the adjustment type is PercentChangeInCapacity.</summary>
        /// <remarks>JSON member <c>MinAdjustmentMagnitude</c>.</remarks>
        public int? MinAdjustmentMagnitude { get; set; }

        /// <summary>The amount of time, in seconds, to wait for a previous scaling activity to take effect.</summary>
        /// <remarks>JSON member <c>Cooldown</c>.</remarks>
        public int? Cooldown { get; set; }

        /// <summary>The aggregation type for the CloudWatch metrics.</summary>
        /// <remarks>JSON member <c>MetricAggregationType</c>.</remarks>
        public MetricAggregationType? MetricAggregationType { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "StepScalingPolicyConfiguration",
            typeof(StepScalingPolicyConfiguration),
            () => new StepScalingPolicyConfiguration(),
            new[]
            {
                MemberSchema.Enum("AdjustmentType", false, s => new AdjustmentType(s), o => ((StepScalingPolicyConfiguration)o).AdjustmentType, (o, v) => ((StepScalingPolicyConfiguration)o).AdjustmentType = (AdjustmentType?)v),
                MemberSchema.List("StepAdjustments", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.StepAdjustment>(), o => ((StepScalingPolicyConfiguration)o).StepAdjustments, (o, v) => ((StepScalingPolicyConfiguration)o).StepAdjustments = (List<global::TaskDefKit.Model.Scaling.StepAdjustment>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.StepAdjustment.Schema),
                MemberSchema.Scalar("MinAdjustmentMagnitude", SchemaKind.Integer, false, o => ((StepScalingPolicyConfiguration)o).MinAdjustmentMagnitude, (o, v) => ((StepScalingPolicyConfiguration)o).MinAdjustmentMagnitude = (int?)v),
                MemberSchema.Scalar("Cooldown", SchemaKind.Integer, false, o => ((StepScalingPolicyConfiguration)o).Cooldown, (o, v) => ((StepScalingPolicyConfiguration)o).Cooldown = (int?)v),
                MemberSchema.Enum("MetricAggregationType", false, s => new MetricAggregationType(s), o => ((StepScalingPolicyConfiguration)o).MetricAggregationType, (o, v) => ((StepScalingPolicyConfiguration)o).MetricAggregationType = (MetricAggregationType?)v),
            });
    }
}
