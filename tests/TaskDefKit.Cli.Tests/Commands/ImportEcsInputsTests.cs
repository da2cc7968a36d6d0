using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// <c>taskdef import</c> of service, RunTask and cluster inputs: the printed <c>ServiceBuilder</c> /
    /// <c>RunTaskBuilder</c> / <c>ClusterBuilder</c> code compiles in one in-process compilation, runs, and gives back
    /// the input (the same JSON once nulls and empty objects and lists, which ECS treats as absent, are left out).
    /// </summary>
    public class ImportEcsInputsTests
    {
        private const string TargetGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";

        private static string Fixture(string name) => Path.Combine(CliRun.Fixtures, "import", name);

        [Fact]
        public void Hand_written_service_run_task_and_cluster_files_round_trip_through_builder_code()
        {
            using var temp = new TempFolder();
            var files = new[] { "create-service.json", "describe-services.json", "no-deployment-service.json", "blue-green-service.json", "run-task.json", "create-cluster.json", "describe-clusters.json" };
            var sources = new List<string>();
            foreach (string file in files)
            {
                CliResult result = CliRun.Run(temp.Path, "import", Fixture(file), "--namespace", "F" + Array.IndexOf(files, file));
                Assert.True(result.ExitCode == 0, file + ": " + result);
                Assert.Equal(result.Stdout, CliRun.Run(temp.Path, "import", Fixture(file), "--namespace", "F" + Array.IndexOf(files, file)).Stdout);
                sources.Add(result.Stdout);
            }

            string service = sources[0];
            Assert.Contains(".Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: 100, maximumPercent: 200))", service, StringComparison.Ordinal);
            Assert.Contains(".DeploymentAlarms(new[] { \"web-5xx\" })", service, StringComparison.Ordinal);
            Assert.Contains(".AwsVpcNetwork(n => n.Subnets(\"subnet-0a1b2c3d\", \"subnet-4e5f6a7b\").SecurityGroups(\"sg-0a1b2c3d\"))", service, StringComparison.Ordinal);
            Assert.Contains(".LoadBalancer(\"" + TargetGroup + "\", \"web\", 8080)", service, StringComparison.Ordinal);
            Assert.Contains("public static class WebService\n", service, StringComparison.Ordinal);
            Assert.Contains(".CapacityProviders(CapacityStrategy.Provider(\"FARGATE\", 1, 1).And(\"FARGATE_SPOT\", 4, 0))", sources[1], StringComparison.Ordinal);
            Assert.Contains(".Deployment(DeploymentPreset.RollingWithoutCircuitBreaker())", sources[2], StringComparison.Ordinal);
            Assert.Contains(".Deployment(DeploymentPreset.BlueGreen(10))", sources[3], StringComparison.Ordinal);
            Assert.Contains(", lb => lb.Container(\"shop\", 8080).BlueGreen(\"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-green/fedcba9876543210\", ", sources[3], StringComparison.Ordinal);
            Assert.Contains("RunTaskBuilder.Create()", sources[4], StringComparison.Ordinal);
            Assert.Contains(".DefaultCapacityProviderStrategy(CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3))", sources[5], StringComparison.Ordinal);
            Assert.Contains(".ContainerInsights(false)", sources[6], StringComparison.Ordinal);

            Dictionary<string, string> rebuilt = CompileAndRun(sources);
            AssertSame(Expected("F0.WebService", ServiceJson.ParseService(File.ReadAllBytes(Fixture("create-service.json"))).Value!), rebuilt);
            IReadOnlyList<EcsInputDocument<ServiceDefinition>> described = ServiceJson.ParseDescribeServices(File.ReadAllBytes(Fixture("describe-services.json"))).Items;
            AssertSame(Expected("F1.ApiService", described[0].Value!), rebuilt);
            AssertSame(Expected("F1.AgentService", described[1].Value!), rebuilt);
            AssertSame(Expected("F2.WorkerService", ServiceJson.ParseService(File.ReadAllBytes(Fixture("no-deployment-service.json"))).Value!), rebuilt);
            AssertSame(Expected("F3.ShopService", ServiceJson.ParseService(File.ReadAllBytes(Fixture("blue-green-service.json"))).Value!), rebuilt);
            AssertSame(("F4.Migrate3RunTask", ServiceJson.Serialize(ServiceJson.ParseRunTask(File.ReadAllBytes(Fixture("run-task.json"))).Value!)), rebuilt);
            AssertSame(("F5.ProdCluster", ServiceJson.Serialize(ServiceJson.ParseCluster(File.ReadAllBytes(Fixture("create-cluster.json"))).Value!)), rebuilt);
            AssertSame(("F6.BatchCluster", ServiceJson.Serialize(ServiceJson.ParseDescribeClusters(File.ReadAllBytes(Fixture("describe-clusters.json"))).Items[0].Value!)), rebuilt);
        }

        /// <summary>What the service builder makes (presets, capacity strategies, load balancer filled from the task definition …), imported back.</summary>
        [Fact]
        public void Builder_made_services_run_tasks_and_clusters_round_trip_through_import()
        {
            TaskDefinitionBuilder task = TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu256.Memory512)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .Container("web", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Essential().Port(8080, p => p.Name("http")));
            var inputs = new List<(string Name, string Json)>
            {
                ("Web", ServiceJson.Serialize(FargateWeb(task).Build().Service)),
                ("Spot", ServiceJson.Serialize(FargateWeb(task).CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3)).Configure(s => s.LaunchType = null).Build().Service)),
                ("Canary", ServiceJson.Serialize(FargateWeb(task).Deployment(DeploymentPreset.Canary(10.5, 5, 15)).DeploymentAlarms(new[] { "web-5xx", "web-latency" }, rollback: false).Build().Service)),
                ("Linear", ServiceJson.Serialize(FargateWeb(task).Deployment(DeploymentPreset.Linear(25, 2, 10)).Tag("team", "shop").PropagateTags(PropagateTags.TaskDefinition).Build().Service)),
                ("Registry", ServiceJson.Serialize(FargateWeb(task).ServiceRegistry("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-abcdefghijklmnop", port: 8080).EnableExecuteCommand().Build().Service)),
                ("Daemon", ServiceJson.Serialize(ServiceBuilder.Create("agent").Cluster("prod").TaskDefinition("agent:2").Ec2().Daemon().Deployment(DeploymentPreset.RollingWithoutCircuitBreaker(0, 100)).Build().Service)),
                ("Task", ServiceJson.Serialize(RunTaskBuilder.Create().Cluster("prod").TaskDefinition(task).Count(2).Fargate()
                    .AwsVpcNetwork(new[] { "subnet-0a1b2c3d" }, assignPublicIp: true).StartedBy("ci").Tag("run", "nightly").EnableEcsManagedTags().Build().RunTask)),
                ("Cluster", ServiceJson.Serialize(ClusterBuilder.Create("prod").ContainerInsights().FargateCapacityProviders(CapacityStrategy.Fargate(1)).ExecuteCommand(cloudWatchLogGroupName: "/ecs/exec").Tag("env", "prod").Build().Cluster)),
            };

            using var temp = new TempFolder();
            var sources = new List<string>();
            foreach ((string name, string json) in inputs)
            {
                temp.Write(name + ".json", json);
                CliResult result = CliRun.Run(temp.Path, "import", name + ".json", "--namespace", "B" + name);
                Assert.True(result.ExitCode == 0, name + ": " + result);
                sources.Add(result.Stdout);
            }

            Assert.Contains(".Deployment(DeploymentPreset.Rolling())", sources[0], StringComparison.Ordinal);
            Assert.Contains(".CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3))", sources[1], StringComparison.Ordinal);
            Assert.Contains(".Deployment(DeploymentPreset.Canary(10.5, 5, 15))", sources[2], StringComparison.Ordinal);
            Assert.Contains(".DeploymentAlarms(new[] { \"web-5xx\", \"web-latency\" }, rollback: false)", sources[2], StringComparison.Ordinal);
            Assert.Contains(".Deployment(DeploymentPreset.Linear(25, 2, 10))", sources[3], StringComparison.Ordinal);
            Assert.Contains(".DefaultCapacityProviderStrategy(CapacityStrategy.Fargate(1))", sources[7], StringComparison.Ordinal);

            Dictionary<string, string> rebuilt = CompileAndRun(sources);
            var classes = new[] { "BWeb.WebService", "BSpot.WebService", "BCanary.WebService", "BLinear.WebService", "BRegistry.WebService", "BDaemon.AgentService", "BTask.WebRunTask", "BCluster.ProdCluster" };
            for (int i = 0; i < inputs.Count; i++)
            {
                AssertSame((classes[i], inputs[i].Json), rebuilt);
            }
        }

        [Fact]
        public void Attributes_and_strict_are_refused_for_a_service_and_a_broken_service_is_a_clear_error()
        {
            using var temp = new TempFolder();
            CliResult attributes = CliRun.Run(temp.Path, "import", "--style", "attributes", Fixture("create-service.json"));
            Assert.Equal(2, attributes.ExitCode);
            Assert.Contains("attributes describe task definitions only", attributes.Stderr, StringComparison.Ordinal);

            temp.Write("broken.json", "{\"serviceName\": \"web\", \"desiredCount\": }");
            CliResult broken = CliRun.Run(temp.Path, "import", "broken.json");
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("broken.json: error TDK0001", broken.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, broken.Stdout);
        }

        private static ServiceBuilder FargateWeb(TaskDefinitionBuilder task) =>
            ServiceBuilder.Create("web")
                .Cluster("prod")
                .TaskDefinition(task)
                .DesiredCount(2)
                .Fargate()
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d", "subnet-4e5f6a7b").SecurityGroups("sg-0a1b2c3d"))
                .LoadBalancer(TargetGroup)
                .HealthCheckGracePeriod(30);

        private static (string Class, string Json) Expected(string className, ServiceDefinition service) => (className, ServiceJson.Serialize(service));

        private static void AssertSame((string Class, string Json) expected, Dictionary<string, string> rebuilt)
        {
            Assert.True(rebuilt.ContainsKey(expected.Class), expected.Class + " not among " + string.Join(", ", rebuilt.Keys));
            Assert.Equal(Normalised(expected.Json), Normalised(rebuilt[expected.Class]));
        }

        /// <summary>The JSON without nulls and empty objects and lists: ECS reads those as absent.</summary>
        private static string Normalised(string json) => (Strip(JsonNode.Parse(json)) ?? new JsonObject()).ToJsonString();

        private static JsonNode? Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var result = new JsonObject();
                    foreach ((string name, JsonNode? value) in obj.ToList())
                    {
                        if (Strip(value) is JsonNode kept)
                        {
                            result[name] = kept;
                        }
                    }

                    return result.Count == 0 ? null : result;
                case JsonArray array:
                    var items = new JsonArray();
                    foreach (JsonNode? item in array.ToList())
                    {
                        items.Add(Strip(item) ?? JsonValue.Create((string?)null));
                    }

                    return items.Count == 0 ? null : items;
                default:
                    return node?.DeepClone();
            }
        }

        /// <summary>Compiles the sources against TaskDefKit, runs each class's one property and writes its value as JSON, by class name.</summary>
        private static Dictionary<string, string> CompileAndRun(IEnumerable<string> sources)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path) != "TaskDefKit.Analyzers.dll")
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(TaskDefinition).Assembly.Location))
                .ToList();
            CSharpCompilation compilation = CSharpCompilation.Create(
                "ImportedEcs" + Guid.NewGuid().ToString("N"),
                sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
            Diagnostic[] problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(emitted.Success && problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));

            var context = new AssemblyLoadContext("imported-ecs", isCollectible: true);
            try
            {
                image.Position = 0;
                var json = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (Type type in context.LoadFromStream(image).GetExportedTypes())
                {
                    object value = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Single().GetValue(null)!;
                    json[type.FullName!] = value switch
                    {
                        ServiceDefinition service => ServiceJson.Serialize(service),
                        RunTask runTask => ServiceJson.Serialize(runTask),
                        ClusterDefinition cluster => ServiceJson.Serialize(cluster),
                        _ => throw new InvalidOperationException(type.FullName + " returned " + value.GetType()),
                    };
                }

                return json;
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
