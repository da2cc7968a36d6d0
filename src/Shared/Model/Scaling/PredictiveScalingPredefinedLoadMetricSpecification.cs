using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Describes a load metric for a predictive scaling policy.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingPredefinedLoadMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingPredefinedLoadMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>The metric type.</summary>
        /// <remarks>JSON member <c>PredefinedMetricType</c> (required by the API).</remarks>
        public string? PredefinedMetricType { get; set; }

        /// <summary>A label that uniquely identifies a target group.</summary>
        /// <remarks>JSON member <c>ResourceLabel</c>.</remarks>
        public string? ResourceLabel { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingPredefinedLoadMetricSpecification",
            typeof(PredictiveScalingPredefinedLoadMetricSpecification),
            () => new PredictiveScalingPredefinedLoadMetricSpecification(),
            new[]
            {
                MemberSchema.Scalar("PredefinedMetricType", SchemaKind.String, true, o => ((PredictiveScalingPredefinedLoadMetricSpecification)o).PredefinedMetricType, (o, v) => ((PredictiveScalingPredefinedLoadMetricSpecification)o).PredefinedMetricType = (string?)v),
                MemberSchema.Scalar("ResourceLabel", SchemaKind.String, false, o => ((PredictiveScalingPredefinedLoadMetricSpecification)o).ResourceLabel, (o, v) => ((PredictiveScalingPredefinedLoadMetricSpecification)o).ResourceLabel = (string?)v),
            });
    }
}
