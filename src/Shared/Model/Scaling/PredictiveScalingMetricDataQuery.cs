using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>The metric data to return.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMetricDataQuery</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingMetricDataQuery : IHasAdditionalMembers
    {
        /// <summary>A short name that identifies the object's results in the response.</summary>
        /// <remarks>JSON member <c>Id</c> (required by the API).</remarks>
        public string? Id { get; set; }

        /// <summary>The math expression to perform on the returned data, if this object is performing a math expression.</summary>
        /// <remarks>JSON member <c>Expression</c>.</remarks>
        public string? Expression { get; set; }

        /// <summary>Information about the metric data to return.</summary>
        /// <remarks>JSON member <c>MetricStat</c>.</remarks>
        public PredictiveScalingMetricStat? MetricStat { get; set; }

        /// <summary>A human-readable label for this metric or expression.</summary>
        /// <remarks>JSON member <c>Label</c>.</remarks>
        public string? Label { get; set; }

        /// <summary>Indicates whether to return the timestamps and raw data values of this metric.</summary>
        /// <remarks>JSON member <c>ReturnData</c>.</remarks>
        public bool? ReturnData { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingMetricDataQuery",
            typeof(PredictiveScalingMetricDataQuery),
            () => new PredictiveScalingMetricDataQuery(),
            new[]
            {
                MemberSchema.Scalar("Id", SchemaKind.String, true, o => ((PredictiveScalingMetricDataQuery)o).Id, (o, v) => ((PredictiveScalingMetricDataQuery)o).Id = (string?)v),
                MemberSchema.Scalar("Expression", SchemaKind.String, false, o => ((PredictiveScalingMetricDataQuery)o).Expression, (o, v) => ((PredictiveScalingMetricDataQuery)o).Expression = (string?)v),
                MemberSchema.Object("MetricStat", false, () => PredictiveScalingMetricStat.Schema, o => ((PredictiveScalingMetricDataQuery)o).MetricStat, (o, v) => ((PredictiveScalingMetricDataQuery)o).MetricStat = (PredictiveScalingMetricStat?)v),
                MemberSchema.Scalar("Label", SchemaKind.String, false, o => ((PredictiveScalingMetricDataQuery)o).Label, (o, v) => ((PredictiveScalingMetricDataQuery)o).Label = (string?)v),
                MemberSchema.Scalar("ReturnData", SchemaKind.Boolean, false, o => ((PredictiveScalingMetricDataQuery)o).ReturnData, (o, v) => ((PredictiveScalingMetricDataQuery)o).ReturnData = (bool?)v),
            });
    }
}
