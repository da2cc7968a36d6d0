using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The timeout configuration for a deployment lifecycle hook.</summary>
    /// <remarks>ECS API model shape <c>DeploymentLifecycleHookTimeoutConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentLifecycleHookTimeoutConfiguration : IHasAdditionalMembers
    {
        /// <summary>The number of minutes Amazon ECS waits for the lifecycle hook to complete before taking the timeout action.</summary>
        /// <remarks>JSON member <c>timeoutInMinutes</c>.</remarks>
        public int? TimeoutInMinutes { get; set; }

        /// <summary>The action Amazon ECS takes when the lifecycle hook times out.</summary>
        /// <remarks>JSON member <c>action</c>.</remarks>
        public DeploymentLifecycleHookAction? Action { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentLifecycleHookTimeoutConfiguration",
            typeof(DeploymentLifecycleHookTimeoutConfiguration),
            () => new DeploymentLifecycleHookTimeoutConfiguration(),
            new[]
            {
                MemberSchema.Scalar("timeoutInMinutes", SchemaKind.Integer, false, o => ((DeploymentLifecycleHookTimeoutConfiguration)o).TimeoutInMinutes, (o, v) => ((DeploymentLifecycleHookTimeoutConfiguration)o).TimeoutInMinutes = (int?)v),
                MemberSchema.Enum("action", false, s => new DeploymentLifecycleHookAction(s), o => ((DeploymentLifecycleHookTimeoutConfiguration)o).Action, (o, v) => ((DeploymentLifecycleHookTimeoutConfiguration)o).Action = (DeploymentLifecycleHookAction?)v),
            });
    }
}
