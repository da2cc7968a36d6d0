using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Describes the scaling metric.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMetric</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingMetric : IHasAdditionalMembers
    {
        /// <summary>Describes the dimensions of the metric.</summary>
        /// <remarks>JSON member <c>Dimensions</c>.</remarks>
        public List<PredictiveScalingMetricDimension>? Dimensions { get; set; }

        /// <summary>The name of the metric.</summary>
        /// <remarks>JSON member <c>MetricName</c>.</remarks>
        public string? MetricName { get; set; }

        /// <summary>The namespace of the metric.</summary>
        /// <remarks>JSON member <c>Namespace</c>.</remarks>
        public string? Namespace { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingMetric",
            typeof(PredictiveScalingMetric),
            () => new PredictiveScalingMetric(),
            new[]
            {
                MemberSchema.List("Dimensions", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDimension>(), o => ((PredictiveScalingMetric)o).Dimensions, (o, v) => ((PredictiveScalingMetric)o).Dimensions = (List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDimension>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDimension.Schema),
                MemberSchema.Scalar("MetricName", SchemaKind.String, false, o => ((PredictiveScalingMetric)o).MetricName, (o, v) => ((PredictiveScalingMetric)o).MetricName = (string?)v),
                MemberSchema.Scalar("Namespace", SchemaKind.String, false, o => ((PredictiveScalingMetric)o).Namespace, (o, v) => ((PredictiveScalingMetric)o).Namespace = (string?)v),
            });
    }
}
