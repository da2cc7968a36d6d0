using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a predefined metric for a target tracking scaling policy to use with Application Auto Scaling.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredefinedMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredefinedMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>The metric type.</summary>
        /// <remarks>JSON member <c>PredefinedMetricType</c> (required by the API).</remarks>
        public MetricType? PredefinedMetricType { get; set; }

        /// <summary>Identifies the resource associated with the metric type.</summary>
        /// <remarks>JSON member <c>ResourceLabel</c>.</remarks>
        public string? ResourceLabel { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredefinedMetricSpecification",
            typeof(PredefinedMetricSpecification),
            () => new PredefinedMetricSpecification(),
            new[]
            {
                MemberSchema.Enum("PredefinedMetricType", true, s => new MetricType(s), o => ((PredefinedMetricSpecification)o).PredefinedMetricType, (o, v) => ((PredefinedMetricSpecification)o).PredefinedMetricType = (MetricType?)v),
                MemberSchema.Scalar("ResourceLabel", SchemaKind.String, false, o => ((PredefinedMetricSpecification)o).ResourceLabel, (o, v) => ((PredefinedMetricSpecification)o).ResourceLabel = (string?)v),
            });
    }
}
