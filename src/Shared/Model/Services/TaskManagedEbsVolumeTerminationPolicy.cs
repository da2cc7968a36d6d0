using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The termination policy for the Amazon EBS volume when the task exits.</summary>
    /// <remarks>ECS API model shape <c>TaskManagedEBSVolumeTerminationPolicy</c>; members and their order follow it.</remarks>
    public sealed partial class TaskManagedEbsVolumeTerminationPolicy : IHasAdditionalMembers
    {
        /// <summary>Indicates whether the volume should be deleted on when the task stops.</summary>
        /// <remarks>JSON member <c>deleteOnTermination</c> (required by the API).</remarks>
        public bool? DeleteOnTermination { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TaskManagedEBSVolumeTerminationPolicy",
            typeof(TaskManagedEbsVolumeTerminationPolicy),
            () => new TaskManagedEbsVolumeTerminationPolicy(),
            new[]
            {
                MemberSchema.Scalar("deleteOnTermination", SchemaKind.Boolean, true, o => ((TaskManagedEbsVolumeTerminationPolicy)o).DeleteOnTermination, (o, v) => ((TaskManagedEbsVolumeTerminationPolicy)o).DeleteOnTermination = (bool?)v),
            });
    }
}
