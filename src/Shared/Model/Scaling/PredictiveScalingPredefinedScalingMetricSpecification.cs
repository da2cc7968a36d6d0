using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Describes a scaling metric for a predictive scaling policy.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingPredefinedScalingMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingPredefinedScalingMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>The metric type.</summary>
        /// <remarks>JSON member <c>PredefinedMetricType</c> (required by the API).</remarks>
        public string? PredefinedMetricType { get; set; }

        /// <summary>A label that uniquely identifies a specific target group from which to determine the average request count.</summary>
        /// <remarks>JSON member <c>ResourceLabel</c>.</remarks>
        public string? ResourceLabel { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingPredefinedScalingMetricSpecification",
            typeof(PredictiveScalingPredefinedScalingMetricSpecification),
            () => new PredictiveScalingPredefinedScalingMetricSpecification(),
            new[]
            {
                MemberSchema.Scalar("PredefinedMetricType", SchemaKind.String, true, o => ((PredictiveScalingPredefinedScalingMetricSpecification)o).PredefinedMetricType, (o, v) => ((PredictiveScalingPredefinedScalingMetricSpecification)o).PredefinedMetricType = (string?)v),
                MemberSchema.Scalar("ResourceLabel", SchemaKind.String, false, o => ((PredictiveScalingPredefinedScalingMetricSpecification)o).ResourceLabel, (o, v) => ((PredictiveScalingPredefinedScalingMetricSpecification)o).ResourceLabel = (string?)v),
            });
    }
}
