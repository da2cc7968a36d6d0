using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>A deployment lifecycle hook runs custom logic at specific stages of the deployment process.</summary>
    /// <remarks>ECS API model shape <c>DeploymentLifecycleHook</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentLifecycleHook : IHasAdditionalMembers
    {
        /// <summary>The type of action the lifecycle hook performs.</summary>
        /// <remarks>JSON member <c>targetType</c>.</remarks>
        public DeploymentLifecycleHookTargetType? TargetType { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the hook target.</summary>
        /// <remarks>JSON member <c>hookTargetArn</c>.</remarks>
        public string? HookTargetArn { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf.</summary>
        /// <remarks>JSON member <c>roleArn</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <summary>The lifecycle stages at which to run the hook.</summary>
        /// <remarks>JSON member <c>lifecycleStages</c>.</remarks>
        public List<DeploymentLifecycleHookStage>? LifecycleStages { get; set; }

        /// <summary>Use this field to specify custom parameters that Amazon ECS will pass to your hook target invocations (such as a Lambda function).</summary>
        /// <remarks>JSON member <c>hookDetails</c>.</remarks>
        public HookDetails? HookDetails { get; set; }

        /// <summary>The timeout configuration for the lifecycle hook.</summary>
        /// <remarks>JSON member <c>timeoutConfiguration</c>.</remarks>
        public DeploymentLifecycleHookTimeoutConfiguration? TimeoutConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentLifecycleHook",
            typeof(DeploymentLifecycleHook),
            () => new DeploymentLifecycleHook(),
            new[]
            {
                MemberSchema.Enum("targetType", false, s => new DeploymentLifecycleHookTargetType(s), o => ((DeploymentLifecycleHook)o).TargetType, (o, v) => ((DeploymentLifecycleHook)o).TargetType = (DeploymentLifecycleHookTargetType?)v),
                MemberSchema.Scalar("hookTargetArn", SchemaKind.String, false, o => ((DeploymentLifecycleHook)o).HookTargetArn, (o, v) => ((DeploymentLifecycleHook)o).HookTargetArn = (string?)v),
                MemberSchema.Scalar("roleArn", SchemaKind.String, false, o => ((DeploymentLifecycleHook)o).RoleArn, (o, v) => ((DeploymentLifecycleHook)o).RoleArn = (string?)v),
                MemberSchema.List("lifecycleStages", false, SchemaKind.Enum, () => new List<global::TaskDefKit.Model.Services.DeploymentLifecycleHookStage>(), o => ((DeploymentLifecycleHook)o).LifecycleStages, (o, v) => ((DeploymentLifecycleHook)o).LifecycleStages = (List<global::TaskDefKit.Model.Services.DeploymentLifecycleHookStage>?)v, enumFactory: s => new global::TaskDefKit.Model.Services.DeploymentLifecycleHookStage(s)),
                MemberSchema.Object("hookDetails", false, () => HookDetails.Schema, o => ((DeploymentLifecycleHook)o).HookDetails, (o, v) => ((DeploymentLifecycleHook)o).HookDetails = (HookDetails?)v),
                MemberSchema.Object("timeoutConfiguration", false, () => DeploymentLifecycleHookTimeoutConfiguration.Schema, o => ((DeploymentLifecycleHook)o).TimeoutConfiguration, (o, v) => ((DeploymentLifecycleHook)o).TimeoutConfiguration = (DeploymentLifecycleHookTimeoutConfiguration?)v),
            });
    }
}
