using System;
using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Builders
{
    /// <summary>
    /// A Fargate task size: a task <c>cpu</c> and <c>memory</c> pair that Fargate accepts. Only the pairs of the Fargate
    /// size table (<see cref="FargateSizes"/>) can be expressed — pick the cpu, then the memory:
    /// <c>FargateSize.Cpu256.Memory512</c>, <c>FargateSize.Cpu1024.Memory3072</c>, … Every size is also in
    /// <see cref="All"/>, and <see cref="TryCreate"/> looks a pair up. Sizes that Fargate does not offer stay possible
    /// through the raw <see cref="TaskDefinitionBuilder.Cpu(string)"/> and <see cref="TaskDefinitionBuilder.Memory(string)"/>.
    /// </summary>
    public sealed partial class FargateSize : IEquatable<FargateSize>
    {
        private FargateSize(int cpuUnits, int memoryMiB)
        {
            CpuUnits = cpuUnits;
            MemoryMiB = memoryMiB;
        }

        /// <summary>The task cpu in CPU units (1024 units = 1 vCPU).</summary>
        public int CpuUnits { get; }

        /// <summary>The task memory in MiB.</summary>
        public int MemoryMiB { get; }

        /// <summary>The task <c>cpu</c> string as written to JSON, e.g. <c>"256"</c>.</summary>
        public string Cpu => CpuUnits.ToString(CultureInfo.InvariantCulture);

        /// <summary>The task <c>memory</c> string as written to JSON, e.g. <c>"512"</c>.</summary>
        public string Memory => MemoryMiB.ToString(CultureInfo.InvariantCulture);

        /// <summary>True when Windows tasks on Fargate may use this size too (1, 2 and 4 vCPU).</summary>
        public bool SupportsWindows => FargateSizes.IsValid(CpuUnits, MemoryMiB, windows: true);

        /// <summary>Finds the size for a (cpu units, memory MiB) pair; false when Fargate has no such size.</summary>
        public static bool TryCreate(int cpuUnits, int memoryMiB, out FargateSize? size)
        {
            foreach (FargateSize candidate in All)
            {
                if (candidate.CpuUnits == cpuUnits && candidate.MemoryMiB == memoryMiB)
                {
                    size = candidate;
                    return true;
                }
            }

            size = null;
            return false;
        }

        /// <inheritdoc />
        public bool Equals(FargateSize? other) =>
            other is not null && other.CpuUnits == CpuUnits && other.MemoryMiB == MemoryMiB;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FargateSize);

        /// <inheritdoc />
        public override int GetHashCode() => (CpuUnits * 397) ^ MemoryMiB;

        /// <summary><c>cpu 256 / memory 512</c>.</summary>
        public override string ToString() => "cpu " + Cpu + " / memory " + Memory;
    }
}
