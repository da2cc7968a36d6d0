using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a target tracking scaling policy configuration to use with Application Auto Scaling.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>TargetTrackingScalingPolicyConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class TargetTrackingScalingPolicyConfiguration : IHasAdditionalMembers
    {
        /// <summary>The target value for the metric.</summary>
        /// <remarks>JSON member <c>TargetValue</c> (required by the API).</remarks>
        public double? TargetValue { get; set; }

        /// <summary>A predefined metric.</summary>
        /// <remarks>JSON member <c>PredefinedMetricSpecification</c>.</remarks>
        public PredefinedMetricSpecification? PredefinedMetricSpecification { get; set; }

        /// <summary>A customized metric.</summary>
        /// <remarks>JSON member <c>CustomizedMetricSpecification</c>.</remarks>
        public CustomizedMetricSpecification? CustomizedMetricSpecification { get; set; }

        /// <summary>The amount of time, in seconds, to wait for a previous scale-out activity to take effect.</summary>
        /// <remarks>JSON member <c>ScaleOutCooldown</c>.</remarks>
        public int? ScaleOutCooldown { get; set; }

        /// <summary>The amount of time, in seconds, after a scale-in activity completes before another scale-in activity can start.</summary>
        /// <remarks>JSON member <c>ScaleInCooldown</c>.</remarks>
        public int? ScaleInCooldown { get; set; }

        /// <summary>Indicates whether scale in by the target tracking scaling policy is disabled.</summary>
        /// <remarks>JSON member <c>DisableScaleIn</c>.</remarks>
        public bool? DisableScaleIn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TargetTrackingScalingPolicyConfiguration",
            typeof(TargetTrackingScalingPolicyConfiguration),
            () => new TargetTrackingScalingPolicyConfiguration(),
            new[]
            {
                MemberSchema.Scalar("TargetValue", SchemaKind.Number, true, o => ((TargetTrackingScalingPolicyConfiguration)o).TargetValue, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).TargetValue = (double?)v),
                MemberSchema.Object("PredefinedMetricSpecification", false, () => PredefinedMetricSpecification.Schema, o => ((TargetTrackingScalingPolicyConfiguration)o).PredefinedMetricSpecification, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).PredefinedMetricSpecification = (PredefinedMetricSpecification?)v),
                MemberSchema.Object("CustomizedMetricSpecification", false, () => CustomizedMetricSpecification.Schema, o => ((TargetTrackingScalingPolicyConfiguration)o).CustomizedMetricSpecification, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).CustomizedMetricSpecification = (CustomizedMetricSpecification?)v),
                MemberSchema.Scalar("ScaleOutCooldown", SchemaKind.Integer, false, o => ((TargetTrackingScalingPolicyConfiguration)o).ScaleOutCooldown, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).ScaleOutCooldown = (int?)v),
                MemberSchema.Scalar("ScaleInCooldown", SchemaKind.Integer, false, o => ((TargetTrackingScalingPolicyConfiguration)o).ScaleInCooldown, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).ScaleInCooldown = (int?)v),
                MemberSchema.Scalar("DisableScaleIn", SchemaKind.Boolean, false, o => ((TargetTrackingScalingPolicyConfiguration)o).DisableScaleIn, (o, v) => ((TargetTrackingScalingPolicyConfiguration)o).DisableScaleIn = (bool?)v),
            });
    }
}
