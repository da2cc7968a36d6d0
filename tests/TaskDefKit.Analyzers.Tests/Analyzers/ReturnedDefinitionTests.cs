extern alias analyzers;

using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using static TaskDefKit.Analyzers.Tests.Infrastructure.BuilderVerifier;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// Definitions returned as builders and built elsewhere (the samples' pattern) get the same findings, in the same
    /// places, as the same chains ending in <c>Build()</c>; a base that another definition extends is judged only as
    /// part of it.
    /// </summary>
    public class ReturnedDefinitionTests
    {
        private static readonly string[] Rules = { "TDK1002", "TDK1004", "TDK6017", "TDK6013", "TDK2019", "TDK2010" };

        // One mistake each; the markup is where every form must report it.
        private const string NoEssential = @"TaskDefinitionBuilder.Create(""a"").Container(""x"", c => c.Image(""nginx:1"").Memory(512).Essential({|#0:false|}))";
        private const string NoExecutionRole = @"TaskDefinitionBuilder.Create(""b"").Fargate(FargateSize.Cpu256.Memory512).Container({|#1:""web""|}, c => c.Image(""nginx:1"").{|#2:AwsLogs|}(""/ecs/web"", ""us-east-1"", ""web"").Secret(""P"", ""arn:aws:secretsmanager:us-east-1:123456789012:secret:p-AbCdEf""))";
        private const string LinksUnderAwsVpc = @"TaskDefinitionBuilder.Create(""c"").AwsVpc().Container({|#3:""web""|}, c => c.Image(""nginx:1"").Memory(512).Link({|#5:""db""|}))";
        private const string ReservationAboveLimit = @"TaskDefinitionBuilder.Create(""d"").Container(""web"", c => c.Image(""nginx:1"").Memory(256).MemoryReservation({|#4:512|}))";

        private static readonly DiagnosticResult[] Expected =
        {
            Diagnostic("TDK1004", 0), Diagnostic("TDK6013", 1), Diagnostic("TDK6017", 2), Diagnostic("TDK2019", 3), Diagnostic("TDK2019", 5), Diagnostic("TDK2010", 4),
        };

        [Fact]
        public Task Chains_ending_in_Build_are_the_reference() =>
            VerifyRulesAsync<Analyzer>(Rules, "class C { void M() {\n" +
                NoEssential + ".Build();\n" + NoExecutionRole + ".Build();\n" + LinksUnderAwsVpc + ".Build();\n" + ReservationAboveLimit + ".Build();\n} }",
                Expected);

        [Fact]
        public Task Definitions_returned_from_expression_bodied_methods_and_passed_on_in_a_list_are_judged() =>
            VerifyRulesAsync<Analyzer>(Rules, @"class Definitions
{
    public static System.Collections.Generic.IReadOnlyList<(string FileName, TaskDefinitionBuilder Builder)> All() => new[]
    {
        (""a.json"", A()), (""b.json"", B()), (""c.json"", C()), (""d.json"", D()),
    };
    public static TaskDefinitionBuilder A() => " + NoEssential + @";
    public static TaskDefinitionBuilder B() => " + NoExecutionRole + @";
    public static TaskDefinitionBuilder C() => " + LinksUnderAwsVpc + @";
    public static TaskDefinitionBuilder D() => " + ReservationAboveLimit + @";
}",
                Expected);

        [Fact]
        public Task Definitions_stored_in_a_local_and_returned_and_never_called_are_judged() =>
            VerifyRulesAsync<Analyzer>(Rules, @"class Definitions
{
    static TaskDefinitionBuilder A() { var b = " + NoEssential + @"; return b; }
    static TaskDefinitionBuilder B() { var b = " + NoExecutionRole + @"; b.Tag(""k"", ""v""); return b; }
    static TaskDefinitionBuilder C() { return " + LinksUnderAwsVpc + @"; }
    static TaskDefinitionBuilder D() { var b = " + ReservationAboveLimit + @"; return b.Tag(""k"", ""v""); }
}",
                Expected);

        [Fact]
        public Task A_definition_passed_to_a_method_that_only_builds_it_is_judged() =>
            VerifyRulesAsync<Analyzer>(Rules, @"class Definitions
{
    static void Write(TaskDefinitionBuilder builder) => System.Console.WriteLine(builder.Build());
    void M() { Write(" + NoEssential + @"); var b = " + ReservationAboveLimit + @"; Write(b); }
}",
                Diagnostic("TDK1004", 0), Diagnostic("TDK2010", 4));

        [Fact]
        public Task A_base_extended_by_another_definition_is_judged_with_it_and_findings_stay_on_the_base_arguments() =>
            VerifyRulesAsync<Analyzer>(Rules, @"class Definitions
{
    static TaskDefinitionBuilder All() => Web();
    // The base alone has no container and no execution role: it is never built alone, so nothing is reported on it.
    static TaskDefinitionBuilder Base() => TaskDefinitionBuilder.Create(""web"").Fargate(FargateSize.Cpu256.Memory512);
    static TaskDefinitionBuilder Web() => Base().Container(""web"", c => c.Image(""nginx:1"").{|#0:AwsLogs|}(""/ecs/web"", ""us-east-1"", ""web""));
    static TaskDefinitionBuilder Shared() => TaskDefinitionBuilder.Create(""api"").Container(""app"", c => c.Image(""nginx:1"").Memory(256).MemoryReservation({|#1:512|}));
    static TaskDefinitionBuilder Api() { var b = Shared(); b.ExecutionRole(""arn:aws:iam::123456789012:role/x""); return b; }
    static TaskDefinitionBuilder Worker() => Shared().Container(""sidecar"", c => c.Image(""nginx:1"").Essential(false));
}",
                Diagnostic("TDK6017", 0), Diagnostic("TDK2010", 1));

        [Fact]
        public Task A_base_that_extensions_complete_and_a_builder_handed_to_code_that_may_add_to_it_are_not_reported() =>
            VerifyRulesAsync<Analyzer>(Rules, @"class Definitions
{
    static TaskDefinitionBuilder Base() => TaskDefinitionBuilder.Create(""web"").Fargate(FargateSize.Cpu256.Memory512).ExecutionRole(""arn:aws:iam::123456789012:role/x"");
    static TaskDefinitionBuilder Web() => Base().Container(""web"", c => c.Image(""nginx:1"").Memory(512));
    static TaskDefinitionBuilder Worker() => Base().Container(""worker"", c => c.Image(""nginx:1"").Memory(512));
    static TaskDefinitionBuilder Extend(TaskDefinitionBuilder b) => b.Container(""x"", c => c.Image(""nginx:1""));
    static TaskDefinitionBuilder Open() => Extend(TaskDefinitionBuilder.Create(""open"").Container(""y"", c => c.Image(""nginx:1"").Essential(false)));
    static TaskDefinitionBuilder Virtual() => new Definitions().Overridable();
    protected virtual TaskDefinitionBuilder Overridable() => TaskDefinitionBuilder.Create(""v"").Container(""y"", c => c.Image(""nginx:1"").Essential(false));
    static System.Func<TaskDefinitionBuilder> Delegate() => Grouped;
    static TaskDefinitionBuilder Grouped() => TaskDefinitionBuilder.Create(""g"");
}");
    }
}
