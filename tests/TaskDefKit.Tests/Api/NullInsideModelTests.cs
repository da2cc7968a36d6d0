using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Placement;
using TaskDefKit.Placement.Cql;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Api
{
    /// <summary>Nulls inside models are findings at their own pointer; null arguments are ArgumentNullException (issue 15).</summary>
    public class NullInsideModelTests
    {
        private static TaskDefinition Valid() => TaskDefinitionDocument.Parse("""
            {"family":"web","containerDefinitions":[{"name":"web","image":"nginx:1.27","memory":512,
              "environment":[{"name":"A","value":"1"}],"secrets":[],"dependsOn":[],"ulimits":[],"extraHosts":[]}]}
            """).Definition!;

        public static IEnumerable<object[]> NullEntries() => new[]
        {
            new object[] { "volumes", (Action<TaskDefinition>)(d => d.Volumes = new List<Volume> { null! }), "/volumes/0" },
            new object[] { "container", (Action<TaskDefinition>)(d => d.ContainerDefinitions!.Insert(0, null!)), "/containerDefinitions/0" },
            new object[] { "environment", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].Environment!.Insert(0, null!)), "/containerDefinitions/0/environment/0" },
            new object[] { "secrets", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].Secrets!.Add(null!)), "/containerDefinitions/0/secrets/0" },
            new object[] { "dependsOn", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].DependsOn!.Add(null!)), "/containerDefinitions/0/dependsOn/0" },
            new object[] { "ulimits", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].Ulimits!.Add(null!)), "/containerDefinitions/0/ulimits/0" },
            new object[] { "extraHosts", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].ExtraHosts!.Add(null!)), "/containerDefinitions/0/extraHosts/0" },
            new object[] { "command", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].Command = new List<string> { "run", null! }), "/containerDefinitions/0/command/1" },
            new object[] { "dockerLabels", (Action<TaskDefinition>)(d => d.ContainerDefinitions![0].DockerLabels = new Dictionary<string, string> { ["k"] = null! }), "/containerDefinitions/0/dockerLabels/k" },
        };

        [Theory]
        [MemberData(nameof(NullEntries))]
        public void A_null_entry_is_one_finding_at_its_pointer(string what, Action<TaskDefinition> addNull, string pointer)
        {
            TaskDefinition definition = Valid();
            addNull(definition);

            IReadOnlyList<RuleDiagnostic> findings = TaskDefinitionValidator.Validate(definition);

            RuleDiagnostic finding = Assert.Single(findings, f => f.Pointer == pointer);
            Assert.Equal(RuleIds.JsonType, finding.RuleId);
            Assert.Contains("is null", finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(findings, f => f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));
            Assert.True(what.Length > 0);
        }

        [Fact]
        public void A_null_entry_leaves_the_other_entries_judged_at_their_own_index()
        {
            TaskDefinition definition = Valid();
            definition.ContainerDefinitions!.Insert(0, null!);
            definition.ContainerDefinitions[1].Environment!.Add(new NameValuePair { Name = "A", Value = "2" });

            IReadOnlyList<RuleDiagnostic> findings = TaskDefinitionValidator.Validate(definition);

            Assert.Contains(findings, f => f.RuleId == RuleIds.EnvironmentHygiene && f.Pointer == "/containerDefinitions/1/environment/1/name");
        }

        [Fact]
        public void A_null_label_value_is_written_as_null_and_reported_by_Build()
        {
            TaskDefinitionBuildResult result = TaskDefinitionBuilder.Create("web")
                .Container("web", c => c.Image("nginx:1.27").Memory(512).DockerLabel("k", null!))
                .Build();

            Assert.Contains(result.Errors, f => f.RuleId == RuleIds.JsonType && f.Pointer == "/containerDefinitions/0/dockerLabels/k");
            Assert.Contains("\"k\": null", result.ToJson(allowErrors: true), StringComparison.Ordinal);
        }

        [Fact]
        public void A_null_placement_strategy_is_a_finding()
        {
            var placement = new PlacementDocument { PlacementStrategy = new List<PlacementStrategy> { null! } };
            IReadOnlyList<RuleDiagnostic> findings = PlacementValidator.Validate(placement);
            Assert.Contains(findings, f => f.RuleId == RuleIds.JsonType && f.Pointer == "/placementStrategy/0");
        }

        [Fact]
        public void Null_arguments_are_ArgumentNullException()
        {
            Assert.Throws<ArgumentNullException>(() => TaskDefinitionBuilder.Create("web").Tags(null!));
            Assert.Throws<ArgumentNullException>(() => TaskDefinitionDocument.Parse((byte[])null!));
            Assert.Throws<ArgumentNullException>(() => TaskDefinitionDocument.HasErrors(null!));
            Assert.Throws<ArgumentNullException>(() => Cql.Not(null!));
            Assert.Throws<ArgumentNullException>(() => TaskDefinitionJson.Serialize(null!));
            Assert.Throws<ArgumentNullException>(() => TaskDefinitionValidator.Validate(null!));
        }
    }
}
