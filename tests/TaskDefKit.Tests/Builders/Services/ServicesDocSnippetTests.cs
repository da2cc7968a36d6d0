using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Testing;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>The builder example of docs/services.md is the marked region of this file, so it compiles and runs.</summary>
    public class ServicesDocSnippetTests
    {
        private static (string Service, string Task, IReadOnlyList<RuleDiagnostic> Findings) BuildWebService()
        {
            // docs:services-builder:begin
            TaskDefinitionBuilder webTask = TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu512.Memory1024)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .Container("web", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Port(8080));

            ServiceBuildResult web = ServiceBuilder.Create("web")
                .Cluster("prod")
                .TaskDefinition(webTask)
                .DesiredCount(2)
                .CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3))
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d", "subnet-4e5f6a7b").SecurityGroups("sg-0a1b2c3d"))
                .LoadBalancer("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef")
                .HealthCheckGracePeriod(30)
                .Build();

            foreach (RuleDiagnostic finding in web.Diagnostics) Console.WriteLine(finding); // e.g. TDK7005 at /launchType
            string serviceJson = web.ToJson();             // throws EcsInputValidationException if the service has errors
            string taskJson = web.TaskDefinition!.ToJson(); // the task definition's own result, findings and JSON
            // docs:services-builder:end
            return (serviceJson, taskJson, web.Diagnostics);
        }

        [Fact]
        public void The_docs_code_block_is_the_code_of_this_file()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "services.md")).Replace("\r\n", "\n");
            string[] source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "TaskDefKit.Tests", "Builders", "Services", "ServicesDocSnippetTests.cs"));
            int begin = Array.FindIndex(source, l => l.Trim() == "// docs:services-builder:begin");
            int end = Array.FindIndex(source, l => l.Trim() == "// docs:services-builder:end");
            string snippet = string.Concat(source.Skip(begin + 1).Take(end - begin - 1).Select(l => (l.Length >= 12 ? l.Substring(12) : l.TrimStart()) + "\n"));

            Assert.True(doc.Contains("```csharp\n" + snippet + "```\n", StringComparison.Ordinal), "docs/services.md has no ```csharp block equal to:\n" + snippet);
        }

        [Fact]
        public void The_docs_example_runs_clean_and_both_inputs_pass_ecs_validate()
        {
            (string service, string task, IReadOnlyList<RuleDiagnostic> findings) = BuildWebService();

            Assert.Empty(findings);
            Assert.Contains("\"containerName\": \"web\"", service, StringComparison.Ordinal);
            Assert.True(EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["service.json"] = service }, strict: true, operation: "CreateService").AllValid);
            Assert.True(EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["task.json"] = task }, strict: true).AllValid);
        }
    }
}
