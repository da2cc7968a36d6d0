using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Testing;

namespace TaskDefKit.Cli.Tests.Fuzz
{
    /// <summary>
    /// A bounded, repeatable fuzz run (issue 15): fixed seeds, a few thousand mutations of the real-world corpus as JSON
    /// and as CloudFormation YAML, each validated through the CLI's entry point in-process. Whatever the input: no
    /// internal error, no exception, exit code 0, 1 or 2, JSON and SARIF reports that parse, and no input that runs away
    /// (a generous guard, not a speed assertion: speed goals live in the benchmarks).
    /// </summary>
    public class InputFuzzTests
    {
        /// <summary>Far above the 2 s goal, so a loaded machine never fails the run; only a runaway input does.</summary>
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

        private static readonly string[] Tokens =
        {
            "{", "}", "[", "]", "\"", "\\", "\\ud800", "\\udc00", ": ", ",", "null", "-1", "1e309", "99999999999999999999",
            "&a ", "*a", "&b [*a, *a, *a] ", "!!str ", "!Ref ", "---\n", "\n", "  ", "\t", "Fn::Transform: x\n", "<<: *a\n",
            "? ", "|\n", ">-\n", "#", "'", "\u00e9", "\u2028", "\"family\":", "\"containerDefinitions\":[", "Resources:\n",
        };

        [Theory]
        [InlineData(1, "json")]
        [InlineData(2, "yaml")]
        [InlineData(3, "json")]
        [InlineData(4, "yaml")]
        public void Mutated_corpus_inputs_never_crash(int seed, string kind)
        {
            List<byte[]> seeds = kind == "json" ? JsonSeeds() : YamlSeeds();
            var random = new Random(seed);
            var failures = new List<string>();
            const int Mutations = 700;
            for (int i = 0; i < Mutations && failures.Count < 5; i++)
            {
                byte[] input = Mutate(seeds[random.Next(seeds.Count)], random);
                string format = (i % 3) switch { 0 => "text", 1 => "json", _ => "sarif" };
                string? problem = Check(input, format);
                if (problem != null)
                {
                    failures.Add("seed " + seed + " #" + i + " (" + format + "): " + problem + "\n  input: " + Convert.ToBase64String(input));
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        private static string? Check(byte[] input, string format)
        {
            Task<CliResult> run = Task.Run(() => CliRun.RunWithInput(Path.GetTempPath(), input, "validate", "-", "--format", format, "--no-config"));
            if (!run.Wait(Guard))
            {
                return "still running after " + Guard.TotalSeconds + " s";
            }

            CliResult result = run.Result;
            if (result.ExitCode is not (0 or 1 or 2))
            {
                return "exit code " + result.ExitCode + ": " + result.Stderr;
            }

            if (result.Stderr.Contains("internal error", StringComparison.Ordinal) || result.Stdout.Contains("internal error", StringComparison.Ordinal))
            {
                return "internal error: " + result.Stderr;
            }

            if (format != "text")
            {
                try
                {
                    using JsonDocument report = JsonDocument.Parse(result.Stdout);
                }
                catch (JsonException exception)
                {
                    return "the " + format + " report is not JSON: " + exception.Message;
                }
            }

            return null;
        }

        private static byte[] Mutate(byte[] original, Random random)
        {
            var bytes = new List<byte>(original);
            int steps = 1 + random.Next(4);
            for (int s = 0; s < steps; s++)
            {
                int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0 when bytes.Count > 0:
                        bytes[at] = (byte)random.Next(32, 127);
                        break;
                    case 1:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                        break;
                    case 2 when bytes.Count > 0:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                        break;
                    case 3 when bytes.Count > 0:
                        int length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                        break;
                    case 4:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            return bytes.ToArray();
        }

        private static List<byte[]> JsonSeeds() =>
            Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").Concat(Directory.GetFiles(RepoPaths.CorpusPlacement, "*.json"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .ToList();

        /// <summary>Each corpus task definition as the Properties of a CloudFormation YAML template, plus the YAML fixtures.</summary>
        private static List<byte[]> YamlSeeds()
        {
            var seeds = Directory.GetFiles(CliRun.Fixtures, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
            foreach (string file in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                JsonElement root;
                try
                {
                    using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file));
                    root = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    continue;
                }

                if (root.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var yaml = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n");
                WriteBlock(yaml, root, 6);
                seeds.Add(Encoding.UTF8.GetBytes(yaml.ToString()));
            }

            return seeds;
        }

        private static void WriteBlock(StringBuilder yaml, JsonElement value, int indent)
        {
            string pad = new string(' ', indent);
            if (value.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty member in value.EnumerateObject())
                {
                    yaml.Append(pad).Append(JsonSerializer.Serialize(member.Name)).Append(':');
                    WriteValue(yaml, member.Value, indent);
                }
            }
            else
            {
                foreach (JsonElement item in value.EnumerateArray())
                {
                    yaml.Append(pad).Append('-');
                    WriteValue(yaml, item, indent);
                }
            }
        }

        private static void WriteValue(StringBuilder yaml, JsonElement value, int indent)
        {
            bool nested = (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any()) ||
                          (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0);
            if (nested)
            {
                yaml.Append('\n');
                WriteBlock(yaml, value, indent + 2);
            }
            else
            {
                // JSON scalars, {} and [] are YAML flow scalars and collections.
                yaml.Append(' ').Append(value.GetRawText()).Append('\n');
            }
        }
    }
}
