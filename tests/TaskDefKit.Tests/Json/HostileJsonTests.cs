using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Placement;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json
{
    /// <summary>Input that is legal JSON text but hostile or odd (issues 15 and 9): findings, never exceptions.</summary>
    public class HostileJsonTests
    {
        [Theory]
        [InlineData("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"x\\ud800\",\"image\":\"nginx\"}]}", 1, 51)]
        [InlineData("{\"family\":\"web\",\n  \"a\\udc00b\": 1}", 2, 5)]
        [InlineData("{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"x\",\"image\":\"nginx\",\"extra\":[\"\\ud800\"]}]}", 1, 79)]
        public void A_lone_surrogate_escape_is_malformed_JSON_at_its_position(string json, int line, int column)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json, "td.json");

            RuleDiagnostic finding = Assert.Single(document.Validate());
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Contains("lone surrogate", finding.Message, System.StringComparison.Ordinal);
            Assert.DoesNotContain("UTF-8", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal((line, column), (finding.Location!.Line, finding.Location.Column));
        }

        [Fact]
        public void A_complete_surrogate_pair_escape_is_text()
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse("{\"family\":\"web\\ud83d\\ude00\"}");
            Assert.Equal("web\U0001F600", document.Definition!.Family);
        }

        [Fact]
        public void Invalid_UTF8_inside_a_string_is_located_at_the_byte()
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes("{\"family\":\"we?\"}");
            bytes[13] = 0xFF;
            RuleDiagnostic finding = Assert.Single(TaskDefinitionDocument.Parse(bytes, "td.json").Validate());
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Equal(14, finding.Location!.Column);
        }

        [Fact]
        public void A_lone_surrogate_in_placement_input_is_a_finding()
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse("{\"placementStrategy\":[{\"type\":\"spread\",\"field\":\"\\ud800\"}]}", "p.json");
            RuleDiagnostic finding = Assert.Single(document.Validate());
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Equal(49, finding.Location!.Column);
        }

        [Fact]
        public void A_null_inside_an_array_keeps_the_index_of_the_items_after_it()
        {
            const string Json = """
                {"family":"web","containerDefinitions":[
                  null,
                  {"name":"app","image":"nginx:1.27","memory":512,"portMappings":[{"containerPort":"x"}]}
                ]}
                """;
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(Json, "td.json");
            IReadOnlyList<RuleDiagnostic> findings = document.Validate();

            Assert.Equal(2, document.Definition!.ContainerDefinitions!.Count);
            RuleDiagnostic isNull = Assert.Single(findings, f => f.Pointer == "/containerDefinitions/0");
            Assert.Equal(RuleIds.JsonType, isNull.RuleId);
            Assert.Equal(2, isNull.Location!.Line);
            // The second item is still item 1: its findings point at it.
            RuleDiagnostic port = Assert.Single(findings, f => f.Pointer == "/containerDefinitions/1/portMappings/0/containerPort");
            Assert.Equal(3, port.Location!.Line);
        }

        [Fact]
        public void An_unreadable_array_item_holds_its_place_and_is_reported_once()
        {
            const string Json = """{"family":"web","containerDefinitions":[{"name":"a","image":"nginx:1","memory":512,"command":[1,"ok"],"links":[],"portMappings":[5,{"containerPort":"x"}]}]}""";
            IReadOnlyList<RuleDiagnostic> findings = TaskDefinitionDocument.Parse(Json).Validate();

            Assert.Single(findings, f => f.Pointer == "/containerDefinitions/0/portMappings/0");
            Assert.Single(findings, f => f.Pointer == "/containerDefinitions/0/portMappings/1/containerPort");
        }

        [Fact]
        public void An_unknown_member_is_reported_at_its_key_not_its_value()
        {
            const string Json = "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"nginx:1\",\"memory\":512,\n  \"portMapping\":\n    [{\"containerPort\":80}]}]}";
            RuleDiagnostic finding = Assert.Single(TaskDefinitionDocument.Parse(Json, "td.json").Validate(), f => f.RuleId == RuleIds.UnknownMember);
            Assert.Equal((2, 3), (finding.Location!.Line, finding.Location.Column));
            Assert.Contains("did you mean 'portMappings'", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Many_findings_in_a_one_line_document_are_located_correctly()
        {
            string entries = string.Join(",", Enumerable.Range(0, 200).Select(i => "{\"name\":\"É\",\"value\":\"" + i + "\"}"));
            string json = "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"nginx:1\",\"memory\":512,\"environment\":[" + entries + "]}]}";
            List<RuleDiagnostic> findings = TaskDefinitionDocument.Parse(json).Validate().Where(f => f.RuleId == RuleIds.EnvironmentHygiene).ToList();

            Assert.Equal(200 + 199, findings.Count);
            RuleDiagnostic last = findings.Last(f => f.Pointer == "/containerDefinitions/0/environment/199/name");
            int expected = json.IndexOf("{\"name\":\"É\",\"value\":\"199\"}", System.StringComparison.Ordinal) + 1 + "{\"name\":".Length;
            Assert.Equal(expected, last.Location!.Column);
        }
    }
}
