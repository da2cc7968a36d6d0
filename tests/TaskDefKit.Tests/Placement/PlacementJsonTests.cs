using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model;
using TaskDefKit.Placement;
using TaskDefKit.Placement.Cql;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Placement
{
    public class PlacementJsonTests
    {
        /// <summary>Every placement example of the ECS documentation, authored with the typed API.</summary>
        public static IReadOnlyDictionary<string, PlacementDocument> DocumentationExamples() => new Dictionary<string, PlacementDocument>
        {
            ["binpack-memory.json"] = PlacementBuilder.Create().BinpackMemory().Build(),
            ["random.json"] = PlacementBuilder.Create().Random().Build(),
            ["spread-zones.json"] = PlacementBuilder.Create().SpreadAcrossZones().Build(),
            ["spread-zones-then-instances.json"] = PlacementBuilder.Create().SpreadAcrossZones().SpreadAcrossInstances().Build(),
            ["spread-zones-then-binpack-memory.json"] = PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build(),
            ["distinct-instance.json"] = PlacementBuilder.Create().DistinctInstance().Build(),
            ["member-of-t2.json"] = PlacementBuilder.Create().MemberOf(Cql.Attribute(EcsAttributes.InstanceType).Matches("t2.*")).Build(),
            ["member-of-task-group.json"] = PlacementBuilder.Create().MemberOf(Cql.TaskGroup.Equal("databases")).Build(),
            ["member-of-everything.json"] = PlacementBuilder.Create().SpreadAcrossZones().BinpackCpu()
                .MemberOf(Cql.Any(Cql.Attribute(EcsAttributes.InstanceType).Matches("g2.*"), Cql.Ec2InstanceId.In("i-abcd1234", "i-wxyx7890")) & !Cql.TaskGroup.Equal("database"))
                .DistinctInstance().Build(),
        };

        [Fact]
        public void Spread_then_binpack_is_emitted_in_order_and_deterministically()
        {
            string json = PlacementJson.Serialize(PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build());
            Assert.Equal("""
                {
                  "placementStrategy": [
                    {
                      "type": "spread",
                      "field": "attribute:ecs.availability-zone"
                    },
                    {
                      "type": "binpack",
                      "field": "memory"
                    }
                  ]
                }
                """, json);
            Assert.Equal(json, PlacementJson.Serialize(PlacementJsonDocument.Parse(json).Placement!));
        }

        [Fact]
        public void Documentation_examples_validate_clean_round_trip_and_pass_the_oracle()
        {
            var texts = new Dictionary<string, string>();
            foreach (KeyValuePair<string, PlacementDocument> example in DocumentationExamples())
            {
                string json = PlacementJson.Serialize(example.Value);
                PlacementJsonDocument read = PlacementJsonDocument.Parse(json);
                Assert.Equal(PlacementForm.PlacementDocument, read.Form);
                Assert.Empty(read.Validate());
                Assert.Equal(json, PlacementJson.Serialize(read.Placement!));
                texts[example.Key] = json;
                texts["compact-" + example.Key] = PlacementJson.Serialize(example.Value, indented: false);
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(texts, placement: true, strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }

        [Fact]
        public void Service_input_is_read_for_its_arrays_launch_type_and_scheduling_strategy()
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse("""
                {
                  "cluster": "prod",
                  "serviceName": "web",
                  "launchType": "EC2",
                  "schedulingStrategy": "REPLICA",
                  "desiredCount": 2,
                  "placementStrategy": [{ "type": "binpack", "field": "memory" }]
                }
                """);
            Assert.Equal(PlacementForm.ServiceInput, document.Form);
            Assert.Equal(Compatibility.Ec2, document.Target.LaunchType);
            Assert.Equal(SchedulingStrategy.Replica, document.Target.SchedulingStrategy);
            Assert.Single(document.Placement!.PlacementStrategy!);
            Assert.Empty(document.Validate());
        }

        [Fact]
        public void Documentation_fragment_is_read_with_a_warning_and_true_positions()
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse("\"placementStrategy\": [\n    { \"field\": \"memory\", \"type\": \"bin\" }\n]");
            Assert.Equal(PlacementForm.Fragment, document.Form);
            RuleDiagnostic fragment = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.MalformedJson, fragment.RuleId);
            Assert.Equal(RuleSeverity.Warning, fragment.Severity);
            RuleDiagnostic type = Assert.Single(document.Validate(), d => d.RuleId == RuleIds.PlacementStrategyType);
            Assert.Equal("/placementStrategy/0/type", type.Pointer);
            Assert.Equal(2, type.Location!.Line);
            Assert.Equal(34, type.Location.Column);
            Assert.Equal(22, document.Locate("/placementStrategy")!.Column);
        }

        [Theory]
        [InlineData("", RuleIds.MalformedJson)]
        [InlineData("{", RuleIds.MalformedJson)]
        [InlineData("[1, 2]", RuleIds.UnrecognisedDocument)]
        [InlineData("{ \"foo\": 1 }", RuleIds.UnrecognisedDocument)]
        [InlineData("\"placementStrategy\": [", RuleIds.MalformedJson)]
        [InlineData("{ \"placementStrategy\": [] } trailing", RuleIds.MalformedJson)]
        [InlineData("\"just a string\"", RuleIds.MalformedJson)]
        public void Unreadable_input_is_reported_not_thrown(string json, string ruleId)
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse(json);
            Assert.Null(document.Placement);
            Assert.Equal(PlacementForm.Unreadable, document.Form);
            RuleDiagnostic diagnostic = Assert.Single(document.Validate());
            Assert.Equal(ruleId, diagnostic.RuleId);
            Assert.NotNull(diagnostic.Location);
        }

        [Fact]
        public void Wrong_types_and_unknown_members_are_reported_with_pointer_and_position()
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse("""
                {
                  "placementStrategy": { "type": "random" },
                  "placementConstraints": [{ "type": "memberOf", "expression": 42 }],
                  "placementStrategies": []
                }
                """);
            IReadOnlyList<RuleDiagnostic> all = document.Validate();
            RuleDiagnostic notArray = all.Single(d => d.RuleId == RuleIds.JsonType && d.Pointer == "/placementStrategy");
            Assert.Equal(2, notArray.Location!.Line);
            Assert.Contains(all, d => d.RuleId == RuleIds.JsonType && d.Pointer == "/placementConstraints/0/expression");
            RuleDiagnostic unknown = all.Single(d => d.RuleId == RuleIds.UnknownMember);
            Assert.Equal("/placementStrategies", unknown.Pointer);
            Assert.Equal(4, unknown.Location!.Line);
        }

        [Fact]
        public void Target_given_to_validate_overrides_the_input()
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse("""{ "placementConstraints": [{ "type": "distinctInstance" }] }""");
            Assert.Empty(document.Validate());
            Assert.Contains(document.Validate(target: new PlacementTarget { LaunchType = Compatibility.Fargate }), d => d.RuleId == RuleIds.FargatePlacement);
            Assert.Contains(document.Validate(new ValidationOptions { TargetLaunchType = Compatibility.Fargate }), d => d.RuleId == RuleIds.FargatePlacement);
        }

        [Fact]
        public void Everything_the_tests_author_passes_the_oracle()
        {
            // The rule tests' near misses, emitted through the model (so the oracle sees what TaskDefKit writes).
            string[] inputs =
            {
                PlacementAssert.Doc("""{ "type": "random" }, { "type": "spread", "field": "host" }, { "type": "binpack", "field": "cpu" }""", ""),
                PlacementAssert.Doc("", """{ "type": "distinctInstance" }, { "type": "memberOf", "expression": "runningTasksCount == 0" }"""),
                PlacementAssert.MemberOf("attribute:ecs.cpu-architecture == arm64 and attribute:stack in [prod, 'blue green']"),
                PlacementAssert.MemberOf("(task:group == a and runningTasksCount == 0) or agentConnected == true"),
            };
            var texts = new Dictionary<string, string>();
            for (int i = 0; i < inputs.Length; i++)
            {
                texts["near-miss-" + i + ".json"] = PlacementJson.Serialize(PlacementJsonDocument.Parse(inputs[i]).Placement!);
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(texts, placement: true, strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
