using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>
    /// src/TaskDefKit.Analyzers/Diagnostics/Descriptors.Catalog.cs: one descriptor per rule with constant ID, title, category and
    /// severity (release tracking reads them), <c>Find</c> by ID, and <c>CatalogRules</c>.
    /// </summary>
    internal static class DescriptorsWriter
    {
        public const string Path = "src/TaskDefKit.Analyzers/Diagnostics/Descriptors.Catalog.cs";

        public static string Write(IReadOnlyList<RuleDeclaration> rules)
        {
            var text = new StringBuilder();
            text.Append(Text.Header).Append('\n');
            text.Append("#nullable enable\nusing Microsoft.CodeAnalysis;\nusing TaskDefKit.Rules;\n\n");
            text.Append("namespace TaskDefKit.Analyzers.Diagnostics\n{\n");
            text.Append("    public static partial class Descriptors\n    {\n");
            foreach (RuleDeclaration rule in rules)
            {
                text.Append("        /// <summary>").Append(rule.Id).Append(": ").Append(Text.Xml(rule.Title)).Append(".</summary>\n");
                text.Append("        public static readonly DiagnosticDescriptor ").Append(rule.Name).Append(" = new DiagnosticDescriptor(\n");
                text.Append("            RuleIds.").Append(rule.Name).Append(", ").Append(Text.CSharpString(rule.Title)).Append(", MessageFormat, Categories.")
                    .Append(rule.Group).Append(", DiagnosticSeverity.").Append(rule.Severity).Append(",\n");
                text.Append("            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + \"").Append(rule.Id).Append(".md\"");
                if (rule.Controls.Count > 0)
                {
                    // Custom tags become SARIF rules[].properties.tags in the compiler's error log (code scanning shows them).
                    text.Append(",\n            customTags: ").Append(Text.CSharpStrings(new[] { "security" }.Concat(rule.Controls).ToList()));
                }

                text.Append(");\n\n");
            }

            text.Append("        /// <summary>The descriptor of a catalog rule by ID; null for an ID this table does not know.</summary>\n");
            text.Append("        public static DiagnosticDescriptor? Find(string ruleId)\n        {\n            switch (ruleId)\n            {\n");
            foreach (RuleDeclaration rule in rules)
            {
                text.Append("                case \"").Append(rule.Id).Append("\": return ").Append(rule.Name).Append(";\n");
            }

            text.Append("                default: return null;\n            }\n        }\n\n");
            text.Append("        /// <summary>Every catalog rule's descriptor, in ID order.</summary>\n");
            text.Append("        public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> CatalogRules { get; } = System.Collections.Immutable.ImmutableArray.Create(\n");
            for (int i = 0; i < rules.Count; i++)
            {
                text.Append("            ").Append(rules[i].Name).Append(i + 1 < rules.Count ? ",\n" : ");\n");
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }
    }
}
