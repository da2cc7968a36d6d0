using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a specific metric.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>TargetTrackingMetric</c>; members and their order follow it.</remarks>
    public sealed partial class TargetTrackingMetric : IHasAdditionalMembers
    {
        /// <summary>The dimensions for the metric.</summary>
        /// <remarks>JSON member <c>Dimensions</c>.</remarks>
        public List<TargetTrackingMetricDimension>? Dimensions { get; set; }

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
            "TargetTrackingMetric",
            typeof(TargetTrackingMetric),
            () => new TargetTrackingMetric(),
            new[]
            {
                MemberSchema.List("Dimensions", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.TargetTrackingMetricDimension>(), o => ((TargetTrackingMetric)o).Dimensions, (o, v) => ((TargetTrackingMetric)o).Dimensions = (List<global::TaskDefKit.Model.Scaling.TargetTrackingMetricDimension>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.TargetTrackingMetricDimension.Schema),
                MemberSchema.Scalar("MetricName", SchemaKind.String, false, o => ((TargetTrackingMetric)o).MetricName, (o, v) => ((TargetTrackingMetric)o).MetricName = (string?)v),
                MemberSchema.Scalar("Namespace", SchemaKind.String, false, o => ((TargetTrackingMetric)o).Namespace, (o, v) => ((TargetTrackingMetric)o).Namespace = (string?)v),
            });
    }
}
