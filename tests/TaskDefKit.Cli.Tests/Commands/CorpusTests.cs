using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Every real-world file goes through <c>taskdef validate</c> without a crash, one by one and as a folder.</summary>
    public class CorpusTests
    {
        public static IEnumerable<object[]> CorpusFiles()
        {
            string root = Path.Combine(RepoPaths.Shared, "corpus", "realworld");
            foreach (string file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            {
                yield return new object[] { Path.GetRelativePath(root, file) };
            }
        }

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void Each_file_is_validated_without_a_crash(string relative)
        {
            string root = Path.Combine(RepoPaths.Shared, "corpus", "realworld");
            foreach (string format in new[] { "text", "sarif" })
            {
                CliResult result = CliRun.Run(root, "validate", "-f", format, relative);
                Assert.True(result.ExitCode is 0 or 1 or 2, result.ToString());
                Assert.DoesNotContain("internal error", result.Stderr);
                Assert.DoesNotContain("   at ", result.Stderr);
                if (format == "sarif")
                {
                    JsonDocument.Parse(result.Stdout).Dispose();
                }
            }
        }

        [Fact]
        public void Whole_corpus_as_json_reports_every_file()
        {
            string root = Path.Combine(RepoPaths.Shared, "corpus", "realworld");
            CliResult result = CliRun.Run(root, "validate", "-f", "json", "taskdefs", "placement");
            Assert.DoesNotContain("internal error", result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            int expected = Directory.GetFiles(Path.Combine(root, "taskdefs"), "*.json").Length + Directory.GetFiles(Path.Combine(root, "placement"), "*.json").Length;
            Assert.Equal(expected, json.RootElement.GetProperty("files").GetArrayLength());
            Assert.Equal(1, result.ExitCode);
        }
    }
}
