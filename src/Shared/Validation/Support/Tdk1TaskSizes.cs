using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// Fargate task-size advice for TDK1014/TDK1015: the valid (cpu, memory) pairs nearest to an invalid one, so that
    /// messages (and a later code fix) can name concrete replacements. Used only when a rule reports.
    /// </summary>
    internal static class Tdk1TaskSizes
    {
        /// <summary>A Fargate task size: cpu in CPU units, memory in MiB.</summary>
        internal readonly struct Size
        {
            public Size(int cpuUnits, int memoryMiB)
            {
                CpuUnits = cpuUnits;
                MemoryMiB = memoryMiB;
            }

            public int CpuUnits { get; }

            public int MemoryMiB { get; }

            /// <summary>How the pair is written in a task definition: <c>cpu "512" with memory "2048"</c>.</summary>
            public override string ToString() =>
                "cpu \"" + CpuUnits.ToString(CultureInfo.InvariantCulture) + "\" with memory \"" + MemoryMiB.ToString(CultureInfo.InvariantCulture) + "\"";
        }

        // FargateSizes.IsValid/FindRow enumerate an IReadOnlyList (an enumerator allocation per call); the rules run on the
        // hot path, so the valid pairs are taken from FargateSizes once and looked up without allocating.
        private static readonly HashSet<long> s_linuxSizes = Collect(windows: false);
        private static readonly HashSet<long> s_windowsSizes = Collect(windows: true);

        /// <summary>True when (cpu, memory) is a Fargate size (a Windows one when <paramref name="windows"/>); allocation-free.</summary>
        public static bool IsValid(int cpuUnits, int memoryMiB, bool windows) =>
            (windows ? s_windowsSizes : s_linuxSizes).Contains(Key(cpuUnits, memoryMiB));

        /// <summary>True when <paramref name="cpuUnits"/> is a Fargate cpu value (a Windows one when <paramref name="windows"/>).</summary>
        public static bool IsFargateCpu(int cpuUnits, bool windows)
        {
            IReadOnlyList<FargateSizes.Row> rows = FargateSizes.Rows;
            for (int i = 0; i < rows.Count; i++)
            {
                if (rows[i].CpuUnits == cpuUnits)
                {
                    return !windows || rows[i].SupportsWindows;
                }
            }

            return false;
        }

        private static long Key(int cpuUnits, int memoryMiB) => ((long)cpuUnits << 32) | (uint)memoryMiB;

        private static HashSet<long> Collect(bool windows)
        {
            var sizes = new HashSet<long>();
            foreach (FargateSizes.Row row in FargateSizes.Rows)
            {
                foreach (int memory in row.MemoryValues())
                {
                    if (FargateSizes.IsValid(row.CpuUnits, memory, windows))
                    {
                        sizes.Add(Key(row.CpuUnits, memory));
                    }
                }
            }

            return sizes;
        }

        /// <summary>
        /// Up to two valid sizes near (<paramref name="cpuUnits"/>, <paramref name="memoryMiB"/>), best first.
        /// When the cpu is a Fargate value: the same cpu with the nearest memory, and the smallest cpu that allows the same
        /// memory. Otherwise: the Fargate cpu nearest to the given one (ratio distance, the larger on a tie) with its
        /// memory nearest to the given one; and, only when that changes the memory, the cpu nearest to the given one
        /// that allows the given memory unchanged.
        /// </summary>
        public static List<Size> Nearest(int cpuUnits, int memoryMiB, bool windows)
        {
            var result = new List<Size>(2);
            if (IsFargateCpu(cpuUnits, windows))
            {
                result.Add(new Size(cpuUnits, NearestMemory(cpuUnits, memoryMiB)));
                foreach (FargateSizes.Row row in FargateSizes.Rows)
                {
                    if ((!windows || row.SupportsWindows) && row.CpuUnits != cpuUnits && IsValid(row.CpuUnits, memoryMiB, windows))
                    {
                        result.Add(new Size(row.CpuUnits, memoryMiB));
                        break;
                    }
                }

                return result;
            }

            FargateSizes.Row? nearest = NearestRow(cpuUnits, memoryMiB: null, windows);
            if (nearest is null)
            {
                return result;
            }

            result.Add(new Size(nearest.CpuUnits, NearestMemory(nearest.CpuUnits, memoryMiB)));
            if (result[0].MemoryMiB != memoryMiB)
            {
                FargateSizes.Row? keepsMemory = NearestRow(cpuUnits, memoryMiB, windows);
                if (keepsMemory != null)
                {
                    result.Add(new Size(keepsMemory.CpuUnits, memoryMiB));
                }
            }

            return result;
        }

        /// <summary>The cpu row nearest to <paramref name="cpuUnits"/> by ratio (the larger on a tie), optionally only rows that allow <paramref name="memoryMiB"/>.</summary>
        private static FargateSizes.Row? NearestRow(int cpuUnits, int? memoryMiB, bool windows)
        {
            FargateSizes.Row? nearest = null;
            double best = double.MaxValue;
            foreach (FargateSizes.Row row in FargateSizes.Rows)
            {
                if ((windows && !row.SupportsWindows) || (memoryMiB.HasValue && !IsValid(row.CpuUnits, memoryMiB.Value, windows)))
                {
                    continue;
                }

                double distance = Math.Abs(Math.Log(Math.Max(cpuUnits, 1) / (double)row.CpuUnits));
                if (nearest is null || distance < best || (distance == best && row.CpuUnits > nearest.CpuUnits))
                {
                    best = distance;
                    nearest = row;
                }
            }

            return nearest;
        }

        /// <summary>"nearest valid size is …" or "nearest valid sizes are … or …" (<paramref name="kind"/> e.g. "valid", "Windows").</summary>
        public static string Suggest(string kind, List<Size> sizes) =>
            "nearest " + kind + (sizes.Count == 1 ? " size is " : " sizes are ") + Describe(sizes);

        /// <summary>The memory value of a cpu row closest to <paramref name="memoryMiB"/> (the smaller one on a tie).</summary>
        public static int NearestMemory(int cpuUnits, int memoryMiB)
        {
            int best = -1;
            foreach (int candidate in FargateSizes.AllowedMemory(cpuUnits))
            {
                if (best < 0 || Math.Abs((long)candidate - memoryMiB) < Math.Abs((long)best - memoryMiB))
                {
                    best = candidate;
                }
            }

            return best;
        }

        /// <summary>"cpu "256" with memory "512", or cpu "512" with memory "1024"".</summary>
        public static string Describe(List<Size> sizes)
        {
            string text = string.Empty;
            for (int i = 0; i < sizes.Count; i++)
            {
                text += (i == 0 ? string.Empty : i == sizes.Count - 1 ? " or " : ", ") + sizes[i].ToString();
            }

            return text;
        }

        /// <summary>CPU units as vCPU for messages: 256 → "0.25 vCPU".</summary>
        public static string Vcpu(int cpuUnits) =>
            (cpuUnits / 1024m).ToString("0.###", CultureInfo.InvariantCulture) + " vCPU";
    }
}
