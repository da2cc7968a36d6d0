using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TaskDefKit.Iam;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Iam
{
    /// <summary>
    /// The derived policies against hand-checked expectations: corpus definitions (shared/corpus/realworld) and small
    /// definitions that exercise each source of a permission. Every output is checked as IAM policy JSON.
    /// </summary>
    public class TaskDefinitionIamPoliciesTests
    {
        private static TaskDefinition Corpus(string name)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Load(Path.Combine(RepoPaths.CorpusTaskDefinitions, name));
            return document.Definition!;
        }

        private static TaskDefinition Parse(string json) => TaskDefinitionDocument.Parse(json).Definition!;

        /// <summary>Valid IAM policy JSON: Version 2012-10-17, a Statement array of Allow statements with unique Sids, actions "service:Action", resources.</summary>
        private static JsonElement AssertPolicy(IamPolicyDocument policy)
        {
            string json = policy.ToJson();
            Assert.DoesNotContain("\r", json);
            Assert.EndsWith("}\n", json);
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement.Clone();
            Assert.Equal(new[] { "Version", "Statement" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("2012-10-17", root.GetProperty("Version").GetString());
            var sids = new HashSet<string>();
            foreach (JsonElement statement in root.GetProperty("Statement").EnumerateArray())
            {
                Assert.True(sids.Add(statement.GetProperty("Sid").GetString()!));
                Assert.Matches("^[A-Za-z0-9]+$", statement.GetProperty("Sid").GetString()!);
                Assert.Equal("Allow", statement.GetProperty("Effect").GetString());
                foreach (string action in Strings(statement.GetProperty("Action")))
                {
                    Assert.Matches("^[a-z0-9]+:[A-Za-z]+$", action);
                }

                Assert.All(Strings(statement.GetProperty("Resource")), r => Assert.True(r == "*" || r.StartsWith("arn:") || r.StartsWith("<"), r));
            }

            Assert.Equal(json, policy.ToJson());
            return root;
        }

        private static IEnumerable<string> Strings(JsonElement value) =>
            value.ValueKind == JsonValueKind.String ? new[] { value.GetString()! } : value.EnumerateArray().Select(v => v.GetString()!);

        private static Dictionary<string, (string[] Actions, string[] Resources)> Statements(IamPolicyDocument policy) =>
            AssertPolicy(policy).GetProperty("Statement").EnumerateArray().ToDictionary(
                s => s.GetProperty("Sid").GetString()!,
                s => (Strings(s.GetProperty("Action")).ToArray(), Strings(s.GetProperty("Resource")).ToArray()));

        [Fact]
        public void Corpus_nginx_fargate_needs_only_its_awslogs_group()
        {
            var statements = Statements(TaskDefinitionIamPolicies.ExecutionRole(Corpus("012-nginx-fargate-simple.json")));
            Assert.Equal(new[] { "AwsLogs" }, statements.Keys);
            Assert.Equal(new[] { "logs:CreateLogStream", "logs:PutLogEvents" }, statements["AwsLogs"].Actions);
            Assert.Equal(new[] { "arn:aws:logs:us-east-1:<ACCOUNT_ID>:log-group:awslogs-nginx-ecs:*" }, statements["AwsLogs"].Resources);
        }

        [Fact]
        public void Corpus_fluentd_s3_config_reads_its_config_object_and_creates_its_log_group()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.ExecutionRole(Corpus("008-firelens-fluentd-s3-config.json"), new IamPolicyOptions { AccountId = "123456789012" });
            var statements = Statements(policy);
            Assert.Equal(new[] { "AwsLogs", "AwsLogsCreateGroup", "S3Objects", "S3BucketLocation" }, statements.Keys);
            Assert.Equal(new[] { "arn:aws:logs:us-east-1:123456789012:log-group:firelens-container:*" }, statements["AwsLogsCreateGroup"].Resources);
            Assert.Equal(new[] { "arn:aws:s3:::yourbucket/yourdirectory/extra.conf" }, statements["S3Objects"].Resources);
            Assert.Equal(new[] { "arn:aws:s3:::yourbucket" }, statements["S3BucketLocation"].Resources);
            Assert.Empty(policy.Placeholders);
        }

        [Fact]
        public void Corpus_repository_credentials_name_that_is_not_an_arn_stays_a_placeholder()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.ExecutionRole(Corpus("032-agent-ftest-repository-credentials.json"));
            var statements = Statements(policy);
            Assert.Equal(new[] { "SecretsManager" }, statements.Keys);
            string resource = Assert.Single(statements["SecretsManager"].Resources);
            Assert.StartsWith("<Secrets Manager ARN of container", resource);
            Assert.Contains(resource, policy.Placeholders);
            Assert.Contains(policy.Advice, a => a.Contains("kms:Decrypt"));
        }

        private const string Full = @"{
  ""family"": ""web"",
  ""executionRoleArn"": ""arn:aws:iam::111122223333:role/webExecution"",
  ""taskRoleArn"": ""webTask"",
  ""containerDefinitions"": [
    {
      ""name"": ""app"",
      ""image"": ""111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/web:1.4"",
      ""essential"": true,
      ""memory"": 512,
      ""secrets"": [
        { ""name"": ""DB_PASSWORD"", ""valueFrom"": ""arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-AbC123:password::"" },
        { ""name"": ""API_KEY"", ""valueFrom"": ""arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/api"" },
        { ""name"": ""FLAG"", ""valueFrom"": ""/prod/flag"" },
        { ""name"": ""OTHER"", ""valueFrom"": ""arn:aws:ssm:eu-west-1:111122223333:parameter/prod/other"" }
      ],
      ""environmentFiles"": [ { ""type"": ""s3"", ""value"": ""arn:aws:s3:::config-bucket/web/prod.env"" } ],
      ""logConfiguration"": { ""logDriver"": ""awslogs"", ""options"": { ""awslogs-group"": ""/ecs/web"", ""awslogs-region"": ""eu-west-1"", ""awslogs-stream-prefix"": ""web"" } }
    },
    {
      ""name"": ""sidecar"",
      ""image"": ""public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"",
      ""essential"": false,
      ""memory"": 128,
      ""logConfiguration"": { ""logDriver"": ""awslogs"", ""options"": { ""awslogs-group"": ""/ecs/web"", ""awslogs-region"": ""eu-west-1"", ""awslogs-stream-prefix"": ""otel"" } }
    }
  ]
}";

        [Fact]
        public void Execution_role_lists_exactly_what_the_definition_uses()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.ExecutionRole(Parse(Full), new IamPolicyOptions { Region = "eu-west-1" });
            var statements = Statements(policy);
            Assert.Equal(new[] { "EcrAuthorization", "EcrPull", "AwsLogs", "SecretsManager", "SsmParameters", "S3Objects", "S3BucketLocation" }, statements.Keys);
            Assert.Equal(new[] { "*" }, statements["EcrAuthorization"].Resources);
            Assert.Equal(new[] { "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer" }, statements["EcrPull"].Actions);
            Assert.Equal(new[] { "arn:aws:ecr:eu-west-1:111122223333:repository/team/web" }, statements["EcrPull"].Resources); // public.ecr.aws needs nothing
            Assert.Equal(new[] { "arn:aws:logs:eu-west-1:111122223333:log-group:/ecs/web:*" }, statements["AwsLogs"].Resources);
            Assert.Equal(new[]
            {
                "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/api-??????", // partial ARN: the random suffix is unknown
                "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-AbC123", // the JSON key suffix is not part of the resource
            }, statements["SecretsManager"].Resources);
            Assert.Equal(new[]
            {
                "arn:aws:ssm:eu-west-1:111122223333:parameter/prod/flag",
                "arn:aws:ssm:eu-west-1:111122223333:parameter/prod/other",
            }, statements["SsmParameters"].Resources);
            Assert.Equal(new[] { "arn:aws:s3:::config-bucket/web/prod.env" }, statements["S3Objects"].Resources);
            Assert.Equal(new[] { "arn:aws:s3:::config-bucket" }, statements["S3BucketLocation"].Resources);
            Assert.Empty(policy.Placeholders);
        }

        [Fact]
        public void Unknown_values_become_named_placeholders_never_guessed_arns()
        {
            // As read from CloudFormation with the image and a secret's ValueFrom given by intrinsics.
            TaskDefinition definition = Parse(@"{ ""family"": ""web"", ""containerDefinitions"": [ { ""name"": ""app"", ""essential"": true, ""memory"": 256,
                ""secrets"": [ { ""name"": ""DB_PASSWORD"" } ] } ] }");
            var options = new IamPolicyOptions { UnknownPointers = new HashSet<string> { "/containerDefinitions/0/image", "/containerDefinitions/0/secrets/0/valueFrom" } };
            IamPolicyDocument policy = TaskDefinitionIamPolicies.ExecutionRole(definition, options);
            var statements = Statements(policy);
            Assert.Equal(new[] { "EcrAuthorization", "EcrPull", "UnknownSecretReferences" }, statements.Keys);
            Assert.Equal(new[] { "<ECR repository ARN of container 'app''s image, if it is a private ECR image (/containerDefinitions/0/image)>" }, statements["EcrPull"].Resources);
            Assert.Equal(new[] { "<ARN of container 'app''s secret 'DB_PASSWORD' (/containerDefinitions/0/secrets/0/valueFrom)>" }, statements["UnknownSecretReferences"].Resources);
            Assert.Equal(2, policy.Placeholders.Count);
        }

        [Fact]
        public void A_definition_that_needs_nothing_gets_an_empty_statement_list()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.ExecutionRole(Parse(@"{ ""family"": ""x"", ""containerDefinitions"": [ { ""name"": ""a"", ""image"": ""nginx:1.27"", ""memory"": 128, ""essential"": true } ] }"));
            Assert.Empty(AssertPolicy(policy).GetProperty("Statement").EnumerateArray());
            Assert.Empty(policy.Advice);
        }

        [Fact]
        public void Events_role_runs_the_family_and_passes_both_roles_to_ecs_tasks_only()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.EventsRole(Parse(Full), new IamPolicyOptions { Region = "eu-west-1", TargetSetsTags = true });
            JsonElement root = AssertPolicy(policy);
            var statements = Statements(policy);
            Assert.Equal(new[] { "RunTask", "PassTaskRoles", "TagRunTask" }, statements.Keys);
            Assert.Equal(new[] { "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:*" }, statements["RunTask"].Resources);
            Assert.Equal(new[] { "arn:aws:iam::111122223333:role/webExecution", "arn:aws:iam::111122223333:role/webTask" }, statements["PassTaskRoles"].Resources);
            JsonElement pass = root.GetProperty("Statement")[1];
            Assert.Equal("ecs-tasks.amazonaws.com", pass.GetProperty("Condition").GetProperty("StringLike").GetProperty("iam:PassedToService").GetString());
            Assert.Equal(new[] { "arn:aws:ecs:eu-west-1:111122223333:task/*" }, statements["TagRunTask"].Resources);
            Assert.Equal("RunTask", root.GetProperty("Statement")[2].GetProperty("Condition").GetProperty("StringEquals").GetProperty("ecs:CreateAction").GetString());
        }

        [Fact]
        public void Events_role_without_tags_has_no_tag_resource_and_keeps_unknown_region_explicit()
        {
            IamPolicyDocument policy = TaskDefinitionIamPolicies.EventsRole(Parse(Full));
            var statements = Statements(policy);
            Assert.False(statements.ContainsKey("TagRunTask"));
            Assert.Equal(new[] { "arn:aws:ecs:<REGION>:111122223333:task-definition/web:*" }, statements["RunTask"].Resources);
            Assert.Equal(new[] { "<REGION>" }, policy.Placeholders);
        }
    }
}
