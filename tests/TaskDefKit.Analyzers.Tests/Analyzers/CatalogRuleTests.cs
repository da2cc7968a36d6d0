extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using RuleSet = analyzers::TaskDefKit.Validation.RuleSet;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// Catalog rules decided from attribute values, end to end (generator + analyzer + the shared validator): the
    /// trigger reports the rule once, with its severity, on the expected argument; the near miss does not report
    /// it. Rules run only when this build's validator implements them (the rule groups arrive in their own
    /// branches); <see cref="Every_implemented_rule_decidable_from_attributes_has_a_case"/> keeps the table complete.
    /// </summary>
    public class CatalogRuleTests
    {
        private const string Role = "ExecutionRoleArn = \"arn:aws:iam::123456789012:role/exec\"";

        /// <summary>A valid Fargate definition; each case changes one thing.</summary>
        private static string Fargate(
            string task = "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"512\", " + Role,
            string container = "",
            string containerAttributes = "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")]",
            string classAttributes = "",
            string members = "") => $$"""
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            [TaskDefinition("web", LaunchType = LaunchTypes.Fargate, {{task}})]
            {{classAttributes}}
            public static partial class Web
            {
                [Container("app", "nginx:1.27.3", Essential = true, Memory = 256, User = "1000", ReadonlyRootFilesystem = true{{container}})]
                {{containerAttributes}}
                public static partial ContainerDefinition App { get; }
                {{members}}
            }
            """;

        private const string Side = """
            [Container("side", "busybox:1.37.0", Essential = false, Memory = 64, User = "1000", ReadonlyRootFilesystem = true)]
            [AwsLogs("/ecs/web", "eu-west-1", StreamPrefix = "side")]
            public static partial ContainerDefinition Side { get; }
            """;

        public sealed record Case(string RuleId, DiagnosticSeverity Severity, string Trigger, string Span, string NearMiss)
        {
            public override string ToString() => RuleId;
        }

        public static readonly Case[] Cases =
        {
            new("TDK1008", DiagnosticSeverity.Error,
                Fargate(task: "NetworkMode = NetworkModes.Bridge, Cpu = \"256\", Memory = \"512\", " + Role), "NetworkModes.Bridge",
                Fargate()),
            new("TDK1014", DiagnosticSeverity.Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"4096\", " + Role), "\"4096\"",
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"4096\", " + Role)),
            new("TDK2010", DiagnosticSeverity.Error,
                Fargate(container: ", MemoryReservation = 300"), "300",
                Fargate(container: ", MemoryReservation = 128")),
            new("TDK2014", DiagnosticSeverity.Error,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")] [DependsOn(\"side\", DependencyConditions.Healthy)]", members: Side),
                "DependencyConditions.Healthy",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")] [DependsOn(\"side\", DependencyConditions.Healthy)]",
                    members: Side.Replace("[Container(\"side\"", "[HealthCheck(\"CMD-SHELL\", \"exit 0\")] [Container(\"side\"", System.StringComparison.Ordinal))),
            new("TDK3010", DiagnosticSeverity.Error,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = false, Iam = true)]"), "false",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true, Iam = true)]")),
            new("TDK4003", DiagnosticSeverity.Error,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")] [PortMapping(80, HostPort = 8080)]"), "8080",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")] [PortMapping(80, HostPort = 80)]")),
            new("TDK6004", DiagnosticSeverity.Error,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\")]"), "AwsLogs(\"/ecs/web\", \"eu-west-1\")",
                Fargate()),
            new("TDK6013", DiagnosticSeverity.Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"512\"",
                    containerAttributes: "[Secret(\"DB\", \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\")]"),
                "Secret(\"DB\", \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\")",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")] [Secret(\"DB\", \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\")]")),
        };

        /// <summary>Rules no attribute combination can trigger (reader-only, or members the attributes do not offer).</summary>
        private static readonly HashSet<string> s_notDecidableFromAttributes = new()
        {
            "TDK1010", // JSON type: attributes are typed
            "TDK1029", // unknown member: attributes only set known members
        };

        public static IEnumerable<object[]> CaseData => Cases.Select(c => new object[] { c });

        [Theory]
        [MemberData(nameof(CaseData))]
        public async Task Rule_fires_on_its_argument_and_not_on_the_near_miss(Case ruleCase)
        {
            if (!RuleSet.TaskDefinitionRules.Any(r => r.Id == ruleCase.RuleId))
            {
                return; // not in this build's validator yet
            }

            (_, ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(ruleCase.Trigger);
            Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == ruleCase.RuleId);
            Assert.Equal(ruleCase.Severity, diagnostic.Severity);
            Assert.Equal(ruleCase.Span, GeneratorHarness.SpanText(diagnostic));

            (_, ImmutableArray<Diagnostic> nearMiss) = await GeneratorHarness.GenerateAndAnalyzeAsync(ruleCase.NearMiss);
            Assert.DoesNotContain(nearMiss, d => d.Id == ruleCase.RuleId);
        }

        [Fact]
        public void Every_implemented_rule_decidable_from_attributes_has_a_case()
        {
            // Grows with the validator: when a rule group is merged, add its rules here or to the exclusions (with the reason).
            var covered = new HashSet<string>(Cases.Select(c => c.RuleId));
            string[] missing = RuleSet.TaskDefinitionRules
                .Select(r => r.Id)
                .Where(id => !covered.Contains(id) && !s_notDecidableFromAttributes.Contains(id))
                .ToArray();
            Assert.True(missing.Length <= MissingAllowed, "Rules without an attribute case: " + string.Join(", ", missing));
        }

        /// <summary>Rules implemented by the validator that still lack a case here; lower it as cases are added (target: 0).</summary>
        private const int MissingAllowed = 0;
    }
}
