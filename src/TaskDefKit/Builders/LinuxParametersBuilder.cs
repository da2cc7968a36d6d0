using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures <c>linuxParameters</c>; see <see cref="ContainerBuilder.LinuxParameters"/>.</summary>
    public sealed class LinuxParametersBuilder
    {
        internal LinuxParametersBuilder(LinuxParameters parameters)
        {
            Parameters = parameters;
        }

        /// <summary>The Linux parameters being configured.</summary>
        public LinuxParameters Parameters { get; }

        /// <summary>Runs an init process (PID 1) that forwards signals and reaps zombies (<c>initProcessEnabled</c>).</summary>
        [Sets("initProcessEnabled=enabled")]
        public LinuxParametersBuilder InitProcessEnabled(bool enabled = true)
        {
            Parameters.InitProcessEnabled = enabled;
            return this;
        }

        /// <summary>Adds Linux capabilities (e.g. <c>SYS_PTRACE</c>, the only one Fargate allows).</summary>
        [Adds("capabilities/add", "capabilities", LocatesList = true)]
        public LinuxParametersBuilder AddCapabilities(params string[] capabilities)
        {
            KernelCapabilities kernel = Parameters.Capabilities ??= new KernelCapabilities();
            (kernel.Add ??= new List<string>()).AddRange(capabilities);
            return this;
        }

        /// <summary>Drops Linux capabilities (e.g. <c>ALL</c>, or <c>NET_RAW</c>).</summary>
        [Adds("capabilities/drop", "capabilities", LocatesList = true)]
        public LinuxParametersBuilder DropCapabilities(params string[] capabilities)
        {
            KernelCapabilities kernel = Parameters.Capabilities ??= new KernelCapabilities();
            (kernel.Drop ??= new List<string>()).AddRange(capabilities);
            return this;
        }

        /// <summary>Exposes a host device to the container (EC2 only).</summary>
        [Adds("devices", "hostPath=hostPath", "containerPath=containerPath?", "permissions=permissions?", LocatesList = true)]
        public LinuxParametersBuilder Device(string hostPath, string? containerPath = null, params DeviceCgroupPermission[] permissions)
        {
            (Parameters.Devices ??= new List<Device>()).Add(new Device
            {
                HostPath = hostPath,
                ContainerPath = containerPath,
                Permissions = permissions.Length == 0 ? null : new List<DeviceCgroupPermission>(permissions),
            });
            return this;
        }

        /// <summary>Sets <c>sharedMemorySize</c> (<c>/dev/shm</c>) in MiB (EC2 only).</summary>
        [Sets("sharedMemorySize=sizeMiB")]
        public LinuxParametersBuilder SharedMemorySize(int sizeMiB)
        {
            Parameters.SharedMemorySize = sizeMiB;
            return this;
        }

        /// <summary>Mounts a tmpfs of <paramref name="sizeMiB"/> MiB at <paramref name="containerPath"/> (EC2 only).</summary>
        [Adds("tmpfs", "containerPath=containerPath", "size=sizeMiB", "mountOptions=mountOptions?", LocatesList = true)]
        public LinuxParametersBuilder Tmpfs(string containerPath, int sizeMiB, params string[] mountOptions)
        {
            (Parameters.Tmpfs ??= new List<Tmpfs>()).Add(new Tmpfs
            {
                ContainerPath = containerPath,
                Size = sizeMiB,
                MountOptions = mountOptions.Length == 0 ? null : new List<string>(mountOptions),
            });
            return this;
        }

        /// <summary>Sets <c>maxSwap</c> in MiB (0 = no swap; EC2 only).</summary>
        [Sets("maxSwap=sizeMiB")]
        public LinuxParametersBuilder MaxSwap(int sizeMiB)
        {
            Parameters.MaxSwap = sizeMiB;
            return this;
        }

        /// <summary>Sets <c>swappiness</c> (0–100; only with <see cref="MaxSwap"/>; EC2 only).</summary>
        [Sets("swappiness=swappiness")]
        public LinuxParametersBuilder Swappiness(int swappiness)
        {
            Parameters.Swappiness = swappiness;
            return this;
        }
    }
}
