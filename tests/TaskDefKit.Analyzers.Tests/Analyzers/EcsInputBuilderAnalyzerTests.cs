extern alias analyzers;

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// ServiceBuilder, RunTaskBuilder and ClusterBuilder chains are judged by the shared service validators at compile
    /// time: against the task definition when it is a chain the analyzer reads (written in the argument or returned by a
    /// method), alone otherwise; each finding on the argument or call that causes it, none from an unknown value.
    /// </summary>
    public class EcsInputBuilderAnalyzerTests
    {
        private const string ServiceUsings = "using TaskDefKit.Builders.Services; using TaskDefKit.Model.Services;\n";

        private static readonly string[] s_rules = { "TDK7003", "TDK7004", "TDK7005", "TDK7007", "TDK7011", "TDK7012", "TDK7016" };

        /// <summary>A Fargate web task (awsvpc) and an EC2-only one (bridge), returned by methods as the samples do.</summary>
        private const string Tasks = @"
    public static TaskDefinitionBuilder WebTask() => TaskDefinitionBuilder.Create(""web"").Fargate(FargateSize.Cpu256.Memory512)
        .Container(""web"", c => c.Image(""nginx:1"").Essential().Port(8080));
    public static TaskDefinitionBuilder Ec2Task() => TaskDefinitionBuilder.Create(""web-ec2"").Ec2().Bridge()
        .Container(""web"", c => c.Image(""nginx:1"").Memory(512).Port(8080));
";

        private static Task VerifyAsync(string members, params DiagnosticResult[] expected) =>
            VerifyRulesAsync<Analyzer>(s_rules, ServiceUsings + "static class Definitions\n{" + Tasks + members + "}", expected);

        [Fact]
        public Task A_Fargate_service_on_an_EC2_only_task_definition_is_reported_at_the_launch_type() =>
            VerifyAsync(@"
    public static ServiceBuilder Web() => ServiceBuilder.Create(""web"").TaskDefinition(Ec2Task()).DesiredCount(2).{|#0:Fargate|}();
",
                Diagnostic("TDK7005", 0));

        [Fact]
        public Task A_Fargate_service_on_a_Fargate_task_definition_with_its_network_is_silent() =>
            VerifyAsync(@"
    public static ServiceBuilder Web() => ServiceBuilder.Create(""web"").TaskDefinition(WebTask()).DesiredCount(2).Fargate()
        .AwsVpcNetwork(n => n.Subnets(""subnet-0a1b2c3d"")).LoadBalancer(""arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef"");
");

        [Fact]
        public Task The_task_definition_written_in_the_argument_is_read_too() =>
            VerifyAsync(@"
    public static ServiceBuildResult Web() => ServiceBuilder.Create(""web"")
        .TaskDefinition(TaskDefinitionBuilder.Create(""w"").Ec2().Bridge().Container(""web"", c => c.Image(""nginx:1"").Memory(512)))
        .DesiredCount(2).{|#0:Fargate|}().Build();
",
                Diagnostic("TDK7005", 0));

        [Fact]
        public Task A_replica_service_without_desiredCount_is_reported_at_its_start_and_silent_with_one() =>
            VerifyAsync(@"
    public static ServiceBuildResult Without() => {|#0:ServiceBuilder.Create(""a"")|}.TaskDefinition(""web:1"").Build();
    public static ServiceBuildResult With() => ServiceBuilder.Create(""b"").TaskDefinition(""web:1"").DesiredCount(1).Build();
",
                Diagnostic("TDK7003", 0));

        [Fact]
        public Task An_awsvpc_service_without_network_configuration_is_reported_only_whole() =>
            VerifyAsync(@"
    public static ServiceBuildResult Built() => {|#0:ServiceBuilder.Create(""a"")|}.TaskDefinition(WebTask()).DesiredCount(1).Build();
    public static ServiceBuilder Extended() => Base().AwsVpcNetwork(n => n.Subnets(""subnet-0a1b2c3d""));
    private static ServiceBuilder Base() => ServiceBuilder.Create(""b"").TaskDefinition(WebTask()).DesiredCount(1);
",
                Diagnostic("TDK7004", 0));

        [Fact]
        public Task A_rolling_preset_whose_minimum_is_not_below_its_maximum_is_reported_at_the_argument() =>
            VerifyAsync(@"
    public static ServiceBuilder Stalls() => ServiceBuilder.Create(""a"").TaskDefinition(""web:1"").DesiredCount(2)
        .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: {|#0:100|}, maximumPercent: 100));
    public static ServiceBuilder Rolls() => ServiceBuilder.Create(""b"").TaskDefinition(""web:1"").DesiredCount(2)
        .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: 50, maximumPercent: 100));
",
                Diagnostic("TDK7007", 0, DiagnosticSeverity.Warning));

        [Fact]
        public Task A_service_whose_task_definition_is_unknown_is_judged_alone() =>
            VerifyAsync(@"
    public static ServiceBuilder Web(TaskDefinitionBuilder task) => ServiceBuilder.Create(""a"").TaskDefinition(task).DesiredCount(2).Fargate()
        .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: {|#0:100|}, maximumPercent: 100));
",
                Diagnostic("TDK7007", 0, DiagnosticSeverity.Warning));

        [Fact]
        public Task Unknown_values_are_never_findings() =>
            VerifyAsync(@"
    public static ServiceBuilder Web(int minimum, DeploymentPreset preset, TaskDefinitionBuilder task) => ServiceBuilder.Create(""a"").TaskDefinition(task).DesiredCount(2).Fargate()
        .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: minimum, maximumPercent: 100));
    public static ServiceBuilder Other(DeploymentPreset preset, int count) => ServiceBuilder.Create(""b"").TaskDefinition(""web:1"").DesiredCount(count).Deployment(preset);
    public static ServiceBuilder Raw() => ServiceBuilder.Create(""c"").TaskDefinition(Ec2Task()).Fargate().Configure(s => s.DesiredCount = 1);
");

        [Fact]
        public Task A_load_balancer_naming_a_container_the_task_definition_lacks_is_reported_at_the_name() =>
            VerifyAsync(@"
    public static ServiceBuilder Web() => ServiceBuilder.Create(""web"").TaskDefinition(WebTask()).DesiredCount(2).Fargate()
        .AwsVpcNetwork(n => n.Subnets(""subnet-0a1b2c3d""))
        .LoadBalancer(""arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef"", {|#0:""api""|}, 8080);
",
                Diagnostic("TDK7012", 0));

        [Fact]
        public Task A_run_task_count_out_of_range_is_reported_at_the_argument() =>
            VerifyAsync(@"
    public static RunTaskBuildResult Run() => RunTaskBuilder.Create().TaskDefinition(WebTask()).Fargate().Count({|#0:11|})
        .AwsVpcNetwork(n => n.Subnets(""subnet-0a1b2c3d"")).Build();
    public static RunTaskBuildResult Fine() => RunTaskBuilder.Create().TaskDefinition(WebTask()).Fargate().Count(10)
        .AwsVpcNetwork(n => n.Subnets(""subnet-0a1b2c3d"")).Build();
",
                Diagnostic("TDK7011", 0));

        [Fact]
        public Task A_cluster_without_container_insights_is_reported_and_one_that_sets_it_is_not() =>
            VerifyAsync(@"
    public static ClusterBuildResult Plain() => {|#0:ClusterBuilder.Create(""a"")|}.Build();
    public static ClusterBuildResult Watched() => ClusterBuilder.Create(""b"").ContainerInsights().Build();
",
                Diagnostic("TDK7016", 0, DiagnosticSeverity.Info));

        [Fact]
        public Task A_service_written_as_statements_on_a_local_is_judged() =>
            VerifyAsync(@"
    public static ServiceBuildResult Web()
    {
        var service = ServiceBuilder.Create(""web"").TaskDefinition(Ec2Task());
        service.DesiredCount(2);
        service.{|#0:Fargate|}();
        return service.Build();
    }
",
                Diagnostic("TDK7005", 0));

        [Fact]
        public Task A_task_definition_given_to_a_service_is_whole_so_what_it_lacks_is_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1004" }, ServiceUsings + @"static class Definitions
{
    public static ServiceBuilder Web() => ServiceBuilder.Create(""web"").TaskDefinition(""web:1"").DesiredCount(1)
        .TaskDefinition(TaskDefinitionBuilder.Create(""w"").Container(""x"", c => c.Image(""nginx:1"").Memory(512).Essential({|#0:false|})));
    public static ServiceBuilder Fine() => ServiceBuilder.Create(""fine"").DesiredCount(1)
        .TaskDefinition(TaskDefinitionBuilder.Create(""f"").Container(""x"", c => c.Image(""nginx:1"").Memory(512).Essential()));
}",
                Diagnostic("TDK1004", 0));

        private static string Source(params string[] path)
        {
            string dir = System.AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(dir, "TaskDefKit.sln")))
            {
                dir = Path.GetDirectoryName(dir)!;
            }

            return File.ReadAllText(Path.Combine(new[] { dir }.Concat(path).ToArray()));
        }

        internal static string CasesSource() => Source("tests", "TaskDefKit.Tests", "Builders", "Services", "ServiceChainCases.cs");

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
        {
            Compilation compilation = GeneratorHarness.Compile(source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzer())).GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        [Fact]
        public async Task The_runtime_chain_cases_get_no_error()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(CasesSource());
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public async Task The_service_sample_is_silent_and_its_seeded_mistakes_are_found()
        {
            string sample = Source("samples", "Service", "WebServiceDefinitions.cs");
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(sample);
            Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("TDK7", System.StringComparison.Ordinal) || d.Id.StartsWith("TDK5", System.StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString()));

            // The same sample with a stalling deployment and without its desired count: the service is really judged.
            string seeded = sample.Replace("maximumPercent: 200", "maximumPercent: 100", System.StringComparison.Ordinal)
                .Replace(".DesiredCount(InitialTasks)", string.Empty, System.StringComparison.Ordinal);
            Assert.NotEqual(sample, seeded);
            ImmutableArray<Diagnostic> found = await AnalyzeAsync(seeded);
            Assert.Equal(
                new[] { "TDK7003 on ServiceBuilder.Create(ServiceName)", "TDK7007 on 100" },
                found.Where(d => d.Id.StartsWith("TDK7", System.StringComparison.Ordinal))
                    .Select(d => d.Id + " on " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))
                    .OrderBy(t => t, System.StringComparer.Ordinal));
        }
    }
}
