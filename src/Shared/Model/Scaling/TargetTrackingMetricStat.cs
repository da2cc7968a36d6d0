using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>This structure defines the CloudWatch metric to return, along with the statistic and unit.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>TargetTrackingMetricStat</c>; members and their order follow it.</remarks>
    public sealed partial class TargetTrackingMetricStat : IHasAdditionalMembers
    {
        /// <summary>The CloudWatch metric to return, including the metric name, namespace, and dimensions.</summary>
        /// <remarks>JSON member <c>Metric</c> (required by the API).</remarks>
        public TargetTrackingMetric? Metric { get; set; }

        /// <summary>The statistic to return.</summary>
        /// <remarks>JSON member <c>Stat</c> (required by the API).</remarks>
        public string? Stat { get; set; }

        /// <summary>The unit to use for the returned data points.</summary>
        /// <remarks>JSON member <c>Unit</c>.</remarks>
        public string? Unit { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TargetTrackingMetricStat",
            typeof(TargetTrackingMetricStat),
            () => new TargetTrackingMetricStat(),
            new[]
            {
                MemberSchema.Object("Metric", true, () => TargetTrackingMetric.Schema, o => ((TargetTrackingMetricStat)o).Metric, (o, v) => ((TargetTrackingMetricStat)o).Metric = (TargetTrackingMetric?)v),
                MemberSchema.Scalar("Stat", SchemaKind.String, true, o => ((TargetTrackingMetricStat)o).Stat, (o, v) => ((TargetTrackingMetricStat)o).Stat = (string?)v),
                MemberSchema.Scalar("Unit", SchemaKind.String, false, o => ((TargetTrackingMetricStat)o).Unit, (o, v) => ((TargetTrackingMetricStat)o).Unit = (string?)v),
            });
    }
}
