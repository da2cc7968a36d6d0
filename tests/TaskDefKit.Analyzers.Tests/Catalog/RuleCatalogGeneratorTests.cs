using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Eng.RuleCatalog;
using TaskDefKit.Testing;

namespace TaskDefKit.Analyzers.Tests.Catalog
{
    /// <summary>
    /// The rule tables are generated from the [Rule] attributes (eng/RuleCatalogGenerator): the checked-in files equal a
    /// fresh generation, and mistakes in a declaration are named with file and line.
    /// </summary>
    public class RuleCatalogGeneratorTests
    {
        private static readonly IReadOnlyList<string> Groups = new[] { "Input", "TaskDefinition", "Container", "Storage", "Networking", "Placement", "Security" };

        [Fact]
        public void Checked_in_rule_tables_equal_the_generated_ones()
        {
            CatalogOutcome outcome = CatalogFiles.Generate(RepoPaths.Root);
            Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors));
            Assert.True(outcome.Rules.Count > 160, outcome.Rules.Count + " rules");

            IReadOnlyList<string> stale = CatalogFiles.StaleFiles(RepoPaths.Root, outcome.Files);
            Assert.True(stale.Count == 0, string.Join(", ", stale) + " out of date with the [Rule] attributes; run: " + CatalogFiles.RegenerateCommand);
        }

        [Fact]
        public void A_rule_class_declares_its_id_title_severity_and_the_rest_follows()
        {
            RuleSourceReader reader = Read(("Tdk2099.cs", RuleClass("TDK2099", "Widget", "Tdk2099Widget", "RuleIds.Widget")));
            Assert.Empty(reader.Errors);
            RuleDeclaration rule = Assert.Single(reader.Rules);
            Assert.Equal(("TDK2099", "Widget", "Warning", "Widget is \"odd\"", "Container", RuleHome.TaskDefinitionRule), (rule.Id, rule.Name, rule.Severity, rule.Title, rule.Group, rule.Home));
            Assert.Equal("TaskDefKit.Validation.Rules.Tdk2.Tdk2099Widget", rule.ClassName);

            CatalogOutcome outcome = CatalogFiles.Produce(reader.Rules, reader.Errors, Page);
            string Content(string path) => outcome.Files.Single(f => f.Path == path).Content;
            Assert.Contains("public const string Widget = \"TDK2099\";", Content(RuleIdsWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("new RuleInfo(RuleIds.Widget, \"Widget is \\\"odd\\\"\", RuleSeverity.Warning, RuleGroup.Container, RuleSeverity.Warning, System.Array.Empty<string>()),", Content(RuleCatalogWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("new global::TaskDefKit.Validation.Rules.Tdk2.Tdk2099Widget(),", Content(RuleSetWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("Categories.Container, DiagnosticSeverity.Warning,", Content(DescriptorsWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("TDK2099 | TaskDefKit.Container | Warning | Widget,", Content(ReleaseTrackingWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("| [TDK2099](TDK2099.md) | Widget is \"odd\" | warning | Container (TDK2xxx) |  |\n<!-- rule-table:end -->\n", Content(RuleTableWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("| `strict` | 1 rules | none | none |", Content(RuleTableWriter.Path), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Controls_give_tags_a_security_floor_globalconfig_entries_and_the_page_block()
        {
            string source = RuleClass("TDK2099", "Widget", "Tdk2099Widget", "RuleIds.Widget")
                .Replace("RuleSeverity.Warning, \"Widget is \\\"odd\\\"\")", "RuleSeverity.Info, \"Widget\", Controls = new[] { \"ECS.5\", \"CKV_AWS_336\" })", System.StringComparison.Ordinal);
            RuleSourceReader reader = Read(("Tdk2099.cs", source));
            Assert.Empty(reader.Errors);
            RuleDeclaration rule = Assert.Single(reader.Rules);
            Assert.Equal(new[] { "ECS.5", "CKV_AWS_336" }, rule.Controls);
            Assert.Equal("Warning", rule.SecuritySeverity);

            var pages = new Dictionary<string, string> { ["TDK2099"] = "# TDK2099: Widget\n\n<!-- controls:begin -->\n<!-- controls:end -->\n\nprose\n" };
            CatalogOutcome outcome = CatalogFiles.Produce(reader.Rules, reader.Errors, Page, pages);
            Assert.Empty(outcome.Errors);
            string Content(string path) => outcome.Files.Single(f => f.Path == path).Content;
            Assert.Contains("customTags: new[] { \"security\", \"ECS.5\", \"CKV_AWS_336\" }", Content(DescriptorsWriter.Path), System.StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic.TDK2099.severity = warning\n", Content(GlobalConfigWriter.PathOf("security")), System.StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic.TDK2099.severity = error\n", Content(GlobalConfigWriter.PathOf("strict")), System.StringComparison.Ordinal);
            Assert.DoesNotContain("TDK2099", Content(GlobalConfigWriter.PathOf("default")), System.StringComparison.Ordinal);
            Assert.Contains("[ECS.5](https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5)", Content("docs/rules/TDK2099.md"), System.StringComparison.Ordinal);
            Assert.EndsWith("<!-- controls:end -->\n\nprose\n", Content("docs/rules/TDK2099.md"), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("\"ECS-5\"", "is not a control ID")]
        [InlineData("\"ECS.5\", \"ECS.5\"", "listed twice")]
        public void A_control_of_an_unknown_form_or_listed_twice_is_an_error(string controls, string message)
        {
            string source = RuleClass("TDK2099", "Widget", "Tdk2099Widget", "RuleIds.Widget")
                .Replace("\"Widget is \\\"odd\\\"\")", "\"Widget\", Controls = new[] { " + controls + " })", System.StringComparison.Ordinal);
            Assert.Contains(message, Assert.Single(Read(("a.cs", source)).Errors), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_rule_with_controls_needs_the_markers_on_its_page()
        {
            string source = RuleClass("TDK2099", "Widget", "Tdk2099Widget", "RuleIds.Widget")
                .Replace("\"Widget is \\\"odd\\\"\")", "\"Widget\", Controls = new[] { \"ECS.5\" })", System.StringComparison.Ordinal);
            RuleSourceReader reader = Read(("a.cs", source));
            CatalogOutcome outcome = CatalogFiles.Produce(reader.Rules, reader.Errors, Page, new Dictionary<string, string> { ["TDK2099"] = "# TDK2099: Widget\n" });
            Assert.Contains("add the lines", Assert.Single(outcome.Errors), System.StringComparison.Ordinal);
        }

        private const string Page = "x\n<!-- rule-table:begin -->\n<!-- rule-table:end -->\n<!-- profiles:begin -->\n<!-- profiles:end -->\ny\n";

        [Theory]
        [InlineData("TDK2099", "Widget", "Tdk2099Widget", "RuleIds.Gadget", "must declare 'public override string Id => RuleIds.Widget;'")]
        [InlineData("TDK2099", "Widget", "Tdk2098Widget", "RuleIds.Widget", "must be named Tdk2099<Name>")]
        [InlineData("TDK9001", "Widget", "Tdk9001Widget", "RuleIds.Widget", "add a member for TDK9xxx to RuleGroup")]
        [InlineData("TDK20991", "Widget", "Tdk2099Widget", "RuleIds.Widget", "is not an ID of the form TDKnnnn")]
        [InlineData("TDK2099", "widget", "Tdk2099Widget", "RuleIds.widget", "must be a PascalCase C# identifier")]
        public void A_declaration_mistake_is_named_with_its_file_and_line(string id, string name, string className, string reported, string message)
        {
            RuleSourceReader reader = Read(("Rules/Tdk2099.cs", RuleClass(id, name, className, reported)));
            string error = Assert.Single(reader.Errors);
            Assert.StartsWith("Rules/Tdk2099.cs(", error, System.StringComparison.Ordinal);
            Assert.Contains(message, error, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Two_declarations_of_one_id_or_one_name_are_errors_and_holders_declare_many()
        {
            const string Holder = "namespace TaskDefKit.Rules.Declared {\n[Rule(\"TDK2099\", \"Widget\", RuleSeverity.Error, \"A\")]\n[Rule(\"TDK2098\", \"Widget\", RuleSeverity.Error, \"B\")]\ninternal static class ReservedRules { } }";
            RuleSourceReader reader = Read(("a.cs", RuleClass("TDK2099", "Gadget", "Tdk2099Gadget", "RuleIds.Gadget")), ("Declared/ReservedRules.cs", Holder));
            Assert.Equal(3, reader.Rules.Count);
            Assert.Contains(reader.Errors, e => e.Contains("TDK2099 is declared more than once", System.StringComparison.Ordinal));
            Assert.Contains(reader.Errors, e => e.Contains("the name Widget is used by TDK2098 and TDK2099", System.StringComparison.Ordinal));
            Assert.Equal(RuleHome.Reserved, reader.Rules.Single(r => r.Id == "TDK2098").Home);
        }

        [Fact]
        public void Rule_on_a_class_that_is_no_rule_or_twice_on_a_rule_class_is_an_error()
        {
            RuleSourceReader notRule = Read(("x.cs", "[Rule(\"TDK2099\", \"Widget\", RuleSeverity.Error, \"A\")] class Helper { }"));
            Assert.Contains("neither a rule class", Assert.Single(notRule.Errors), System.StringComparison.Ordinal);

            RuleSourceReader twice = Read(("y.cs", "[Rule(\"TDK2099\", \"Widget\", RuleSeverity.Error, \"A\")][Rule(\"TDK2098\", \"Gadget\", RuleSeverity.Error, \"B\")] sealed class Tdk2099Widget : TaskDefinitionRule { }"));
            Assert.Contains("carries 2 [Rule] attributes", Assert.Single(twice.Errors), System.StringComparison.Ordinal);
        }

        private static string RuleClass(string id, string name, string className, string reported) =>
            "using TaskDefKit.Rules;\nnamespace TaskDefKit.Validation.Rules.Tdk2\n{\n    [Rule(\"" + id + "\", \"" + name + "\", RuleSeverity.Warning, \"Widget is \\\"odd\\\"\")]\n"
            + "    internal sealed class " + className + " : TaskDefinitionRule\n    {\n        public override string Id => " + reported + ";\n    }\n}\n";

        private static RuleSourceReader Read(params (string Path, string Source)[] files)
        {
            var reader = new RuleSourceReader(Groups);
            foreach ((string path, string source) in files)
            {
                reader.Read(path, source);
            }

            reader.Finish();
            return reader;
        }
    }
}
