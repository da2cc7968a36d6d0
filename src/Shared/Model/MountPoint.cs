using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The details for a volume mount point that's used in a container definition.</summary>
    /// <remarks>ECS API model shape <c>MountPoint</c>; members and their order follow it.</remarks>
    public sealed partial class MountPoint : IHasAdditionalMembers
    {
        /// <summary>The name of the volume to mount.</summary>
        /// <remarks>JSON member <c>sourceVolume</c>.</remarks>
        public string? SourceVolume { get; set; }

        /// <summary>The path on the container to mount the host volume at.</summary>
        /// <remarks>JSON member <c>containerPath</c>.</remarks>
        public string? ContainerPath { get; set; }

        /// <summary>If this value is true, the container has read-only access to the volume.</summary>
        /// <remarks>JSON member <c>readOnly</c>.</remarks>
        public bool? ReadOnly { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "MountPoint",
            typeof(MountPoint),
            () => new MountPoint(),
            new[]
            {
                MemberSchema.Scalar("sourceVolume", SchemaKind.String, false, o => ((MountPoint)o).SourceVolume, (o, v) => ((MountPoint)o).SourceVolume = (string?)v),
                MemberSchema.Scalar("containerPath", SchemaKind.String, false, o => ((MountPoint)o).ContainerPath, (o, v) => ((MountPoint)o).ContainerPath = (string?)v),
                MemberSchema.Scalar("readOnly", SchemaKind.Boolean, false, o => ((MountPoint)o).ReadOnly, (o, v) => ((MountPoint)o).ReadOnly = (bool?)v),
            });
    }
}
