using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>The <c>policy</c> section of <c>.taskdefkit.json</c> in <c>taskdef validate</c>: findings that name the entry's line, usage errors for a bad policy.</summary>
    public class PolicyConfigTests
    {
        private const string Policy = "{\n  \"policy\": {\n    \"allowedRegistries\": [\"public.ecr.aws\"],\n    \"requiredLogDriver\": \"awslogs\",\n    \"requiredTagKeys\": [\"team\"]\n  }\n}\n";

        [Fact]
        public void A_violation_is_an_error_naming_the_policy_file_and_line()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", Policy);
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error TDK9402: Image '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2' of container 'web' comes from", result.Stdout);
            Assert.Contains("(policy \"allowedRegistries\" at " + Path.Combine(temp.Path, ".taskdefkit.json") + ":3: public.ecr.aws)", result.Stdout);
            Assert.Contains("info TDK6033: tags has no key 'team'", result.Stdout);
            Assert.Contains(".taskdefkit.json:5)", result.Stdout);
            Assert.DoesNotContain("TDK9408", result.Stdout); // the fixture logs with awslogs
        }

        [Fact]
        public void A_compliant_definition_passes_and_ignore_applies_to_policy_rules()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", Policy.Replace("public.ecr.aws", "*.dkr.ecr.*.amazonaws.com").Replace("\"team\"", "\"web\"").Replace("\"requiredTagKeys\": [\"web\"]", "\"forbiddenCapabilities\": [\"SYS_ADMIN\"]"));
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK94", result.Stdout);

            temp.Write(".taskdefkit.json", Policy.Replace("{\n  \"policy\"", "{\n  \"ignore\": [\"TDK9402\"], \"policy\""));
            CliResult ignored = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(ignored.ExitCode == 0, ignored.ToString());
            Assert.DoesNotContain("TDK9402", ignored.Stdout);
        }

        [Theory]
        [InlineData("{\n  \"policy\": {\n    \"allowedRegistry\": [\"x\"] } }", ".taskdefkit.json:3: unknown key 'allowedRegistry' in \"policy\"; valid keys: allowedRegistries, allowedRepositories, imagePinning, requiredTagKeys, allowedFargateSizes")]
        [InlineData("{ \"policy\": { \"imagePinning\": true } }", "\"policy.imagePinning\" must be \"tag\"")]
        [InlineData("{ \"requiredTagKeys\": [\"a\"],\n \"policy\": { \"requiredTagKeys\": [\"b\"] } }", ":2: \"requiredTagKeys\" is given both at the top level (line 1) and in \"policy\"")]
        public void A_bad_policy_is_a_usage_error_naming_the_line(string config, string expected)
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", config + "\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(expected, result.Stderr);
        }

        [Fact]
        public void Policy_is_a_valid_configuration_key()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            temp.Write(".taskdefkit.json", "{ \"severty\": {} }\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json");
            Assert.Contains("valid keys: ignore, severity, launchType, maxFileSize, requiredTagKeys, policy, requireAwsvpcNetworkMode", result.Stderr);
        }
    }
}
