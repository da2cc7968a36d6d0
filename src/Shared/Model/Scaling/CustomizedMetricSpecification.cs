using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a CloudWatch metric of your choosing for a target tracking scaling policy to use with Application Auto Scaling.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>CustomizedMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class CustomizedMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>The name of the metric.</summary>
        /// <remarks>JSON member <c>MetricName</c>.</remarks>
        public string? MetricName { get; set; }

        /// <summary>The namespace of the metric.</summary>
        /// <remarks>JSON member <c>Namespace</c>.</remarks>
        public string? Namespace { get; set; }

        /// <summary>The dimensions of the metric.</summary>
        /// <remarks>JSON member <c>Dimensions</c>.</remarks>
        public List<MetricDimension>? Dimensions { get; set; }

        /// <summary>The statistic of the metric.</summary>
        /// <remarks>JSON member <c>Statistic</c>.</remarks>
        public MetricStatistic? Statistic { get; set; }

        /// <summary>The unit of the metric.</summary>
        /// <remarks>JSON member <c>Unit</c>.</remarks>
        public string? Unit { get; set; }

        /// <summary>The metrics to include in the target tracking scaling policy, as a metric data query.</summary>
        /// <remarks>JSON member <c>Metrics</c>.</remarks>
        public List<TargetTrackingMetricDataQuery>? Metrics { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CustomizedMetricSpecification",
            typeof(CustomizedMetricSpecification),
            () => new CustomizedMetricSpecification(),
            new[]
            {
                MemberSchema.Scalar("MetricName", SchemaKind.String, false, o => ((CustomizedMetricSpecification)o).MetricName, (o, v) => ((CustomizedMetricSpecification)o).MetricName = (string?)v),
                MemberSchema.Scalar("Namespace", SchemaKind.String, false, o => ((CustomizedMetricSpecification)o).Namespace, (o, v) => ((CustomizedMetricSpecification)o).Namespace = (string?)v),
                MemberSchema.List("Dimensions", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.MetricDimension>(), o => ((CustomizedMetricSpecification)o).Dimensions, (o, v) => ((CustomizedMetricSpecification)o).Dimensions = (List<global::TaskDefKit.Model.Scaling.MetricDimension>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.MetricDimension.Schema),
                MemberSchema.Enum("Statistic", false, s => new MetricStatistic(s), o => ((CustomizedMetricSpecification)o).Statistic, (o, v) => ((CustomizedMetricSpecification)o).Statistic = (MetricStatistic?)v),
                MemberSchema.Scalar("Unit", SchemaKind.String, false, o => ((CustomizedMetricSpecification)o).Unit, (o, v) => ((CustomizedMetricSpecification)o).Unit = (string?)v),
                MemberSchema.List("Metrics", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.TargetTrackingMetricDataQuery>(), o => ((CustomizedMetricSpecification)o).Metrics, (o, v) => ((CustomizedMetricSpecification)o).Metrics = (List<global::TaskDefKit.Model.Scaling.TargetTrackingMetricDataQuery>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.TargetTrackingMetricDataQuery.Schema),
            });
    }
}
