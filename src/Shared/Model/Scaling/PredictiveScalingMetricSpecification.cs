using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>This structure specifies the metrics and target utilization settings for a predictive scaling policy.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>Specifies the target utilization.</summary>
        /// <remarks>JSON member <c>TargetValue</c> (required by the API).</remarks>
        public double? TargetValue { get; set; }

        /// <summary>The predefined metric pair specification that determines the appropriate scaling metric and load metric to use.</summary>
        /// <remarks>JSON member <c>PredefinedMetricPairSpecification</c>.</remarks>
        public PredictiveScalingPredefinedMetricPairSpecification? PredefinedMetricPairSpecification { get; set; }

        /// <summary>The predefined scaling metric specification.</summary>
        /// <remarks>JSON member <c>PredefinedScalingMetricSpecification</c>.</remarks>
        public PredictiveScalingPredefinedScalingMetricSpecification? PredefinedScalingMetricSpecification { get; set; }

        /// <summary>The predefined load metric specification.</summary>
        /// <remarks>JSON member <c>PredefinedLoadMetricSpecification</c>.</remarks>
        public PredictiveScalingPredefinedLoadMetricSpecification? PredefinedLoadMetricSpecification { get; set; }

        /// <summary>The customized scaling metric specification.</summary>
        /// <remarks>JSON member <c>CustomizedScalingMetricSpecification</c>.</remarks>
        public PredictiveScalingCustomizedMetricSpecification? CustomizedScalingMetricSpecification { get; set; }

        /// <summary>The customized load metric specification.</summary>
        /// <remarks>JSON member <c>CustomizedLoadMetricSpecification</c>.</remarks>
        public PredictiveScalingCustomizedMetricSpecification? CustomizedLoadMetricSpecification { get; set; }

        /// <summary>The customized capacity metric specification.</summary>
        /// <remarks>JSON member <c>CustomizedCapacityMetricSpecification</c>.</remarks>
        public PredictiveScalingCustomizedMetricSpecification? CustomizedCapacityMetricSpecification { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingMetricSpecification",
            typeof(PredictiveScalingMetricSpecification),
            () => new PredictiveScalingMetricSpecification(),
            new[]
            {
                MemberSchema.Scalar("TargetValue", SchemaKind.Number, true, o => ((PredictiveScalingMetricSpecification)o).TargetValue, (o, v) => ((PredictiveScalingMetricSpecification)o).TargetValue = (double?)v),
                MemberSchema.Object("PredefinedMetricPairSpecification", false, () => PredictiveScalingPredefinedMetricPairSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).PredefinedMetricPairSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).PredefinedMetricPairSpecification = (PredictiveScalingPredefinedMetricPairSpecification?)v),
                MemberSchema.Object("PredefinedScalingMetricSpecification", false, () => PredictiveScalingPredefinedScalingMetricSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).PredefinedScalingMetricSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).PredefinedScalingMetricSpecification = (PredictiveScalingPredefinedScalingMetricSpecification?)v),
                MemberSchema.Object("PredefinedLoadMetricSpecification", false, () => PredictiveScalingPredefinedLoadMetricSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).PredefinedLoadMetricSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).PredefinedLoadMetricSpecification = (PredictiveScalingPredefinedLoadMetricSpecification?)v),
                MemberSchema.Object("CustomizedScalingMetricSpecification", false, () => PredictiveScalingCustomizedMetricSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).CustomizedScalingMetricSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).CustomizedScalingMetricSpecification = (PredictiveScalingCustomizedMetricSpecification?)v),
                MemberSchema.Object("CustomizedLoadMetricSpecification", false, () => PredictiveScalingCustomizedMetricSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).CustomizedLoadMetricSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).CustomizedLoadMetricSpecification = (PredictiveScalingCustomizedMetricSpecification?)v),
                MemberSchema.Object("CustomizedCapacityMetricSpecification", false, () => PredictiveScalingCustomizedMetricSpecification.Schema, o => ((PredictiveScalingMetricSpecification)o).CustomizedCapacityMetricSpecification, (o, v) => ((PredictiveScalingMetricSpecification)o).CustomizedCapacityMetricSpecification = (PredictiveScalingCustomizedMetricSpecification?)v),
            });
    }
}
