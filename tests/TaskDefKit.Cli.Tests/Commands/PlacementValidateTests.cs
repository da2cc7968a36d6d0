using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Placement documents and CreateService/UpdateService/RunTask inputs are validated with the TDK5 rules.</summary>
    public class PlacementValidateTests
    {
        private const string BadService =
            "{\n" +
            "  \"cluster\": \"prod\",\n" +
            "  \"serviceName\": \"web\",\n" +
            "  \"taskDefinition\": \"web:3\",\n" +
            "  \"desiredCount\": 2,\n" +
            "  \"placementStrategy\": [\n" +
            "    { \"type\": \"binpack\", \"field\": \"instanceId\" }\n" +
            "  ],\n" +
            "  \"placementConstraints\": [\n" +
            "    { \"type\": \"memberOf\", \"expression\": \"attribute:ecs.instance-type =~ t2.*\" },\n" +
            "    { \"type\": \"memberOf\" }\n" +
            "  ]\n" +
            "}\n";

        [Fact]
        public void A_clean_placement_document_exits_0()
        {
            using var temp = new TempFolder();
            temp.Write("placement.json", "{ \"placementStrategy\": [ { \"type\": \"random\" } ] }");
            CliResult result = CliRun.Run(temp.Path, "validate", "placement.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("1 placement(s)", result.Stderr);
        }

        [Fact]
        public void A_bad_service_input_reports_tdk5_findings_with_locations_in_text()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", BadService);
            CliResult result = CliRun.Run(temp.Path, "validate", "service.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("service.json:7:35: error TDK5002:", result.Stdout);
            Assert.Contains("service.json:11:5: error TDK5008:", result.Stdout);
        }

        [Fact]
        public void A_bad_service_input_in_json_and_sarif()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", BadService);

            CliResult json = CliRun.Run(temp.Path, "validate", "-f", "json", "service.json");
            Assert.Equal(1, json.ExitCode);
            using (JsonDocument report = JsonDocument.Parse(json.Stdout))
            {
                JsonElement file = report.RootElement.GetProperty("files")[0];
                Assert.Equal(1, file.GetProperty("placements").GetInt32());
                JsonElement binpack = Find(file.GetProperty("findings"), "TDK5002");
                Assert.Equal("/placementStrategy/0/field", binpack.GetProperty("pointer").GetString());
                Assert.Equal(7, binpack.GetProperty("line").GetInt32());
                Assert.Equal(35, binpack.GetProperty("column").GetInt32());
                Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
            }

            CliResult sarif = CliRun.Run(temp.Path, "validate", "-f", "sarif", "service.json");
            Assert.Equal(1, sarif.ExitCode);
            SarifSchemaTests.AssertValid(sarif.Stdout);
            using JsonDocument log = JsonDocument.Parse(sarif.Stdout);
            bool found = false;
            foreach (JsonElement result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
            {
                if (result.GetProperty("ruleId").GetString() == "TDK5002")
                {
                    JsonElement region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                    Assert.Equal(7, region.GetProperty("startLine").GetInt32());
                    Assert.Equal(35, region.GetProperty("startColumn").GetInt32());
                    found = true;
                }
            }

            Assert.True(found, sarif.Stdout);
        }

        [Fact]
        public void Launch_type_from_the_input_or_the_option_applies()
        {
            using var temp = new TempFolder();
            temp.Write("run-task.json", "{\n  \"cluster\": \"prod\",\n  \"launchType\": \"FARGATE\",\n  \"placementConstraints\": [ { \"type\": \"distinctInstance\" } ]\n}\n");
            CliResult fromInput = CliRun.Run(temp.Path, "validate", "run-task.json");
            Assert.Equal(1, fromInput.ExitCode);
            Assert.Contains("run-task.json:4:29: error TDK5012", fromInput.Stdout);
            Assert.Contains("TDK5012", fromInput.Stdout);

            temp.Write("placement.json", "{ \"placementConstraints\": [ { \"type\": \"distinctInstance\" } ] }");
            Assert.Equal(0, CliRun.Run(temp.Path, "validate", "placement.json").ExitCode);
            CliResult fromOption = CliRun.Run(temp.Path, "validate", "--launch-type", "FARGATE", "placement.json");
            Assert.Equal(1, fromOption.ExitCode);
            Assert.Contains("TDK5012", fromOption.Stdout);
        }

        [Fact]
        public void Filters_and_unreadable_placement_input_use_the_usual_exit_codes()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", BadService);
            CliResult ignored = CliRun.Run(temp.Path, "validate", "--ignore", "TDK5002,TDK5008", "service.json");
            Assert.True(ignored.ExitCode == 0, ignored.ToString());

            temp.Write("broken.json", "{ \"placementStrategy\": [ { \"type\": \"random\" } ");
            CliResult broken = CliRun.Run(temp.Path, "validate", "broken.json");
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("broken.json:1:", broken.Stdout);
            Assert.Contains("TDK0001", broken.Stdout);
        }

        [Fact]
        public void A_documentation_fragment_is_read_with_a_warning()
        {
            using var temp = new TempFolder();
            temp.Write("fragment.json", "\"placementStrategy\": [\n    {\n        \"field\": \"cpu\",\n        \"type\": \"spread\"\n    }\n]\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "fragment.json");
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.Contains("fragment.json:1:1: warning TDK0001", result.Stdout);
            Assert.Contains("fragment.json:3:", result.Stdout);
            Assert.Contains("TDK5003", result.Stdout);
        }

        [Fact]
        public void Every_corpus_placement_file_is_validated_not_skipped()
        {
            string root = Path.Combine(RepoPaths.Shared, "corpus", "realworld", "placement");
            foreach (string path in Directory.GetFiles(root))
            {
                foreach (string format in new[] { "text", "json", "sarif" })
                {
                    CliResult result = CliRun.Run(root, "validate", "-f", format, Path.GetFileName(path));
                    Assert.True(result.ExitCode is 0 or 1, path + " " + result);
                    Assert.DoesNotContain("internal error", result.Stderr);
                    Assert.DoesNotContain("   at ", result.Stderr);
                    if (format == "json")
                    {
                        using JsonDocument json = JsonDocument.Parse(result.Stdout);
                        JsonElement file = json.RootElement.GetProperty("files")[0];
                        Assert.True(file.GetProperty("read").GetBoolean(), path);
                        Assert.Equal(1, file.GetProperty("placements").GetInt32());
                        Assert.False(file.TryGetProperty("note", out _), path);
                    }
                    else if (format == "sarif")
                    {
                        SarifSchemaTests.AssertValid(result.Stdout);
                    }
                }
            }
        }

        private static JsonElement Find(JsonElement findings, string ruleId)
        {
            foreach (JsonElement finding in findings.EnumerateArray())
            {
                if (finding.GetProperty("ruleId").GetString() == ruleId)
                {
                    return finding;
                }
            }

            throw new Xunit.Sdk.XunitException(ruleId + " not found in " + findings);
        }
    }
}
