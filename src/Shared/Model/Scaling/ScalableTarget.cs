using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>The input of RegisterScalableTarget (<c>aws application-autoscaling register-scalable-target --cli-input-json</c>).</summary>
    /// <remarks>Application Auto Scaling API model shape <c>RegisterScalableTargetRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ScalableTarget : IHasAdditionalMembers
    {
        /// <summary>The namespace of the Amazon Web Services service that provides the resource.</summary>
        /// <remarks>JSON member <c>ServiceNamespace</c> (required by the API).</remarks>
        public ServiceNamespace? ServiceNamespace { get; set; }

        /// <summary>The identifier of the resource that is associated with the scalable target.</summary>
        /// <remarks>JSON member <c>ResourceId</c> (required by the API).</remarks>
        public string? ResourceId { get; set; }

        /// <summary>The scalable dimension associated with the scalable target.</summary>
        /// <remarks>JSON member <c>ScalableDimension</c> (required by the API).</remarks>
        public ScalableDimension? ScalableDimension { get; set; }

        /// <summary>The minimum value that you plan to scale in to.</summary>
        /// <remarks>JSON member <c>MinCapacity</c>.</remarks>
        public int? MinCapacity { get; set; }

        /// <summary>The maximum value that you plan to scale out to.</summary>
        /// <remarks>JSON member <c>MaxCapacity</c>.</remarks>
        public int? MaxCapacity { get; set; }

        /// <summary>This parameter is required for services that do not support service-linked roles (such as Amazon EMR), and it must specify the ARN of an IAM role that allows Application Auto Scaling to modify the scalable target on your behalf.</summary>
        /// <remarks>JSON member <c>RoleARN</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <summary>An embedded object that contains attributes and attribute values that are used to suspend and resume automatic scaling.</summary>
        /// <remarks>JSON member <c>SuspendedState</c>.</remarks>
        public SuspendedState? SuspendedState { get; set; }

        /// <summary>Assigns one or more tags to the scalable target.</summary>
        /// <remarks>JSON member <c>Tags</c>.</remarks>
        public Dictionary<string, string>? Tags { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RegisterScalableTargetRequest",
            typeof(ScalableTarget),
            () => new ScalableTarget(),
            new[]
            {
                MemberSchema.Enum("ServiceNamespace", true, s => new ServiceNamespace(s), o => ((ScalableTarget)o).ServiceNamespace, (o, v) => ((ScalableTarget)o).ServiceNamespace = (ServiceNamespace?)v),
                MemberSchema.Scalar("ResourceId", SchemaKind.String, true, o => ((ScalableTarget)o).ResourceId, (o, v) => ((ScalableTarget)o).ResourceId = (string?)v),
                MemberSchema.Enum("ScalableDimension", true, s => new ScalableDimension(s), o => ((ScalableTarget)o).ScalableDimension, (o, v) => ((ScalableTarget)o).ScalableDimension = (ScalableDimension?)v),
                MemberSchema.Scalar("MinCapacity", SchemaKind.Integer, false, o => ((ScalableTarget)o).MinCapacity, (o, v) => ((ScalableTarget)o).MinCapacity = (int?)v),
                MemberSchema.Scalar("MaxCapacity", SchemaKind.Integer, false, o => ((ScalableTarget)o).MaxCapacity, (o, v) => ((ScalableTarget)o).MaxCapacity = (int?)v),
                MemberSchema.Scalar("RoleARN", SchemaKind.String, false, o => ((ScalableTarget)o).RoleArn, (o, v) => ((ScalableTarget)o).RoleArn = (string?)v),
                MemberSchema.Object("SuspendedState", false, () => SuspendedState.Schema, o => ((ScalableTarget)o).SuspendedState, (o, v) => ((ScalableTarget)o).SuspendedState = (SuspendedState?)v),
                MemberSchema.Map("Tags", false, o => ((ScalableTarget)o).Tags, (o, v) => ((ScalableTarget)o).Tags = (Dictionary<string, string>?)v),
            });
    }
}
