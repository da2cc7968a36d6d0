extern alias analyzers;

using System.Threading.Tasks;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.PlacementAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    public class PlacementAnalyzerTests
    {
        private static string Wrap(string body) => "class C { static string F() => \"x\"; void M() {\n" + body + "\n} }";

        [Fact]
        public Task Binpack_on_a_field_other_than_cpu_or_memory_is_reported_on_the_raw_strategy() =>
            VerifyAsync<Analyzer>(Wrap(@"var a = new PlacementStrategy { Type = PlacementStrategyType.Binpack, Field = {|#0:""disk""|} };
var b = new PlacementStrategy { Type = PlacementStrategyType.Binpack, Field = ""memory"" };
var c = new PlacementStrategy { Type = PlacementStrategyType.Binpack, Field = F() };"),
                Diagnostic("TDK5002", 0));

        [Fact]
        public Task DistinctInstance_with_an_expression_is_reported() =>
            VerifyAsync<Analyzer>(Wrap(@"var a = new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance, Expression = {|#0:""attribute:ecs.os-type == linux""|} };
var b = new PlacementConstraint { Type = PlacementConstraintType.DistinctInstance };"),
                Diagnostic("TDK5007", 0));

        [Fact]
        public Task MemberOf_that_does_not_parse_is_reported_on_the_builder_argument() =>
            VerifyAsync<Analyzer>(Wrap(@"var a = PlacementBuilder.Create().BinpackMemory().MemberOf({|#0:""attribute:ecs.instance-type in (t2.micro""|}).Build();
var b = PlacementBuilder.Create().MemberOf(""attribute:ecs.instance-type in [t2.micro, t3.micro]"").Build();
var c = PlacementBuilder.Create().MemberOf(F()).Build();"),
                Diagnostic("TDK5014", 0));

        [Fact]
        public Task Spread_on_an_unknown_field_is_reported_and_known_fields_are_not() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK5003" }, Wrap(@"var a = PlacementBuilder.Create().Spread({|#0:""rack""|}).Build();
var b = PlacementBuilder.Create().SpreadAcrossZones().SpreadAcrossInstances().Spread(PlacementBuilder.Host).Build();"),
                Diagnostic("TDK5003", 0));

        [Fact]
        public Task A_sixth_strategy_is_reported_on_its_call_and_a_typed_query_is_unknown() =>
            VerifyRulesAsync<Analyzer>(new[] { "TDK5005", "TDK5014" }, Wrap(@"var a = PlacementBuilder.Create().Random().BinpackCpu().BinpackMemory().SpreadAcrossZones().SpreadAcrossInstances().{|#0:SpreadByAttribute|}(""ecs.os-type"").Build();
var b = PlacementBuilder.Create().Random().BinpackCpu().BinpackMemory().SpreadAcrossZones().SpreadAcrossInstances().Build();
var c = PlacementBuilder.Create().MemberOf(TaskDefKit.Placement.Cql.Cql.Attribute(EcsAttributes.InstanceType).Matches(""t3.*"")).Build();"),
                Diagnostic("TDK5005", 0));
    }
}
