using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class IamCommandTests
    {
        private const string Template = @"{
  ""Resources"": {
    ""TaskDefinition"": {
      ""Type"": ""AWS::ECS::TaskDefinition"",
      ""Properties"": {
        ""Family"": ""web"",
        ""ExecutionRoleArn"": { ""Fn::GetAtt"": [""ExecutionRole"", ""Arn""] },
        ""ContainerDefinitions"": [
          {
            ""Name"": ""app"",
            ""Image"": { ""Fn::Sub"": ""${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1"" },
            ""Essential"": true,
            ""Memory"": 256,
            ""LogConfiguration"": { ""LogDriver"": ""awslogs"", ""Options"": { ""awslogs-group"": { ""Ref"": ""LogGroup"" }, ""awslogs-region"": ""us-east-1"", ""awslogs-stream-prefix"": ""app"" } }
          }
        ]
      }
    }
  }
}";

        [Fact]
        public void Execution_role_policy_from_a_template_keeps_intrinsics_as_placeholders()
        {
            using var temp = new TempFolder();
            temp.Write("template.json", Template);
            CliResult result = CliRun.Run(temp.Path, "iam", "--role", "execution", "template.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument policy = JsonDocument.Parse(result.Stdout);
            Assert.Equal("2012-10-17", policy.RootElement.GetProperty("Version").GetString());
            Assert.Contains("\"Resource\": \"<ECR repository ARN of container 'app''s image, if it is a private ECR image (/containerDefinitions/0/image)>\"", result.Stdout);
            Assert.Contains("log-group:<awslogs-group of container 'app' (/containerDefinitions/0/logConfiguration/options/awslogs-group)>:*", result.Stdout);
            Assert.Contains("fill in <ACCOUNT_ID>", result.Stderr);
        }

        [Fact]
        public void Events_role_passes_the_execution_role_placeholder_and_tags_when_asked()
        {
            using var temp = new TempFolder();
            temp.Write("template.json", Template);
            CliResult result = CliRun.Run(temp.Path, "iam", "--role", "events", "--region", "us-east-1", "--account-id", "111122223333", "--target-tags", "template.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("\"Resource\": \"arn:aws:ecs:us-east-1:111122223333:task-definition/web:*\"", result.Stdout);
            Assert.Contains("<execution role ARN (/executionRoleArn)>", result.Stdout);
            Assert.Contains("ecs:TagResource", result.Stdout);
        }

        [Fact]
        public void An_unreadable_file_exits_2_with_a_message()
        {
            using var temp = new TempFolder();
            temp.Write("bad.json", "{ \"family\": ");
            CliResult result = CliRun.Run(temp.Path, "iam", "--role", "execution", "bad.json");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("bad.json", result.Stderr);
            Assert.Equal(string.Empty, result.Stdout);
        }
    }
}
