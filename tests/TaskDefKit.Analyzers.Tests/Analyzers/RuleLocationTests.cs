extern alias analyzers;

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using Parser = analyzers::TaskDefKit.Analyzers.Generator.Parser;
using RuleDiagnostic = analyzers::TaskDefKit.Validation.RuleDiagnostic;
using RuleSet = analyzers::TaskDefKit.Validation.RuleSet;
using RuleSeverity = analyzers::TaskDefKit.Rules.RuleSeverity;
using Sink = analyzers::TaskDefKit.Analyzers.Attributes.TaskDefinitionAttributeAnalyzer.LocatingSink;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// Catalog findings land on the argument that set the offending member. The mapping is generic (JSON pointer →
    /// argument, else the nearest set ancestor, else the class), so it is tested here with findings of any rule;
    /// <see cref="CatalogRuleTests"/> runs the real rules end to end.
    /// </summary>
    public class RuleLocationTests
    {
        private const string Source = """
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            [TaskDefinition("web", LaunchType = LaunchTypes.Fargate, Cpu = "256", Memory = "4096", EphemeralStorageGiB = 30)]
            [EfsVolume("data", "fs-1", TransitEncryption = false)]
            [Volume("logs", HostPath = "/var/log")]
            public static partial class Web
            {
                [Container("app", "nginx:1.27", Memory = 512)]
                [PortMapping(80, HostPort = 8080)]
                [AwsLogs("/ecs/web", "eu-west-1")]
                [LogOption("mode", "blocking")]
                [HealthCheck("CMD-SHELL", "exit 0", Interval = 2)]
                public static partial ContainerDefinition App { get; }
            }
            """;

        [Theory]
        [InlineData("/memory", "\"4096\"")]
        [InlineData("/cpu", "\"256\"")]
        [InlineData("/networkMode", "TaskDefinition(\"web\", LaunchType = LaunchTypes.Fargate, Cpu = \"256\", Memory = \"4096\", EphemeralStorageGiB = 30)")]
        [InlineData("/requiresCompatibilities/0", "LaunchTypes.Fargate")]
        [InlineData("/family", "\"web\"")]
        [InlineData("/volumes/0/efsVolumeConfiguration/transitEncryption", "false")]
        [InlineData("/volumes/0/efsVolumeConfiguration/rootDirectory", "EfsVolume(\"data\", \"fs-1\", TransitEncryption = false)")]
        [InlineData("/volumes/0/efsVolumeConfiguration", "EfsVolume(\"data\", \"fs-1\", TransitEncryption = false)")] // several arguments fill it
        [InlineData("/ephemeralStorage", "30")] // an object only one argument fills is that argument's
        [InlineData("/volumes/1/host", "\"/var/log\"")]
        [InlineData("/containerDefinitions/0/memory", "512")]
        [InlineData("/containerDefinitions/0/essential", "Container(\"app\", \"nginx:1.27\", Memory = 512)")]
        [InlineData("/containerDefinitions/0/portMappings/0/hostPort", "8080")]
        [InlineData("/containerDefinitions/0/portMappings/0", "PortMapping(80, HostPort = 8080)")]
        [InlineData("/containerDefinitions/0/logConfiguration/options/awslogs-stream-prefix", "AwsLogs(\"/ecs/web\", \"eu-west-1\")")]
        [InlineData("/containerDefinitions/0/logConfiguration/options/mode", "\"blocking\"")]
        [InlineData("/containerDefinitions/0/healthCheck/interval", "2")]
        [InlineData("/containerDefinitions/0/healthCheck/command/1", "\"CMD-SHELL\"")]
        [InlineData("/containerDefinitions/3", "TaskDefinition(\"web\", LaunchType = LaunchTypes.Fargate, Cpu = \"256\", Memory = \"4096\", EphemeralStorageGiB = 30)")]
        public void A_finding_is_located_on_the_argument_that_set_its_member(string pointer, string expected)
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Source);
            INamedTypeSymbol type = compilation.GetTypeByMetadataName("Web")!;
            var sink = new Sink(type, CancellationToken.None);
            Parser.Parse(type, sink, CancellationToken.None);

            Diagnostic diagnostic = sink.ToDiagnostic(new RuleDiagnostic("TDK1014", RuleSeverity.Warning, "message", pointer))!;
            Assert.Equal(expected, GeneratorHarness.SpanText(diagnostic));
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity); // the finding's severity, not the descriptor's default
            Assert.Equal("TDK1014", diagnostic.Id);
            Assert.Equal(pointer, diagnostic.Properties["Pointer"]);
        }

        [Fact]
        public async Task Whatever_the_validator_reports_is_reported_by_the_analyzer()
        {
            // Every finding of the shared validator on the model becomes a diagnostic (this build's rules: RuleSet).
            (Compilation output, System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(Source);
            var model = analyzers::TaskDefKit.Analyzers.Generator.ModelFactory.Build(
                Parser.Parse(output.GetTypeByMetadataName("Web")!, null, CancellationToken.None).Definition);
            IReadOnlyList<RuleDiagnostic> findings = analyzers::TaskDefKit.Validation.TaskDefinitionValidator.Validate(model);
            Assert.Equal(findings.Select(f => f.RuleId).OrderBy(i => i), diagnostics.Select(d => d.Id).OrderBy(i => i));
            Assert.True(findings.Count > 0 || RuleSet.TaskDefinitionRules.Count == 0);
        }
    }
}
