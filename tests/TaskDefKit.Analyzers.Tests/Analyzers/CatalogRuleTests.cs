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
    /// <remarks>The cases live per rule group in <c>AttributeCases/TdkNCases.cs</c>; this file has the templates they vary.</remarks>
    public partial class CatalogRuleTests
    {
        private const string Role = "ExecutionRoleArn = \"arn:aws:iam::123456789012:role/exec\"";

        /// <summary>The valid Fargate task arguments (after the family) that the Fargate template uses.</summary>
        private const string FargateTask = "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"512\", " + Role;

        /// <summary>The valid EC2 task arguments (after the family): bridge mode, no task size.</summary>
        private const string Ec2Task = "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.Bridge, " + Role;

        /// <summary>The [Container] arguments of the templates' "app" container, a valid Linux container.</summary>
        private const string App = "\"app\", \"nginx:1.27.3\", Essential = true, Memory = 256, User = \"1000\", ReadonlyRootFilesystem = true";

        private const string AppLogs = "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")]";

        /// <summary>A valid Fargate definition; each case changes one thing.</summary>
        private static string Fargate(
            string task = FargateTask,
            string container = "",
            string containerAttributes = AppLogs,
            string classAttributes = "",
            string members = "") =>
            Definition("LaunchType = LaunchTypes.Fargate, " + task, App + container, containerAttributes, classAttributes, members);

        /// <summary>A valid EC2 definition in bridge mode without task size; each case changes one thing.</summary>
        private static string Ec2(
            string task = Ec2Task,
            string container = "",
            string containerAttributes = AppLogs,
            string classAttributes = "",
            string members = "") =>
            Definition(task, App + container, containerAttributes, classAttributes, members);

        /// <summary>Any definition: the [TaskDefinition] arguments after the family, the app container's [Container] arguments and attributes, more class attributes and members.</summary>
        private static string Definition(
            string task,
            string app = App,
            string appAttributes = AppLogs,
            string classAttributes = "",
            string members = "",
            string family = "web") => $$"""
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            [TaskDefinition("{{family}}", {{task}})]
            {{classAttributes}}
            public static partial class Web
            {
                [Container({{app}})]
                {{appAttributes}}
                public static partial ContainerDefinition App { get; }
                {{members}}
            }
            """;

        /// <summary>A second, non-essential container named "side".</summary>
        private const string Side = """
            [Container("side", "busybox:1.37.0", Essential = false, Memory = 64, User = "1000", ReadonlyRootFilesystem = true)]
            [AwsLogs("/ecs/web", "eu-west-1", StreamPrefix = "side")]
            public static partial ContainerDefinition Side { get; }
            """;

        /// <summary>A container property with the given [Container] arguments and attributes.</summary>
        private static string Member(string property, string containerArguments, string attributes = "") => $$"""
            [Container({{containerArguments}})]
            {{attributes}}
            public static partial ContainerDefinition {{property}} { get; }
            """;

        public sealed record Case(string RuleId, DiagnosticSeverity Severity, string Trigger, string Span, string NearMiss)
        {
            public override string ToString() => RuleId;
        }

        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
        private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
        private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

        public static readonly Case[] Cases = Tdk1Cases()
            .Concat(Tdk2Cases())
            .Concat(Tdk3Cases())
            .Concat(Tdk4Cases())
            .Concat(Tdk5Cases())
            .Concat(Tdk6Cases())
            .ToArray();

        /// <summary>Rules no attribute combination can trigger (reader-only, reported by the generator instead, or configured).</summary>
        private static readonly HashSet<string> s_notDecidableFromAttributes = new()
        {
            "TDK1010", // JSON type: reader-only, and attributes are typed (cpu/memory strings, ports numbers)
            "TDK1029", // unknown member: reader-only; attributes only set members the schema knows
            "TDK6033", // required tag keys are configured: the analyzer reads them from the .taskdefkit.json additional file (Policy/PolicyAnalyzerTests), which these cases do not give
            "TDK9402", "TDK9403", "TDK9404", "TDK9405", "TDK9407", "TDK9408", // the organisation policy, likewise configured: Policy/PolicyAnalyzerTests
            "TDK6034", // opt-in through configuration (.taskdefkit.json, ValidationOptions); off in the analyzer, which reads none
            "TDK3004", // unknown mount point sourceVolume: the generator reports it as TDK8003 on the same argument and the analyzer suppresses the duplicate
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

            // A rule may report a condition at its own severity beside the catalog's (TDK4004: an info that host
            // networking binds the ports, an error for a wrong host port), so a case is about its ID at its severity;
            // Assert.Single still checks that the trigger reports it once.
            (_, ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(ruleCase.Trigger);
            Assert.Contains(diagnostics, d => d.Id == ruleCase.RuleId);
            Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == ruleCase.RuleId && d.Severity == ruleCase.Severity);
            Assert.Equal(ruleCase.Span, GeneratorHarness.SpanText(diagnostic));

            (_, ImmutableArray<Diagnostic> nearMiss) = await GeneratorHarness.GenerateAndAnalyzeAsync(ruleCase.NearMiss);
            Assert.DoesNotContain(nearMiss, d => d.Id == ruleCase.RuleId && d.Severity == ruleCase.Severity);
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
