using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>An object representing a container instance host device.</summary>
    /// <remarks>ECS API model shape <c>Device</c>; members and their order follow it.</remarks>
    public sealed partial class Device : IHasAdditionalMembers
    {
        /// <summary>The path for the device on the host container instance.</summary>
        /// <remarks>JSON member <c>hostPath</c> (required by the API).</remarks>
        public string? HostPath { get; set; }

        /// <summary>The path inside the container at which to expose the host device.</summary>
        /// <remarks>JSON member <c>containerPath</c>.</remarks>
        public string? ContainerPath { get; set; }

        /// <summary>The explicit permissions to provide to the container for the device.</summary>
        /// <remarks>JSON member <c>permissions</c>.</remarks>
        public List<DeviceCgroupPermission>? Permissions { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Device",
            typeof(Device),
            () => new Device(),
            new[]
            {
                MemberSchema.Scalar("hostPath", SchemaKind.String, true, o => ((Device)o).HostPath, (o, v) => ((Device)o).HostPath = (string?)v),
                MemberSchema.Scalar("containerPath", SchemaKind.String, false, o => ((Device)o).ContainerPath, (o, v) => ((Device)o).ContainerPath = (string?)v),
                MemberSchema.List("permissions", false, SchemaKind.Enum, () => new List<global::TaskDefKit.Model.DeviceCgroupPermission>(), o => ((Device)o).Permissions, (o, v) => ((Device)o).Permissions = (List<global::TaskDefKit.Model.DeviceCgroupPermission>?)v, enumFactory: s => new global::TaskDefKit.Model.DeviceCgroupPermission(s)),
            });
    }
}
