extern alias analyzers;

using System.Threading.Tasks;
using TaskDefKit.CodeFixes;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using BuilderAnalyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;
using PlacementAnalyzer = analyzers::TaskDefKit.Analyzers.Builder.PlacementAnalyzer;

namespace TaskDefKit.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Each fix on two findings in one document: the test framework applies the fix to each and also runs Fix All (in
    /// document, project and solution) and compares both with the fixed source.
    /// </summary>
    public class CodeFixTests
    {
        private static string Wrap(string body) => "class C { void M() {\n" + body + "\n} }";

        [Fact]
        public Task Mark_container_essential() =>
            VerifyFixAsync<BuilderAnalyzer, MarkContainerEssentialCodeFix>(
                "TDK1004",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Essential({|#0:false|})).Build();
TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.Essential({|#1:false|})).Container(""y"", c => c.Essential(false)).Build();"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Essential(true)).Build();
TaskDefinitionBuilder.Create(""b"").Container(""x"", c => c.Essential(true)).Container(""y"", c => c.Essential(false)).Build();"),
                0,
                Diagnostic("TDK1004", 0), Diagnostic("TDK1004", 1));

        [Fact]
        public Task Clamp_ephemeral_storage() =>
            VerifyFixAsync<BuilderAnalyzer, ClampEphemeralStorageCodeFix>(
                "TDK3016",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage({|#0:500|});
TaskDefinitionBuilder.Create(""b"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage({|#1:10|});"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage(200);
TaskDefinitionBuilder.Create(""b"").Fargate(FargateSize.Cpu256.Memory512).EphemeralStorage(21);"),
                0,
                Diagnostic("TDK3016", 0), Diagnostic("TDK3016", 1));

        [Fact]
        public Task Snap_Fargate_size_to_the_nearest_choice() =>
            VerifyFixAsync<BuilderAnalyzer, SnapFargateSizeCodeFix>(
                "TDK1014",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().Cpu(""256"").Memory({|#0:""4096""|});
TaskDefinitionBuilder.Create(""b"").Fargate().Cpu(1024).Memory({|#1:1024|});"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().Cpu(""256"").Memory(""2048"");
TaskDefinitionBuilder.Create(""b"").Fargate().Cpu(1024).Memory(2048);"),
                0,
                Diagnostic("TDK1014", 0), Diagnostic("TDK1014", 1));

        [Fact]
        public Task Snap_Fargate_size_second_choice() =>
            VerifyFixAsync<BuilderAnalyzer, SnapFargateSizeCodeFix>(
                "TDK1014",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().Cpu(""256"").Memory({|#0:""4096""|});"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Fargate().Cpu(""512"").Memory(""4096"");"),
                1,
                Diagnostic("TDK1014", 0));

        [Fact]
        public Task Set_host_port_to_container_port() =>
            VerifyFixAsync<BuilderAnalyzer, HostPortCodeFix>(
                "TDK4003",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort({|#0:8080|})));
TaskDefinitionBuilder.Create(""b"").Fargate().Container(""web"", c => c.Port(443, p => p.Name(""https"").{|#1:DynamicHostPort|}()));"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort(80)));
TaskDefinitionBuilder.Create(""b"").Fargate().Container(""web"", c => c.Port(443, p => p.Name(""https"").HostPort(443)));"),
                0,
                Diagnostic("TDK4003", 0), Diagnostic("TDK4003", 1));

        [Fact]
        public Task Remove_host_port() =>
            VerifyFixAsync<BuilderAnalyzer, HostPortCodeFix>(
                "TDK4003",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.Port(80, p => p.HostPort({|#0:8080|})));
TaskDefinitionBuilder.Create(""b"").Fargate().Container(""web"", c => c.Port(443, p => p.Name(""https"").HostPort({|#1:8443|})));"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").AwsVpc().Container(""web"", c => c.Port(80));
TaskDefinitionBuilder.Create(""b"").Fargate().Container(""web"", c => c.Port(443, p => p.Name(""https"")));"),
                1,
                Diagnostic("TDK4003", 0), Diagnostic("TDK4003", 1));

        [Fact]
        public Task Remove_expression_from_distinctInstance() =>
            VerifyFixAsync<PlacementAnalyzer, RemoveDistinctInstanceExpressionCodeFix>(
                "TDK5007",
                Wrap(@"var a = new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance, Expression = {|#0:""x""|} };
var b = new PlacementConstraint { Expression = {|#1:""""|}, Type = PlacementConstraintType.DistinctInstance };"),
                Wrap(@"var a = new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance };
var b = new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance };"),
                0,
                Diagnostic("TDK5007", 0), Diagnostic("TDK5007", 1));

        [Fact]
        public Task Add_missing_awslogs_options() =>
            VerifyFixAsync<BuilderAnalyzer, AddAwslogsOptionsCodeFix>(
                "TDK6003",
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.{|#0:LogConfiguration|}(LogDriver.Awslogs, l => l.Option(""awslogs-group"", ""/ecs/web"")));
TaskDefinitionBuilder.Create(""b"").Container(""api"", c => c.{|#1:LogConfiguration|}(LogDriver.Awslogs));"),
                Wrap(@"TaskDefinitionBuilder.Create(""a"").Container(""web"", c => c.LogConfiguration(LogDriver.Awslogs, l => l.Option(""awslogs-group"", ""/ecs/web"").Option(""awslogs-region"", ""us-east-1"")));
TaskDefinitionBuilder.Create(""b"").Container(""api"", c => c.LogConfiguration(LogDriver.Awslogs, log => log.Option(""awslogs-group"", ""/ecs/api"").Option(""awslogs-region"", ""us-east-1"")));"),
                0,
                Diagnostic("TDK6003", 0), Diagnostic("TDK6003", 1), Diagnostic("TDK6003", 1));
    }
}
