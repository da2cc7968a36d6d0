using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Registration;

[assembly: TaskDefinitionSource(typeof(TaskDefKit.Cli.Tests.Emit.TwoDefinitions))]
[assembly: TaskDefinitionSource(typeof(TaskDefKit.Cli.Tests.Emit.StaticDefinition))]
[assembly: TaskDefinitionSource(typeof(TaskDefKit.Cli.Tests.Emit.ThrowingSource))]
[assembly: TaskDefinitionSource(typeof(TaskDefKit.Cli.Tests.Emit.EdgeCaseDefinitions))]

namespace TaskDefKit.Cli.Tests.Emit
{
    /// <summary>Sources registered in this test assembly, so <c>taskdef emit</c> can be run on it.</summary>
    public sealed class TwoDefinitions : ITaskDefinitionSource
    {
        public IEnumerable<TaskDefinition> GetTaskDefinitions()
        {
            yield return Make("alpha");
            yield return Make("beta");
        }

        internal static TaskDefinition Make(string family) => new TaskDefinition
        {
            Family = family,
            NetworkMode = NetworkMode.AwsVpc,
            RequiresCompatibilities = new List<Compatibility> { Compatibility.Fargate },
            Cpu = "256",
            Memory = "512",
            ContainerDefinitions = new List<ContainerDefinition>
            {
                new ContainerDefinition { Name = family, Image = "public.ecr.aws/nginx/nginx:1.27", Essential = true },
            },
        };
    }

    /// <summary>The other registration shape: a public static Definition property.</summary>
    public static class StaticDefinition
    {
        public static TaskDefinition Definition => TwoDefinitions.Make("gamma");
    }

    public sealed class ThrowingSource : ITaskDefinitionSource
    {
        public IEnumerable<TaskDefinition> GetTaskDefinitions() => throw new InvalidOperationException("the source is broken");
    }

    /// <summary>
    /// A definition with errors (no containers: not written without --allow-errors) and a valid 251-character family,
    /// whose file name would be 256 bytes (refused with a clear error; the other families are still written).
    /// </summary>
    public sealed class EdgeCaseDefinitions : ITaskDefinitionSource
    {
        public static readonly string LongFamily = new string('l', 251);

        public IEnumerable<TaskDefinition> GetTaskDefinitions()
        {
            yield return new TaskDefinition { Family = "delta", ContainerDefinitions = new List<ContainerDefinition>() };
            yield return TwoDefinitions.Make(LongFamily);
        }
    }
}
