using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>`.taskdefkit.json` keys: a misspelt one is an error, never a silently ignored setting.</summary>
    public class ConfigFileTests
    {
        [Fact]
        public void Unknown_key_is_a_usage_error_naming_the_key_its_line_and_the_valid_keys()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "invalid.json")));
            temp.Write(".taskdefkit.json", "{\n  \"ignore\": [],\n  \"severty\": { \"TDK1010\": \"none\" }\n}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(".taskdefkit.json:3: unknown key 'severty' in the configuration file; valid keys: ignore, severity, launchType, maxFileSize", result.Stderr);
        }

        [Fact]
        public void A_key_with_a_lone_surrogate_escape_is_a_usage_error_not_a_crash()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", "{\n  \"x\\ud800\": 1\n}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(".taskdefkit.json:2: not a valid configuration file: a key or string is not valid Unicode text", result.Stderr);
            Assert.DoesNotContain("TaskDefKit.Cli", result.Stderr);
        }

        [Fact]
        public void Known_keys_in_any_case_with_comments_are_accepted()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", "{ // project settings\n \"Severity\": { \"TDK1010\": \"none\" }, \"launchType\": \"FARGATE\", \"maxFileSize\": 1000000, }\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 0, result.ToString());
        }
    }
}
