using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>The input of PutScalingPolicy (<c>aws application-autoscaling put-scaling-policy --cli-input-json</c>).</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PutScalingPolicyRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ScalingPolicy : IHasAdditionalMembers
    {
        /// <summary>The name of the scaling policy.</summary>
        /// <remarks>JSON member <c>PolicyName</c> (required by the API).</remarks>
        public string? PolicyName { get; set; }

        /// <summary>The namespace of the Amazon Web Services service that provides the resource.</summary>
        /// <remarks>JSON member <c>ServiceNamespace</c> (required by the API).</remarks>
        public ServiceNamespace? ServiceNamespace { get; set; }

        /// <summary>The identifier of the resource associated with the scaling policy.</summary>
        /// <remarks>JSON member <c>ResourceId</c> (required by the API).</remarks>
        public string? ResourceId { get; set; }

        /// <summary>The scalable dimension.</summary>
        /// <remarks>JSON member <c>ScalableDimension</c> (required by the API).</remarks>
        public ScalableDimension? ScalableDimension { get; set; }

        /// <summary>The scaling policy type.</summary>
        /// <remarks>JSON member <c>PolicyType</c>.</remarks>
        public PolicyType? PolicyType { get; set; }

        /// <summary>A step scaling policy.</summary>
        /// <remarks>JSON member <c>StepScalingPolicyConfiguration</c>.</remarks>
        public StepScalingPolicyConfiguration? StepScalingPolicyConfiguration { get; set; }

        /// <summary>A target tracking scaling policy.</summary>
        /// <remarks>JSON member <c>TargetTrackingScalingPolicyConfiguration</c>.</remarks>
        public TargetTrackingScalingPolicyConfiguration? TargetTrackingScalingPolicyConfiguration { get; set; }

        /// <summary>The configuration of the predictive scaling policy.</summary>
        /// <remarks>JSON member <c>PredictiveScalingPolicyConfiguration</c>.</remarks>
        public PredictiveScalingPolicyConfiguration? PredictiveScalingPolicyConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PutScalingPolicyRequest",
            typeof(ScalingPolicy),
            () => new ScalingPolicy(),
            new[]
            {
                MemberSchema.Scalar("PolicyName", SchemaKind.String, true, o => ((ScalingPolicy)o).PolicyName, (o, v) => ((ScalingPolicy)o).PolicyName = (string?)v),
                MemberSchema.Enum("ServiceNamespace", true, s => new ServiceNamespace(s), o => ((ScalingPolicy)o).ServiceNamespace, (o, v) => ((ScalingPolicy)o).ServiceNamespace = (ServiceNamespace?)v),
                MemberSchema.Scalar("ResourceId", SchemaKind.String, true, o => ((ScalingPolicy)o).ResourceId, (o, v) => ((ScalingPolicy)o).ResourceId = (string?)v),
                MemberSchema.Enum("ScalableDimension", true, s => new ScalableDimension(s), o => ((ScalingPolicy)o).ScalableDimension, (o, v) => ((ScalingPolicy)o).ScalableDimension = (ScalableDimension?)v),
                MemberSchema.Enum("PolicyType", false, s => new PolicyType(s), o => ((ScalingPolicy)o).PolicyType, (o, v) => ((ScalingPolicy)o).PolicyType = (PolicyType?)v),
                MemberSchema.Object("StepScalingPolicyConfiguration", false, () => StepScalingPolicyConfiguration.Schema, o => ((ScalingPolicy)o).StepScalingPolicyConfiguration, (o, v) => ((ScalingPolicy)o).StepScalingPolicyConfiguration = (StepScalingPolicyConfiguration?)v),
                MemberSchema.Object("TargetTrackingScalingPolicyConfiguration", false, () => TargetTrackingScalingPolicyConfiguration.Schema, o => ((ScalingPolicy)o).TargetTrackingScalingPolicyConfiguration, (o, v) => ((ScalingPolicy)o).TargetTrackingScalingPolicyConfiguration = (TargetTrackingScalingPolicyConfiguration?)v),
                MemberSchema.Object("PredictiveScalingPolicyConfiguration", false, () => PredictiveScalingPolicyConfiguration.Schema, o => ((ScalingPolicy)o).PredictiveScalingPolicyConfiguration, (o, v) => ((ScalingPolicy)o).PredictiveScalingPolicyConfiguration = (PredictiveScalingPolicyConfiguration?)v),
            });
    }
}
