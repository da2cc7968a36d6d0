using System.Collections.Generic;

namespace TaskDefKit.Rules
{
    /// <summary>
    /// The Fargate task sizes (catalog §10; AWS "Invalid CPU or memory value specified" page): for each task cpu in
    /// CPU units, the memory values in MiB that Fargate accepts. Windows tasks may use only the 1024, 2048 and 4096 rows.
    /// </summary>
    public static class FargateSizes
    {
        /// <summary>One row of the table: a cpu value and its allowed memory range (first, last, step, all in MiB).</summary>
        public sealed class Row
        {
            internal Row(int cpuUnits, int minMemoryMiB, int maxMemoryMiB, int stepMiB, bool windows)
            {
                CpuUnits = cpuUnits;
                MinMemoryMiB = minMemoryMiB;
                MaxMemoryMiB = maxMemoryMiB;
                StepMiB = stepMiB;
                SupportsWindows = windows;
            }

            public int CpuUnits { get; }

            public int MinMemoryMiB { get; }

            public int MaxMemoryMiB { get; }

            public int StepMiB { get; }

            public bool SupportsWindows { get; }

            /// <summary>The allowed memory values in MiB, smallest first.</summary>
            public IEnumerable<int> MemoryValues()
            {
                for (int memory = MinMemoryMiB; memory <= MaxMemoryMiB; memory += StepMiB)
                {
                    yield return memory;
                }
            }

            public bool AllowsMemory(int memoryMiB) =>
                memoryMiB >= MinMemoryMiB && memoryMiB <= MaxMemoryMiB && (memoryMiB - MinMemoryMiB) % StepMiB == 0;
        }

        /// <summary>The rows in cpu order. 256 is irregular (512, 1024, 2048): it is written as 512..2048 with the 1536 gap handled in <see cref="IsValid"/>.</summary>
        public static IReadOnlyList<Row> Rows => s_rows;

        // An array, so lookups on the validator's hot path iterate without an enumerator allocation.
        private static readonly Row[] s_rows = new[]
        {
            new Row(256, 512, 2048, 512, windows: false),
            new Row(512, 1024, 4096, 1024, windows: false),
            new Row(1024, 2048, 8192, 1024, windows: true),
            new Row(2048, 4096, 16384, 1024, windows: true),
            new Row(4096, 8192, 30720, 1024, windows: true),
            new Row(8192, 16384, 61440, 4096, windows: false),
            new Row(16384, 32768, 122880, 8192, windows: false),
        };

        /// <summary>The row for a cpu value, or null when Fargate has no such size.</summary>
        public static Row? FindRow(int cpuUnits)
        {
            for (int i = 0; i < s_rows.Length; i++)
            {
                if (s_rows[i].CpuUnits == cpuUnits)
                {
                    return s_rows[i];
                }
            }

            return null;
        }

        /// <summary>The memory values (MiB) Fargate accepts for a cpu value; empty when the cpu value is not a Fargate size.</summary>
        public static IEnumerable<int> AllowedMemory(int cpuUnits)
        {
            Row? row = FindRow(cpuUnits);
            if (row is null)
            {
                yield break;
            }

            foreach (int memory in row.MemoryValues())
            {
                if (IsValid(cpuUnits, memory, windows: false))
                {
                    yield return memory;
                }
            }
        }

        /// <summary>True when (cpu, memory) is a Fargate size; with <paramref name="windows"/> only the Windows rows count.</summary>
        public static bool IsValid(int cpuUnits, int memoryMiB, bool windows)
        {
            Row? row = FindRow(cpuUnits);
            if (row is null || (windows && !row.SupportsWindows))
            {
                return false;
            }

            if (cpuUnits == 256)
            {
                return memoryMiB == 512 || memoryMiB == 1024 || memoryMiB == 2048;
            }

            return row.AllowsMemory(memoryMiB);
        }
    }
}
