using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Specifies whether the scaling activities for a scalable target are in a suspended state.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>SuspendedState</c>; members and their order follow it.</remarks>
    public sealed partial class SuspendedState : IHasAdditionalMembers
    {
        /// <summary>Whether scale in by a target tracking scaling policy or a step scaling policy is suspended.</summary>
        /// <remarks>JSON member <c>DynamicScalingInSuspended</c>.</remarks>
        public bool? DynamicScalingInSuspended { get; set; }

        /// <summary>Whether scale out by a target tracking scaling policy or a step scaling policy is suspended.</summary>
        /// <remarks>JSON member <c>DynamicScalingOutSuspended</c>.</remarks>
        public bool? DynamicScalingOutSuspended { get; set; }

        /// <summary>Whether scheduled scaling is suspended.</summary>
        /// <remarks>JSON member <c>ScheduledScalingSuspended</c>.</remarks>
        public bool? ScheduledScalingSuspended { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "SuspendedState",
            typeof(SuspendedState),
            () => new SuspendedState(),
            new[]
            {
                MemberSchema.Scalar("DynamicScalingInSuspended", SchemaKind.Boolean, false, o => ((SuspendedState)o).DynamicScalingInSuspended, (o, v) => ((SuspendedState)o).DynamicScalingInSuspended = (bool?)v),
                MemberSchema.Scalar("DynamicScalingOutSuspended", SchemaKind.Boolean, false, o => ((SuspendedState)o).DynamicScalingOutSuspended, (o, v) => ((SuspendedState)o).DynamicScalingOutSuspended = (bool?)v),
                MemberSchema.Scalar("ScheduledScalingSuspended", SchemaKind.Boolean, false, o => ((SuspendedState)o).ScheduledScalingSuspended, (o, v) => ((SuspendedState)o).ScheduledScalingSuspended = (bool?)v),
            });
    }
}
