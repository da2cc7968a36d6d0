using System.IO;
using System.Linq;
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

        [Fact]
        public void RequiredTagKeys_reports_each_missing_key_and_nothing_without_the_key()
        {
            using var temp = new TempFolder();
            string valid = File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json"));
            temp.Write("task.json", valid.Replace("\"family\": \"web\",", "\"family\": \"web\", \"tags\": [{ \"key\": \"team\", \"value\": \"payments\" }],"));
            temp.Write(".taskdefkit.json", "{ \"requiredTagKeys\": [\"team\", \"env\"] }\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("TDK6033", result.Stdout);
            Assert.Contains("'env'", result.Stdout);
            Assert.DoesNotContain("'team'", result.Stdout);

            temp.Write(".taskdefkit.json", "{ \"ignore\": [] }\n");
            CliResult unconfigured = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.DoesNotContain("TDK6033", unconfigured.Stdout);
        }

        [Theory]
        [InlineData("{ \"requiredTagKeys\": [\"team\", \"\"] }", "\"requiredTagKeys\" must list non-empty tag keys")]
        [InlineData("{ \"requiredTagKeys\": \"team\" }", "\"requiredTagKeys\" must be an array of tag keys")]
        [InlineData("{ \"requireAwsvpcNetworkMode\": \"yes\" }", "\"requireAwsvpcNetworkMode\" must be true or false")]
        public void Malformed_policy_keys_are_usage_errors(string config, string expected)
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", config + "\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(expected, result.Stderr);
        }

        [Fact]
        public void RequireAwsvpcNetworkMode_turns_on_TDK6034_which_is_off_otherwise()
        {
            using var temp = new TempFolder();
            string valid = File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json"));
            temp.Write("bridge.json", valid.Replace("\"awsvpc\"", "\"bridge\"").Replace("\"requiresCompatibilities\": [\"FARGATE\"],", "\"requiresCompatibilities\": [\"EC2\"],"));
            temp.Write("awsvpc.json", valid);
            CliResult off = CliRun.Run(temp.Path, "validate", "bridge.json");
            Assert.DoesNotContain("TDK6034", off.Stdout);

            temp.Write(".taskdefkit.json", "{ \"requireAwsvpcNetworkMode\": true }\n");
            CliResult on = CliRun.Run(temp.Path, "validate", "bridge.json", "awsvpc.json");
            Assert.Contains("TDK6034", on.Stdout);
            Assert.Contains("networkMode is bridge", on.Stdout);
            Assert.DoesNotContain("awsvpc.json", string.Join("\n", on.Stdout.Split('\n').Where(line => line.Contains("TDK6034"))));
        }
    }
}
