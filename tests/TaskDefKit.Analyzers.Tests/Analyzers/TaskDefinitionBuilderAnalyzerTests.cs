extern alias analyzers;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>Each rule of the builder analyzer: a triggering chain and a near miss (unknown value or valid value).</summary>
    public class TaskDefinitionBuilderAnalyzerTests
    {
        private const string Web = @".Container(""web"", c => c.Image(""public.ecr.aws/nginx/nginx:1.27"").Memory(512).Port(80).AwsLogs(""/ecs/web"", ""us-east-1"", ""web"").User(""1000"").ReadonlyRootFilesystem())";

        private static string Wrap(string body) => "class C { static string Role() => \"x\"; static int Size() => 30; void M() {\n" + body + "\n} }";

        [Fact]
        public Task Fargate_size_pair_from_raw_strings_is_reported_on_the_memory_call() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1014" }, Wrap(@"var r = TaskDefinitionBuilder.Create(""web"").Fargate().Cpu(""256"").Memory({|#0:""4096""|}).ExecutionRole(""arn:aws:iam::123456789012:role/x"")" + Web + ".Build();"),
                Diagnostic("TDK1014", 0));

        [Fact]
        public Task Fargate_cpu_that_is_no_Fargate_size_is_reported_on_the_cpu_call() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1014" }, Wrap(@"TaskDefinitionBuilder.Create(""web"").Fargate().Cpu({|#0:300|}).Memory(512);"),
                Diagnostic("TDK1014", 0));

        [Fact]
        public Task Roots_written_through_an_alias_a_static_import_or_a_target_typed_new_are_still_analyzed() =>
            // The analyzer skips blocks by a token scan before walking operations; these roots leave no
            // "TaskDefinitionBuilder" token in the method, so the scan must still let them through.
            VerifyRulesAsync<Analyzer>(new[] { "TDK1014" }, @"using B = TaskDefKit.Builders.TaskDefinitionBuilder;
using static TaskDefKit.Builders.TaskDefinitionBuilder;
class C
{
    void Alias() => new B(""a"").Fargate().Cpu({|#0:300|}).Memory(512);
    void Static() => Create(""b"").Fargate().Cpu({|#1:300|}).Memory(512);
    static readonly TaskDefKit.Builders.TaskDefinitionBuilder Field = new(""c"");
    static readonly TaskDefKit.Builders.TaskDefinitionBuilder Field2 = new TaskDefKit.Builders.TaskDefinitionBuilder(""d"").Fargate().Cpu({|#2:300|}).Memory(512);
    void Unrelated() { var text = new System.Text.StringBuilder(""x""); text.Append(1); }
}",
                Diagnostic("TDK1014", 0), Diagnostic("TDK1014", 1), Diagnostic("TDK1014", 2));

        [Fact]
        public Task Typed_Fargate_size_and_non_constant_memory_are_not_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1014" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512);
TaskDefinitionBuilder.Create(""b"").Fargate().Cpu(""256"").Memory(Role());
TaskDefinitionBuilder.Create(""c"").Ec2().Cpu(""256"").Memory(""4096"");"));

        [Fact]
        public Task Ephemeral_storage_out_of_range_is_reported_and_in_range_is_not() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK3016" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage({|#0:500|});
TaskDefinitionBuilder.Create(""b"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage({|#1:20|});
TaskDefinitionBuilder.Create(""c"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage(21);
TaskDefinitionBuilder.Create(""d"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage(Size());"),
                Diagnostic("TDK3016", 0), Diagnostic("TDK3016", 1));

        [Fact]
        public Task More_than_ten_containers_is_reported_and_ten_is_not() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1003" }, Wrap(@"TaskDefinitionBuilder.Create(""a"")" + Containers(10) + @".Container({|#0:""last""|}, c => c.Image(""nginx:1""))" + @";
TaskDefinitionBuilder.Create(""b"")" + Containers(10) + ";"),
                Diagnostic("TDK1003", 0));

        [Fact]
        public Task No_essential_container_is_reported_when_the_chain_reaches_Build() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1004" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Essential({|#0:false|})).Container(""y"", c => c.Essential(false)).Build();
TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.Essential(false)).Container(""y"", c => c.Essential(false));
TaskDefinitionBuilder.Create(""c"").Container(""x"", c => c.Essential(false)).Container(""y"", c => c.Essential()).Build();
var d = TaskDefinitionBuilder.Create(""d"").Container(""x"", c => c.Essential(false));
d.Container(""y"", c => c.Essential(Role() == ""x""));
d.Build();"),
                Diagnostic("TDK1004", 0));

        [Fact]
        public Task Chain_across_a_local_is_followed_and_an_escape_in_the_middle_stops_it() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1004" }, Wrap(@"var a = TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Essential({|#0:false|}));
a.Container(""y"", c => c.Essential(false));
a = a.Tag(""k"", ""v"");
a.Build();
var b = TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.Essential(false));
System.Console.WriteLine(b);
b.Container(""y"", c => c.Essential(false));
b.Build();"),
                Diagnostic("TDK1004", 0));

        [Fact]
        public Task Duplicate_container_names_are_reported_on_the_second_name() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1005" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.Image(""nginx:1"")).Container({|#0:""web""|}, c => c.Image(""nginx:1""));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.Image(""nginx:1"")).Container(Role(), c => c.Image(""nginx:1""));"),
                Diagnostic("TDK1005", 0));

        [Fact]
        public Task Host_port_different_from_container_port_under_awsvpc_or_Fargate_is_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK4003", "TDK4004" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort({|#0:8080|})));
TaskDefinitionBuilder.Create(""b"").Fargate().Container(""web"", c => c.Port(80, p => p.{|#1:DynamicHostPort|}()));
TaskDefinitionBuilder.Create(""c"").NetworkMode(NetworkMode.Host).Container(""web"", c => c.{|#3:Port|}(80, p => p.HostPort({|#2:81|})));
TaskDefinitionBuilder.Create(""d"").Bridge().Container(""web"", c => c.Port(80, p => p.HostPort(8080)));
TaskDefinitionBuilder.Create(""e"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort(80)));
TaskDefinitionBuilder.Create(""f"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort(Size())));"),
                Diagnostic("TDK4003", 0), Diagnostic("TDK4003", 1), Diagnostic("TDK4004", 3, DiagnosticSeverity.Info), Diagnostic("TDK4004", 2));

        [Fact]
        public Task Awslogs_without_required_options_is_reported_on_the_log_call() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK6003" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.{|#0:LogConfiguration|}(LogDriver.Awslogs, l => l.Option(""awslogs-group"", ""/ecs/web"")));
TaskDefinitionBuilder.Create(""b"").Container(""web"", c => c.LogConfiguration(LogDriver.Awslogs, l => l.Option(""awslogs-group"", ""/ecs/web"").Option(""awslogs-region"", ""us-east-1"")));
TaskDefinitionBuilder.Create(""c"").Container(""web"", c => c.LogConfiguration(LogDriver.Awslogs, l => l.Option(Role(), ""/ecs/web"")));"),
                Diagnostic("TDK6003", 0));

        [Fact]
        public Task Fargate_awslogs_and_secrets_without_execution_role_are_reported_only_when_built() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK6013", "TDK6017" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512).Container({|#1:""web""|}, c => c.Image(""nginx:1"").{|#0:AwsLogs|}(""/ecs/web"", ""us-east-1"", ""web"").Secret(""P"", ""arn:aws:secretsmanager:us-east-1:123456789012:secret:p-AbCdEf"")).Build();
TaskDefinitionBuilder.Create(""b"").Fargate(FargateSize.Cpu256.Memory512).Container(""web"", c => c.Image(""nginx:1"").AwsLogs(""/ecs/web"", ""us-east-1"", ""web"")).ExecutionRole(Role()).Build();
TaskDefinitionBuilder.Create(""c"").Fargate(FargateSize.Cpu256.Memory512).Container(""web"", c => c.Image(""nginx:1"").AwsLogs(""/ecs/web"", ""us-east-1"", ""web""));"),
                Diagnostic("TDK6013", 1), Diagnostic("TDK6017", 0));

        [Fact]
        public Task Placement_constraint_on_Fargate_and_a_memberOf_that_does_not_parse_are_reported() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK5012", "TDK5014", "TDK5015" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512).{|#0:PlacementConstraint|}(""attribute:ecs.instance-type =~ t3.*"");
TaskDefinitionBuilder.Create(""b"").Ec2().PlacementConstraint({|#1:""attribute:ecs.instance-type =~""|});
TaskDefinitionBuilder.Create(""c"").Ec2().PlacementConstraint(""attribute:ecs.instance-type =~ t3.*"");
TaskDefinitionBuilder.Create(""d"").Ec2().PlacementConstraint(Role());"),
                Diagnostic("TDK5012", 0), Diagnostic("TDK5015", 1));

        [Fact]
        public Task Unknown_calls_make_aggregate_rules_skip() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK1004" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Essential(false)).Configure(d => { }).Build();
TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.Essential(false)).Container(new ContainerDefinition()).Build();
TaskDefinitionBuilder.Create(""c"").Container(""x"", c => { if (Size() > 1) { c.Essential(false); } }).Build();"));

        [Fact]
        public Task A_fully_known_built_chain_gets_every_decidable_rule_and_an_unmodelled_call_skips_them() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK6028" }, Wrap(@"TaskDefinitionBuilder.Create(""a"").Ec2().Container({|#1:""web""|}, c => c.Image(""nginx:1.27"").Memory(256)).Build();
TaskDefinitionBuilder.Create(""b"").Ec2().Container(""web"", c => c.Image(""nginx"").Memory(256).Environment(new System.Collections.Generic.Dictionary<string, string>())).Build();"),
                Diagnostic("TDK6028", 1, DiagnosticSeverity.Info));

        private static string Containers(int count)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < count; i++)
            {
                text.Append(".Container(\"c").Append(i).Append("\", c => c.Image(\"nginx:1\"))");
            }

            return text.ToString();
        }
    }
}
