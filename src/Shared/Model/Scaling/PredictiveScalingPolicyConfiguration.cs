using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a predictive scaling policy configuration.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingPolicyConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingPolicyConfiguration : IHasAdditionalMembers
    {
        /// <summary>This structure includes the metrics and target utilization to use for predictive scaling.</summary>
        /// <remarks>JSON member <c>MetricSpecifications</c> (required by the API).</remarks>
        public List<PredictiveScalingMetricSpecification>? MetricSpecifications { get; set; }

        /// <summary>The predictive scaling mode.</summary>
        /// <remarks>JSON member <c>Mode</c>.</remarks>
        public PredictiveScalingMode? Mode { get; set; }

        /// <summary>The amount of time, in seconds, that the start time can be advanced.</summary>
        /// <remarks>JSON member <c>SchedulingBufferTime</c>.</remarks>
        public int? SchedulingBufferTime { get; set; }

        /// <summary>Defines the behavior that should be applied if the forecast capacity approaches or exceeds the maximum capacity.</summary>
        /// <remarks>JSON member <c>MaxCapacityBreachBehavior</c>.</remarks>
        public PredictiveScalingMaxCapacityBreachBehavior? MaxCapacityBreachBehavior { get; set; }

        /// <summary>The size of the capacity buffer to use when the forecast capacity is close to or exceeds the maximum capacity.</summary>
        /// <remarks>JSON member <c>MaxCapacityBuffer</c>.</remarks>
        public int? MaxCapacityBuffer { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingPolicyConfiguration",
            typeof(PredictiveScalingPolicyConfiguration),
            () => new PredictiveScalingPolicyConfiguration(),
            new[]
            {
                MemberSchema.List("MetricSpecifications", true, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricSpecification>(), o => ((PredictiveScalingPolicyConfiguration)o).MetricSpecifications, (o, v) => ((PredictiveScalingPolicyConfiguration)o).MetricSpecifications = (List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricSpecification>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.PredictiveScalingMetricSpecification.Schema),
                MemberSchema.Enum("Mode", false, s => new PredictiveScalingMode(s), o => ((PredictiveScalingPolicyConfiguration)o).Mode, (o, v) => ((PredictiveScalingPolicyConfiguration)o).Mode = (PredictiveScalingMode?)v),
                MemberSchema.Scalar("SchedulingBufferTime", SchemaKind.Integer, false, o => ((PredictiveScalingPolicyConfiguration)o).SchedulingBufferTime, (o, v) => ((PredictiveScalingPolicyConfiguration)o).SchedulingBufferTime = (int?)v),
                MemberSchema.Enum("MaxCapacityBreachBehavior", false, s => new PredictiveScalingMaxCapacityBreachBehavior(s), o => ((PredictiveScalingPolicyConfiguration)o).MaxCapacityBreachBehavior, (o, v) => ((PredictiveScalingPolicyConfiguration)o).MaxCapacityBreachBehavior = (PredictiveScalingMaxCapacityBreachBehavior?)v),
                MemberSchema.Scalar("MaxCapacityBuffer", SchemaKind.Integer, false, o => ((PredictiveScalingPolicyConfiguration)o).MaxCapacityBuffer, (o, v) => ((PredictiveScalingPolicyConfiguration)o).MaxCapacityBuffer = (int?)v),
            });
    }
}
