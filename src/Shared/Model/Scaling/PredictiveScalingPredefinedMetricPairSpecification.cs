using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a metric pair for a predictive scaling policy.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingPredefinedMetricPairSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingPredefinedMetricPairSpecification : IHasAdditionalMembers
    {
        /// <summary>Indicates which metrics to use.</summary>
        /// <remarks>JSON member <c>PredefinedMetricType</c> (required by the API).</remarks>
        public string? PredefinedMetricType { get; set; }

        /// <summary>A label that uniquely identifies a specific target group from which to determine the total and average request count.</summary>
        /// <remarks>JSON member <c>ResourceLabel</c>.</remarks>
        public string? ResourceLabel { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingPredefinedMetricPairSpecification",
            typeof(PredictiveScalingPredefinedMetricPairSpecification),
            () => new PredictiveScalingPredefinedMetricPairSpecification(),
            new[]
            {
                MemberSchema.Scalar("PredefinedMetricType", SchemaKind.String, true, o => ((PredictiveScalingPredefinedMetricPairSpecification)o).PredefinedMetricType, (o, v) => ((PredictiveScalingPredefinedMetricPairSpecification)o).PredefinedMetricType = (string?)v),
                MemberSchema.Scalar("ResourceLabel", SchemaKind.String, false, o => ((PredictiveScalingPredefinedMetricPairSpecification)o).ResourceLabel, (o, v) => ((PredictiveScalingPredefinedMetricPairSpecification)o).ResourceLabel = (string?)v),
            });
    }
}
