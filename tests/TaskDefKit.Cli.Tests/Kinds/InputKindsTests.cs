using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Cli.Input.Kinds.Ecs;

namespace TaskDefKit.Cli.Tests.Kinds
{
    /// <summary>Inputs are recognised by their content: each kind's evidence, decisive members, ties and the fallback.</summary>
    public class InputKindsTests
    {
        public static IEnumerable<object[]> Examples() => new[]
        {
            new object[] { "{\"family\":\"web\",\"containerDefinitions\":[]}", typeof(TaskDefinitionJsonKind) },
            new object[] { "{\"taskDefinition\":{\"family\":\"web\"},\"tags\":[]}", typeof(TaskDefinitionJsonKind) },
            new object[] { "{\"cpu\":\"256\"}", typeof(TaskDefinitionJsonKind) },
            new object[] { "{\"Resources\":{}}", typeof(CloudFormationJsonKind) },
            new object[] { "{\"format_version\":\"1.2\"}", typeof(TerraformPlanKind) },
            new object[] { "{\"placementStrategy\":[{\"type\":\"random\"}]}", typeof(PlacementKind) },
            new object[] { "{\"cluster\":\"prod\",\"taskDefinition\":\"web:3\",\"serviceName\":\"web\"}", typeof(CreateServiceKind) },
            new object[] { "{\"taskDefinition\":\"web\",\"desiredCount\":2,\"loadBalancers\":[]}", typeof(CreateServiceKind) },
            new object[] { "{\"cluster\":\"prod\",\"service\":\"web\",\"desiredCount\":2}", typeof(UpdateServiceKind) },
            new object[] { "{\"cluster\":\"prod\",\"taskDefinition\":\"job:1\",\"count\":1}", typeof(RunTaskKind) },
            new object[] { "{\"cluster\":\"prod\",\"launchType\":\"FARGATE\",\"placementConstraints\":[]}", typeof(RunTaskKind) },
            new object[] { "{\"clusterName\":\"prod\"}", typeof(CreateClusterKind) },
            new object[] { "{\"settings\":[{\"name\":\"containerInsights\",\"value\":\"enabled\"}]}", typeof(CreateClusterKind) },
            new object[] { "{\"services\":[{\"serviceName\":\"web\"}],\"failures\":[]}", typeof(DescribeServicesKind) },
            new object[] { "{\"failures\":[],\"clusters\":[]}", typeof(DescribeClustersKind) },
            new object[] { "{\"tasks\":[],\"failures\":[]}", typeof(TaskListKind) },

            // The member's JSON type matters: 'services' as a string is not describe output, 'taskDefinition' as an object is.
            new object[] { "{\"taskDefinition\":\"web:3\",\"serviceName\":\"web\"}", typeof(CreateServiceKind) },
        };

        [Theory]
        [MemberData(nameof(Examples))]
        public void A_json_object_is_recognised_by_its_members(string json, Type expected)
        {
            InputKind kind = DocumentSniffer.Recognise(Encoding.UTF8.GetBytes(json), "input.json");
            Assert.Equal(expected, kind.GetType());
        }

        [Fact]
        public void Malformed_json_still_gets_a_kind_from_the_members_before_the_fault()
        {
            InputKind kind = DocumentSniffer.Recognise(Encoding.UTF8.GetBytes("{\"serviceName\": \"web\", \"desiredCount\": }"), "s.json");
            Assert.IsType<CreateServiceKind>(kind);
            Assert.IsType<TaskDefinitionJsonKind>(DocumentSniffer.Recognise(Encoding.UTF8.GetBytes("{ oops"), "x.json"));
        }

        [Fact]
        public void No_two_kinds_claim_the_same_member_decisively()
        {
            var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonObjectKind kind in InputKinds.All)
            {
                foreach (MemberEvidence evidence in kind.Evidence)
                {
                    if (evidence.Weight < MemberEvidence.Decisive)
                    {
                        continue;
                    }

                    string key = evidence.Name + "/" + evidence.Value;
                    Assert.False(claimed.TryGetValue(key, out string? other), evidence.Name + " is decisive for both " + other + " and " + kind.GetType().Name);
                    claimed[key] = kind.GetType().Name;
                }
            }
        }

        [Fact]
        public void Every_kind_has_a_name_and_evidence_and_resource_types_are_known()
        {
            Assert.True(InputKinds.All.Count >= 10);
            foreach (JsonObjectKind kind in InputKinds.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(kind.Name), kind.GetType().Name);
                Assert.NotEmpty(kind.Evidence);
            }

            Assert.NotNull(ResourceKinds.Find("AWS::ECS::TaskDefinition"));
            Assert.Null(ResourceKinds.Find("AWS::S3::Bucket"));
            Assert.Null(ResourceKinds.Find(null));
        }
    }
}
