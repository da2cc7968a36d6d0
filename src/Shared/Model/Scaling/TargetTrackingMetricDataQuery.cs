using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>The metric data to return.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>TargetTrackingMetricDataQuery</c>; members and their order follow it.</remarks>
    public sealed partial class TargetTrackingMetricDataQuery : IHasAdditionalMembers
    {
        /// <summary>The math expression to perform on the returned data, if this object is performing a math expression.</summary>
        /// <remarks>JSON member <c>Expression</c>.</remarks>
        public string? Expression { get; set; }

        /// <summary>A short name that identifies the object's results in the response.</summary>
        /// <remarks>JSON member <c>Id</c> (required by the API).</remarks>
        public string? Id { get; set; }

        /// <summary>A human-readable label for this metric or expression.</summary>
        /// <remarks>JSON member <c>Label</c>.</remarks>
        public string? Label { get; set; }

        /// <summary>Information about the metric data to return.</summary>
        /// <remarks>JSON member <c>MetricStat</c>.</remarks>
        public TargetTrackingMetricStat? MetricStat { get; set; }

        /// <summary>Indicates whether to return the timestamps and raw data values of this metric.</summary>
        /// <remarks>JSON member <c>ReturnData</c>.</remarks>
        public bool? ReturnData { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TargetTrackingMetricDataQuery",
            typeof(TargetTrackingMetricDataQuery),
            () => new TargetTrackingMetricDataQuery(),
            new[]
            {
                MemberSchema.Scalar("Expression", SchemaKind.String, false, o => ((TargetTrackingMetricDataQuery)o).Expression, (o, v) => ((TargetTrackingMetricDataQuery)o).Expression = (string?)v),
                MemberSchema.Scalar("Id", SchemaKind.String, true, o => ((TargetTrackingMetricDataQuery)o).Id, (o, v) => ((TargetTrackingMetricDataQuery)o).Id = (string?)v),
                MemberSchema.Scalar("Label", SchemaKind.String, false, o => ((TargetTrackingMetricDataQuery)o).Label, (o, v) => ((TargetTrackingMetricDataQuery)o).Label = (string?)v),
                MemberSchema.Object("MetricStat", false, () => TargetTrackingMetricStat.Schema, o => ((TargetTrackingMetricDataQuery)o).MetricStat, (o, v) => ((TargetTrackingMetricDataQuery)o).MetricStat = (TargetTrackingMetricStat?)v),
                MemberSchema.Scalar("ReturnData", SchemaKind.Boolean, false, o => ((TargetTrackingMetricDataQuery)o).ReturnData, (o, v) => ((TargetTrackingMetricDataQuery)o).ReturnData = (bool?)v),
            });
    }
}
