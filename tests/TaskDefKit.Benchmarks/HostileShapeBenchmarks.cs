using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using TaskDefKit.Builders;
using TaskDefKit.Cli;
using TaskDefKit.Json;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// Goal (issue 15): validation is linear; every input under the 10 MB cap is read and validated in under 2 s. The
    /// shapes are those that were quadratic: thousands of findings in one file (each located by walking the document
    /// again; TDK2033 comparing every pair), a 5,000-resource CloudFormation template on one line, and
    /// <c>Build()</c> of a definition with 100,000 environment variables. Run with a short job:
    /// <c>dotnet run -c Release --project tests/TaskDefKit.Benchmarks -- --filter '*HostileShape*' --job short</c>.
    /// </summary>
    [MemoryDiagnoser]
    public class HostileShapeBenchmarks
    {
        private byte[] _duplicates32k = null!;
        private byte[] _duplicates100k = null!;
        private string _folder = null!;

        [GlobalSetup]
        public void Setup()
        {
            _duplicates32k = HostileShapeInputs.DuplicateEnvironment(32_000);
            _duplicates100k = HostileShapeInputs.DuplicateEnvironment(100_000);
            _folder = Directory.CreateTempSubdirectory("tdk-bench-").FullName;
            File.WriteAllBytes(Path.Combine(_folder, "template.json"), HostileShapeInputs.CloudFormationResources(5_000));
        }

        [GlobalCleanup]
        public void Cleanup() => Directory.Delete(_folder, recursive: true);

        [Benchmark(Description = "read+validate, 32k duplicate env entries")]
        public int Duplicates32k() => TaskDefinitionDocument.Parse(_duplicates32k, "dup.json").Validate().Count;

        [Benchmark(Description = "read+validate, 100k duplicate env entries (3 MB)")]
        public int Duplicates100k() => TaskDefinitionDocument.Parse(_duplicates100k, "dup.json").Validate().Count;

        [Benchmark(Description = "taskdef validate, 5,000-resource CloudFormation JSON")]
        public int CloudFormation5000()
        {
            var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, colorOutput: false, _folder);
            return Task.Run(() => CliApp.RunAsync(new[] { "validate", "template.json" }, console)).GetAwaiter().GetResult();
        }

        [Benchmark(Description = "Build() with 100k env entries")]
        public int Build100kEnvironment()
        {
            var variables = new List<KeyValuePair<string, string>>(100_000);
            for (int i = 0; i < 100_000; i++)
            {
                variables.Add(new KeyValuePair<string, string>("VAR_" + i.ToString(CultureInfo.InvariantCulture), "x"));
            }

            return TaskDefinitionBuilder.Create("big")
                .Container("app", c => c.Image("nginx:1.27").Memory(512).Environment(variables))
                .Build().Diagnostics.Count;
        }
    }
}
