using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>This structure defines the CloudWatch metric to return, along with the statistic and unit.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMetricStat</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingMetricStat : IHasAdditionalMembers
    {
        /// <summary>The CloudWatch metric to return, including the metric name, namespace, and dimensions.</summary>
        /// <remarks>JSON member <c>Metric</c> (required by the API).</remarks>
        public PredictiveScalingMetric? Metric { get; set; }

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
            "PredictiveScalingMetricStat",
            typeof(PredictiveScalingMetricStat),
            () => new PredictiveScalingMetricStat(),
            new[]
            {
                MemberSchema.Object("Metric", true, () => PredictiveScalingMetric.Schema, o => ((PredictiveScalingMetricStat)o).Metric, (o, v) => ((PredictiveScalingMetricStat)o).Metric = (PredictiveScalingMetric?)v),
                MemberSchema.Scalar("Stat", SchemaKind.String, true, o => ((PredictiveScalingMetricStat)o).Stat, (o, v) => ((PredictiveScalingMetricStat)o).Stat = (string?)v),
                MemberSchema.Scalar("Unit", SchemaKind.String, false, o => ((PredictiveScalingMetricStat)o).Unit, (o, v) => ((PredictiveScalingMetricStat)o).Unit = (string?)v),
            });
    }
}
