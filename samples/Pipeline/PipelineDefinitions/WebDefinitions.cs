using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Registration;

[assembly: TaskDefinitionSource(typeof(PipelineDefinitions.WebDefinitions))]

namespace PipelineDefinitions
{
    /// <summary>
    /// The definitions this sample deploys. Registered with [assembly: TaskDefinitionSource], which is what
    /// `taskdef emit` (and the TaskDefKitEmitDirectory build property) looks for.
    /// </summary>
    public sealed class WebDefinitions : ITaskDefinitionSource
    {
        private const string ExecutionRole = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";

        public IEnumerable<TaskDefinition> GetTaskDefinitions()
        {
            yield return Service("pipeline-web", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", 8080);
            yield return Service("pipeline-worker", "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.0.0", null);
        }

        private static TaskDefinition Service(string family, string image, int? port) => new TaskDefinition
        {
            Family = family,
            NetworkMode = NetworkMode.AwsVpc,
            RequiresCompatibilities = new List<Compatibility> { Compatibility.Fargate },
            Cpu = "256",
            Memory = "512",
            ExecutionRoleArn = ExecutionRole,
            ContainerDefinitions = new List<ContainerDefinition>
            {
                new ContainerDefinition
                {
                    Name = family,
                    Image = image,
                    Essential = true,
                    PortMappings = port is int containerPort ? new List<PortMapping> { new PortMapping { ContainerPort = containerPort } } : null,
                    LogConfiguration = new LogConfiguration
                    {
                        LogDriver = LogDriver.Awslogs,
                        Options = new Dictionary<string, string>
                        {
                            ["awslogs-group"] = "/ecs/" + family,
                            ["awslogs-region"] = "us-east-1",
                            ["awslogs-stream-prefix"] = family,
                        },
                    },
                },
            },
        };
    }
}
