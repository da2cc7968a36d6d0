using System.Collections.Generic;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Cli.Input.Kinds.Ecs;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>One service, RunTask or cluster input read from a file, with the C# that builds it.</summary>
    internal sealed class EcsInput
    {
        public EcsInput(string what, string? name, string modelType, string property, string expression)
        {
            What = what;
            Name = name;
            ModelType = modelType;
            Property = property;
            Expression = expression;
        }

        /// <summary><c>service</c>, <c>RunTask</c> or <c>cluster</c>.</summary>
        public string What { get; }

        /// <summary>The service's or cluster's name; for RunTask its task definition.</summary>
        public string? Name { get; }

        public string ModelType { get; }

        /// <summary>The build result's property that holds the input (<c>Service</c>, <c>RunTask</c>, <c>Cluster</c>).</summary>
        public string Property { get; }

        public string Expression { get; }

        /// <summary>
        /// The service, RunTask and cluster inputs of a file the CLI recognised as one of those kinds (create-service,
        /// describe-services, run-task, create-cluster, describe-clusters), or null for any other kind. Inputs the reader
        /// could not make a model of are left out with their first problem in <paramref name="problems"/>.
        /// </summary>
        public static List<EcsInput>? Read(InputKind kind, byte[] bytes, string display, List<string> problems)
        {
            var inputs = new List<EcsInput>();
            switch (kind)
            {
                case CreateServiceKind:
                    Add(ServiceJson.ParseService(bytes, display), inputs, problems, Service);
                    return inputs;
                case DescribeServicesKind:
                    Describe(ServiceJson.ParseDescribeServices(bytes, display), inputs, problems, Service);
                    return inputs;
                case RunTaskKind:
                    Add(ServiceJson.ParseRunTask(bytes, display), inputs, problems, r => new EcsInput("RunTask", r.TaskDefinition, nameof(RunTask), "RunTask", RunTaskCodeWriter.Expression(r)));
                    return inputs;
                case CreateClusterKind:
                    Add(ServiceJson.ParseCluster(bytes, display), inputs, problems, Cluster);
                    return inputs;
                case DescribeClustersKind:
                    Describe(ServiceJson.ParseDescribeClusters(bytes, display), inputs, problems, Cluster);
                    return inputs;
                default:
                    return null;
            }
        }

        private static EcsInput Service(ServiceDefinition s) => new EcsInput("service", s.ServiceName, nameof(ServiceDefinition), "Service", ServiceCodeWriter.Expression(s));

        private static EcsInput Cluster(ClusterDefinition c) => new EcsInput("cluster", c.ClusterName, nameof(ClusterDefinition), "Cluster", ClusterCodeWriter.Expression(c));

        private static void Describe<T>(EcsDescribeDocument<T> document, List<EcsInput> inputs, List<string> problems, System.Func<T, EcsInput> write)
            where T : class
        {
            if (document.Items.Count == 0)
            {
                problems.Add(First(document.ReadDiagnostics) ?? "no item in the describe output");
            }

            foreach (EcsInputDocument<T> item in document.Items)
            {
                Add(item, inputs, problems, write);
            }
        }

        private static void Add<T>(EcsInputDocument<T> document, List<EcsInput> inputs, List<string> problems, System.Func<T, EcsInput> write)
            where T : class
        {
            if (document.Value is null)
            {
                problems.Add(First(document.ReadDiagnostics) ?? "not an object");
                return;
            }

            inputs.Add(write(document.Value));
        }

        private static string? First(IReadOnlyList<RuleDiagnostic> diagnostics)
        {
            foreach (RuleDiagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == RuleSeverity.Error)
                {
                    return (diagnostic.Location is { Line: > 0 } at ? at.Line + ":" + at.Column + ": " : string.Empty) + diagnostic.Message;
                }
            }

            return null;
        }
    }
}
