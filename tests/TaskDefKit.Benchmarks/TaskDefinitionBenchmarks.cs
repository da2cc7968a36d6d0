using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// Goals (issue 2): at least 20,000 read+validate per second of a typical two-container definition on one core,
    /// under 50 KB allocated per definition.
    /// </summary>
    [MemoryDiagnoser]
    public class TaskDefinitionBenchmarks
    {
        private byte[][] _corpus = null!;
        private TaskDefinition _typical = null!;

        [GlobalSetup]
        public void Setup()
        {
            _corpus = BenchmarkInputs.Corpus();
            _typical = TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8).Definition!;
        }

        [Benchmark(Description = "read typical")]
        public TaskDefinition? Read() => TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8).Definition;

        [Benchmark(Description = "read+validate typical")]
        public int ReadAndValidate() => TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8).Validate().Count;

        [Benchmark(Description = "validate typical (model only)")]
        public int Validate() => TaskDefinitionValidator.Validate(_typical).Count;

        [Benchmark(Description = "emit typical (indented)")]
        public string Emit() => TaskDefinitionJson.Serialize(_typical);

        [Benchmark(Description = "read+validate whole corpus")]
        public int ReadAndValidateCorpus()
        {
            int findings = 0;
            foreach (byte[] file in _corpus)
            {
                IReadOnlyList<RuleDiagnostic> diagnostics = TaskDefinitionDocument.Parse(file).Validate();
                findings += diagnostics.Count;
            }

            return findings;
        }
    }
}
