using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Configuration settings for the task volume that was configuredAtLaunch that weren't set during RegisterTaskDef.</summary>
    /// <remarks>ECS API model shape <c>TaskVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class TaskVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The name of the volume.</summary>
        /// <remarks>JSON member <c>name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.</summary>
        /// <remarks>JSON member <c>managedEBSVolume</c>.</remarks>
        public TaskManagedEbsVolumeConfiguration? ManagedEbsVolume { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TaskVolumeConfiguration",
            typeof(TaskVolumeConfiguration),
            () => new TaskVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, true, o => ((TaskVolumeConfiguration)o).Name, (o, v) => ((TaskVolumeConfiguration)o).Name = (string?)v),
                MemberSchema.Object("managedEBSVolume", false, () => TaskManagedEbsVolumeConfiguration.Schema, o => ((TaskVolumeConfiguration)o).ManagedEbsVolume, (o, v) => ((TaskVolumeConfiguration)o).ManagedEbsVolume = (TaskManagedEbsVolumeConfiguration?)v),
            });
    }
}
