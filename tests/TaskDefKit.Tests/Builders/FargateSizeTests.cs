using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TaskDefKit.Builders;
using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Builders
{
    public class FargateSizeTests
    {
        /// <summary>Every (cpu, memory) pair the table allows, for Linux.</summary>
        private static HashSet<(int, int)> TablePairs() =>
            FargateSizes.Rows.SelectMany(row => FargateSizes.AllowedMemory(row.CpuUnits).Select(memory => (row.CpuUnits, memory))).ToHashSet();

        /// <summary>Every size reachable as <c>FargateSize.CpuN.MemoryM</c>, found by reflection over the public members.</summary>
        private static List<(string Path, FargateSize Size)> ReachableSizes()
        {
            var sizes = new List<(string, FargateSize)>();
            foreach (PropertyInfo cpu in typeof(FargateSize).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.Name.StartsWith("Cpu", System.StringComparison.Ordinal)))
            {
                object row = cpu.GetValue(null)!;
                foreach (PropertyInfo memory in row.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    Assert.Equal(typeof(FargateSize), memory.PropertyType);
                    sizes.Add((cpu.Name + "." + memory.Name, (FargateSize)memory.GetValue(row)!));
                }
            }

            return sizes;
        }

        [Fact]
        public void Every_pair_of_the_table_is_reachable_and_nothing_else()
        {
            List<(string Path, FargateSize Size)> reachable = ReachableSizes();
            HashSet<(int, int)> table = TablePairs();

            Assert.Equal(74, table.Count);
            Assert.Equal(table.OrderBy(p => p), reachable.Select(r => (r.Size.CpuUnits, r.Size.MemoryMiB)).OrderBy(p => p));
            foreach ((string path, FargateSize size) in reachable)
            {
                Assert.Equal("Cpu" + size.Cpu + ".Memory" + size.Memory, path);
                Assert.True(FargateSizes.IsValid(size.CpuUnits, size.MemoryMiB, windows: false), path);
            }
        }

        [Fact]
        public void All_lists_each_size_once_in_table_order()
        {
            Assert.Equal(TablePairs().OrderBy(p => p), FargateSize.All.Select(s => (s.CpuUnits, s.MemoryMiB)));
            Assert.Equal(FargateSize.All.Count, FargateSize.All.Distinct().Count());
        }

        [Fact]
        public void No_public_constructor_can_make_an_invalid_size()
        {
            Assert.Empty(typeof(FargateSize).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            foreach (System.Type nested in typeof(FargateSize).GetNestedTypes(BindingFlags.Public))
            {
                Assert.Empty(nested.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            }
        }

        [Fact]
        public void TryCreate_finds_valid_pairs_and_refuses_the_rest()
        {
            Assert.True(FargateSize.TryCreate(4096, 30720, out FargateSize? size));
            Assert.Same(FargateSize.Cpu4096.Memory30720, size);
            Assert.False(FargateSize.TryCreate(256, 1536, out _));
            Assert.False(FargateSize.TryCreate(512, 512, out _));
            Assert.False(FargateSize.TryCreate(8192, 18432, out _));
            Assert.False(FargateSize.TryCreate(300, 1024, out FargateSize? none));
            Assert.Null(none);
        }

        [Fact]
        public void Strings_windows_support_and_equality()
        {
            FargateSize size = FargateSize.Cpu16384.Memory122880;
            Assert.Equal(("16384", "122880"), (size.Cpu, size.Memory));
            Assert.Equal("cpu 16384 / memory 122880", size.ToString());
            Assert.False(size.SupportsWindows);
            Assert.True(FargateSize.Cpu1024.Memory2048.SupportsWindows);
            Assert.Equal(
                FargateSize.All.Where(s => s.SupportsWindows).Select(s => s.CpuUnits).Distinct(),
                new[] { 1024, 2048, 4096 });
            Assert.True(FargateSize.Cpu512.Memory1024.Equals((object)FargateSize.Cpu512.Memory1024));
            Assert.NotEqual(FargateSize.Cpu512.Memory1024.GetHashCode(), FargateSize.Cpu512.Memory2048.GetHashCode());
        }
    }
}
