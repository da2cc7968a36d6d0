using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>src/Shared/Rules/RuleCatalog.All.cs: <c>RuleCatalog.All</c>, every rule in ID order.</summary>
    internal static class RuleCatalogWriter
    {
        public const string Path = "src/Shared/Rules/RuleCatalog.All.cs";

        public static string Write(IReadOnlyList<RuleDeclaration> rules)
        {
            var text = new StringBuilder();
            text.Append(Text.Header).Append('\n');
            text.Append("namespace TaskDefKit.Rules\n{\n");
            text.Append("    public static partial class RuleCatalog\n    {\n");
            text.Append("        /// <summary>Every rule, in ID order.</summary>\n");
            text.Append("        public static RuleInfo[] All { get; } = new[]\n        {\n");
            foreach (RuleDeclaration rule in rules)
            {
                text.Append("            new RuleInfo(RuleIds.").Append(rule.Name).Append(", ").Append(Text.CSharpString(rule.Title))
                    .Append(", RuleSeverity.").Append(rule.Severity).Append(", RuleGroup.").Append(rule.Group)
                    .Append(", RuleSeverity.").Append(rule.SecuritySeverity).Append(", ").Append(Text.CSharpStrings(rule.Controls)).Append("),\n");
            }

            text.Append("        };\n    }\n}\n");
            return text.ToString();
        }
    }
}
