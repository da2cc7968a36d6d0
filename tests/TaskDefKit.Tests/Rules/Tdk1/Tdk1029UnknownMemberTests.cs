using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1029UnknownMemberTests
    {
        [Fact]
        public void Fires_on_an_unknown_top_level_member() =>
            RuleAssert.Fires(
                RuleIds.UnknownMember,
                Definitions.Ec2Bridge.Replace("\"family\": \"worker\",", "\"family\": \"worker\", \"desiredCount\": 2,"),
                "/desiredCount",
                RuleSeverity.Error);

        [Fact]
        public void Fires_on_an_unknown_container_member_at_its_exact_pointer() =>
            RuleAssert.Fires(
                RuleIds.UnknownMember,
                Definitions.Ec2Bridge.Replace("\"essential\": true,", "\"essential\": true, \"inferenceDevices\": [{ \"name\": \"x\" }],"),
                "/containerDefinitions/0/inferenceDevices",
                RuleSeverity.Error);

        [Fact]
        public void Fires_deep_inside_lists_and_objects()
        {
            string json = """
                {
                  "family": "deep",
                  "volumes": [
                    { "name": "a" },
                    { "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "authorizationConfig": { "iam": "ENABLED", "role": "x" } } }
                  ],
                  "containerDefinitions": [
                    { "name": "a", "image": "b", "memory": 64 },
                    {
                      "name": "c",
                      "image": "d",
                      "memory": 64,
                      "portMappings": [{ "containerPort": 80 }, { "containerPort": 81, "targetPort": 81 }],
                      "linuxParameters": { "capabilities": { "add": ["NET_ADMIN"], "keep": ["CHOWN"] } },
                      "logConfiguration": { "logDriver": "awslogs", "options": { "anything-goes": "here" }, "format": "json" }
                    }
                  ]
                }
                """;
            var found = RuleAssert.Fires(RuleIds.UnknownMember, json);
            string[] expected =
            {
                "/containerDefinitions/1/linuxParameters/capabilities/keep",
                "/containerDefinitions/1/logConfiguration/format",
                "/containerDefinitions/1/portMappings/1/targetPort",
                "/volumes/1/efsVolumeConfiguration/authorizationConfig/role",
            };
            Assert.Equal(expected, found.Select(d => d.Pointer).OrderBy(p => p, System.StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void Suggests_the_member_a_wrongly_cased_name_stands_for()
        {
            var found = RuleAssert.Fires(
                RuleIds.UnknownMember,
                Definitions.Ec2Bridge.Replace("\"family\": \"worker\",", "\"family\": \"worker\", \"NetworkMode\": \"host\","),
                "/NetworkMode");
            Assert.Contains("did you mean 'networkMode'", found[0].Message);
        }

        [Fact]
        public void Suggests_a_close_spelling()
        {
            var found = RuleAssert.Fires(
                RuleIds.UnknownMember,
                Definitions.Ec2Bridge.Replace("\"essential\": true,", "\"essential\": true, \"enviroment\": [],"),
                "/containerDefinitions/0/enviroment");
            Assert.Contains("did you mean 'environment'", found[0].Message);
        }

        [Fact]
        public void Describe_output_read_only_members_are_reported_once_by_the_reader()
        {
            string json = Definitions.Ec2Bridge.Replace("\"family\": \"worker\",", "\"family\": \"worker\", \"revision\": 3, \"status\": \"ACTIVE\",");
            var found = RuleAssert.Fires(RuleIds.UnknownMember, json, "/revision", RuleSeverity.Error);
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Points_into_the_task_definition_of_describe_output()
        {
            string json = """
                {
                  "taskDefinition": {
                    "family": "worker",
                    "revision": 4,
                    "containerDefinitions": [{ "name": "a", "image": "b", "memory": 64, "secretThing": 1 }]
                  }
                }
                """;
            RuleAssert.Fires(RuleIds.UnknownMember, json, "/taskDefinition/containerDefinitions/0/secretThing", RuleSeverity.Error);
        }

        [Fact]
        public void Agrees_with_the_aws_cli_that_unknown_members_are_rejected()
        {
            string json = Definitions.FargateWeb.Replace("\"essential\": true,", "\"essential\": true, \"inferenceDevices\": [],");
            RuleAssert.Fires(RuleIds.UnknownMember, json, "/containerDefinitions/0/inferenceDevices");
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["unknown.json"] = json });
            Assert.False(verdict.AllValid, verdict.Output);
            Assert.Contains("inferenceDevices", verdict.Output);
        }

        [Fact]
        public void Silent_on_known_good_definitions()
        {
            RuleAssert.Silent(RuleIds.UnknownMember, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.UnknownMember, Definitions.Ec2Bridge);
        }

        [Fact]
        public void Silent_on_free_form_maps()
        {
            string json = Definitions.Ec2Bridge.Replace("\"essential\": true,", "\"essential\": true, \"dockerLabels\": { \"com.example.anything\": \"ok\" },");
            RuleAssert.Silent(RuleIds.UnknownMember, json);
        }

        [Fact]
        public void Model_rule_reports_members_added_in_code()
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(Definitions.Ec2Bridge);
            document.Definition!.ContainerDefinitions![0].AdditionalMembers =
                new List<TaskDefKit.Model.Schema.AdditionalMember> { new TaskDefKit.Model.Schema.AdditionalMember("x~y/z", "1") };
            IReadOnlyList<RuleDiagnostic> found = TaskDefinitionValidator.Validate(document.Definition);
            Assert.Contains(found, d => d.RuleId == RuleIds.UnknownMember && d.Pointer == "/containerDefinitions/0/x~0y~1z");
        }
    }
}
