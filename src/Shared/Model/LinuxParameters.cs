using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The Linux-specific options that are applied to the container, such as Linux KernelCapabilities.</summary>
    /// <remarks>ECS API model shape <c>LinuxParameters</c>; members and their order follow it.</remarks>
    public sealed partial class LinuxParameters : IHasAdditionalMembers
    {
        /// <summary>The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.</summary>
        /// <remarks>JSON member <c>capabilities</c>.</remarks>
        public KernelCapabilities? Capabilities { get; set; }

        /// <summary>Any host devices to expose to the container.</summary>
        /// <remarks>JSON member <c>devices</c>.</remarks>
        public List<Device>? Devices { get; set; }

        /// <summary>Run an init process inside the container that forwards signals and reaps processes.</summary>
        /// <remarks>JSON member <c>initProcessEnabled</c>.</remarks>
        public bool? InitProcessEnabled { get; set; }

        /// <summary>The value for the size (in MiB) of the /dev/shm volume.</summary>
        /// <remarks>JSON member <c>sharedMemorySize</c>.</remarks>
        public int? SharedMemorySize { get; set; }

        /// <summary>The container path, mount options, and size (in MiB) of the tmpfs mount.</summary>
        /// <remarks>JSON member <c>tmpfs</c>.</remarks>
        public List<Tmpfs>? Tmpfs { get; set; }

        /// <summary>The total amount of swap memory (in MiB) a container can use.</summary>
        /// <remarks>JSON member <c>maxSwap</c>.</remarks>
        public int? MaxSwap { get; set; }

        /// <summary>This allows you to tune a container's memory swappiness behavior.</summary>
        /// <remarks>JSON member <c>swappiness</c>.</remarks>
        public int? Swappiness { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "LinuxParameters",
            typeof(LinuxParameters),
            () => new LinuxParameters(),
            new[]
            {
                MemberSchema.Object("capabilities", false, () => KernelCapabilities.Schema, o => ((LinuxParameters)o).Capabilities, (o, v) => ((LinuxParameters)o).Capabilities = (KernelCapabilities?)v),
                MemberSchema.List("devices", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Device>(), o => ((LinuxParameters)o).Devices, (o, v) => ((LinuxParameters)o).Devices = (List<global::TaskDefKit.Model.Device>?)v, elementSchema: () => global::TaskDefKit.Model.Device.Schema),
                MemberSchema.Scalar("initProcessEnabled", SchemaKind.Boolean, false, o => ((LinuxParameters)o).InitProcessEnabled, (o, v) => ((LinuxParameters)o).InitProcessEnabled = (bool?)v),
                MemberSchema.Scalar("sharedMemorySize", SchemaKind.Integer, false, o => ((LinuxParameters)o).SharedMemorySize, (o, v) => ((LinuxParameters)o).SharedMemorySize = (int?)v),
                MemberSchema.List("tmpfs", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tmpfs>(), o => ((LinuxParameters)o).Tmpfs, (o, v) => ((LinuxParameters)o).Tmpfs = (List<global::TaskDefKit.Model.Tmpfs>?)v, elementSchema: () => global::TaskDefKit.Model.Tmpfs.Schema),
                MemberSchema.Scalar("maxSwap", SchemaKind.Integer, false, o => ((LinuxParameters)o).MaxSwap, (o, v) => ((LinuxParameters)o).MaxSwap = (int?)v),
                MemberSchema.Scalar("swappiness", SchemaKind.Integer, false, o => ((LinuxParameters)o).Swappiness, (o, v) => ((LinuxParameters)o).Swappiness = (int?)v),
            });
    }
}
