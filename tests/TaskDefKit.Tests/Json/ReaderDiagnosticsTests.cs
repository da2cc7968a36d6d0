using System.Linq;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json
{
    /// <summary>Bad input becomes findings with a rule ID, a JSON pointer and a line and column — never an exception.</summary>
    public class ReaderDiagnosticsTests
    {
        [Fact]
        public void Malformed_json_is_TDK0001_with_line_and_column()
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse("{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n}", "bad.json");
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
            Assert.Equal("bad.json", finding.Location!.File);
            Assert.Equal(4, finding.Location.Line);
            Assert.Equal(1, finding.Location.Column);
            Assert.Null(document.Definition);
            Assert.Equal(DocumentForm.Unreadable, document.Form);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("{\"family\": \"x\"} trailing")]
        [InlineData("{\"family\": \"x\",}")]
        [InlineData("{\"family\": 'x'}")]
        [InlineData("{\"family\": \"x\" /* comment */}")]
        public void Input_that_is_not_json_is_TDK0001(string text)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(text);
            Assert.Contains(document.ReadDiagnostics, d => d.RuleId == RuleIds.MalformedJson && d.Location != null);
            Assert.Null(document.Definition);
        }

        [Theory]
        [InlineData("[1, 2]")]
        [InlineData("\"text\"")]
        [InlineData("42")]
        public void Json_that_is_not_an_object_is_TDK0002(string text)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(text);
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.UnrecognisedDocument, finding.RuleId);
            Assert.Equal(1, finding.Location!.Line);
        }

        [Fact]
        public void Deep_nesting_is_reported_not_followed()
        {
            string deep = "{\"family\": \"x\", \"volumes\": " + new string('[', 10_000) + new string(']', 10_000) + "}";
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(deep);
            Assert.Contains(document.ReadDiagnostics, d => d.RuleId == RuleIds.MalformedJson);
            Assert.Null(document.Definition);
        }

        [Fact]
        public void Invalid_utf8_is_reported()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("{\"family\": \"ab\"}");
            bytes[13] = 0xFF;
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(bytes);
            Assert.Contains(document.ReadDiagnostics, d => d.RuleId == RuleIds.MalformedJson);
        }

        [Fact]
        public void A_byte_order_mark_is_accepted()
        {
            byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"family\": \"web\"}")).ToArray();
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(bytes);
            Assert.Empty(document.ReadDiagnostics);
            Assert.Equal("web", document.Definition!.Family);
        }

        [Fact]
        public void Wrong_types_are_TDK1010_at_their_pointer_and_position_and_clear_intent_is_kept()
        {
            const string json = "{\n  \"family\": \"web\",\n  \"cpu\": 256,\n  \"containerDefinitions\": [\n    { \"name\": \"a\", \"memory\": \"512\", \"essential\": \"yes\" }\n  ]\n}";
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
            var findings = document.ReadDiagnostics.Where(d => d.RuleId == RuleIds.JsonType).ToList();
            Assert.Equal(3, findings.Count);
            RuleDiagnostic cpu = findings.Single(d => d.Pointer == "/cpu");
            Assert.Equal(3, cpu.Location!.Line);
            Assert.Equal(10, cpu.Location.Column);
            Assert.Contains("\"256\"", cpu.Message);
            Assert.Contains(findings, d => d.Pointer == "/containerDefinitions/0/memory");
            Assert.Contains(findings, d => d.Pointer == "/containerDefinitions/0/essential");
            Assert.Equal("256", document.Definition!.Cpu);
            Assert.Equal(512, document.Definition.ContainerDefinitions![0].Memory);
            Assert.Null(document.Definition.ContainerDefinitions[0].Essential);
        }

        [Fact]
        public void Unknown_members_are_kept_and_written_back()
        {
            const string json = "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"a\", \"inferenceDevices\": [{\"x\": 1}]}], \"futureMember\": true}";
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
            Assert.Empty(document.ReadDiagnostics);
            string emitted = TaskDefinitionJson.Serialize(document.Definition!, indented: false);
            Assert.Contains("\"inferenceDevices\":[{\"x\":1}]", emitted);
            Assert.Contains("\"futureMember\":true", emitted);
        }

        [Fact]
        public void Describe_output_is_unwrapped_and_read_only_members_are_reported_and_dropped()
        {
            const string json = """
                {
                  "taskDefinition": {
                    "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
                    "family": "web",
                    "revision": 3,
                    "status": "ACTIVE",
                    "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
                  },
                  "tags": [{ "key": "team", "value": "core" }]
                }
                """;
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
            Assert.Equal(DocumentForm.DescribeOutput, document.Form);
            Assert.Equal(3, document.ReadDiagnostics.Count(d => d.RuleId == RuleIds.UnknownMember && d.Severity == RuleSeverity.Warning));
            Assert.Contains(document.ReadDiagnostics, d => d.Pointer == "/taskDefinition/revision" && d.Location!.Line == 5);
            Assert.Equal("team", Assert.Single(document.Definition!.Tags!).Key);
            string emitted = TaskDefinitionJson.Serialize(document.Definition);
            Assert.DoesNotContain("revision", emitted);
            Assert.DoesNotContain("taskDefinitionArn", emitted);
        }

        [Fact]
        public void Read_only_members_in_register_form_are_errors_because_the_cli_rejects_them()
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse("{\"family\": \"web\", \"revision\": 3, \"containerDefinitions\": []}");
            Assert.Equal(DocumentForm.RegisterInput, document.Form);
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.UnknownMember, finding.RuleId);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
            Assert.Equal("/revision", finding.Pointer);
        }

        [Fact]
        public void Validator_findings_in_describe_output_point_into_the_file()
        {
            const string json = "{\n  \"taskDefinition\": {\n    \"family\": \"bad family\",\n    \"containerDefinitions\": [{ \"name\": \"web\", \"image\": \"nginx\" }]\n  }\n}";
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
            Assert.Equal("/taskDefinition/family", document.ToFilePointer("/family"));
            Assert.Equal(3, document.Locate("/taskDefinition/family")!.Line);
            Assert.Equal(4, document.Locate("/taskDefinition/containerDefinitions/0/essential")!.Line);
        }

        [Fact]
        public void Unknown_enum_values_survive_read_and_write()
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse("{\"family\": \"web\", \"networkMode\": \"{{networkmode}}\", \"requiresCompatibilities\": [\"FUTURE_LAUNCH\"]}");
            Assert.False(document.Definition!.NetworkMode!.Value.IsKnown);
            string emitted = TaskDefinitionJson.Serialize(document.Definition, indented: false);
            Assert.Equal("{\"family\":\"web\",\"networkMode\":\"{{networkmode}}\",\"requiresCompatibilities\":[\"FUTURE_LAUNCH\"]}", emitted);
            Assert.Equal(Compatibility.Fargate, new Compatibility("FARGATE"));
        }
        [Fact]
        public void A_value_reading_could_not_keep_is_not_reported_again_as_missing()
        {
            string json = Infrastructure.Definitions.FargateWeb.Replace("\"cpu\": \"256\",", "\"cpu\": \"256\", \"ephemeralStorage\": { \"sizeInGiB\": 21.5 },");
            var findings = TaskDefinitionDocument.Parse(json).Validate();
            RuleDiagnostic typeError = Assert.Single(findings, d => d.Pointer == "/ephemeralStorage/sizeInGiB");
            Assert.Equal(RuleIds.JsonType, typeError.RuleId);

            // A value that reading coerced is judged as usual: 20 GiB still breaks TDK3016.
            string coerced = Infrastructure.Definitions.FargateWeb.Replace("\"cpu\": \"256\",", "\"cpu\": \"256\", \"ephemeralStorage\": { \"sizeInGiB\": \"20\" },");
            var both = TaskDefinitionDocument.Parse(coerced).Validate();
            Assert.Contains(both, d => d.RuleId == RuleIds.JsonType && d.Pointer == "/ephemeralStorage/sizeInGiB");
            Assert.Contains(both, d => d.RuleId == RuleIds.EphemeralStorageSize && d.Pointer == "/ephemeralStorage/sizeInGiB");
        }
    }
}
