using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>src/Shared/Rules/RuleIds.cs: one constant per rule, its summary the rule's title.</summary>
    internal static class RuleIdsWriter
    {
        public const string Path = "src/Shared/Rules/RuleIds.cs";

        public static string Write(IReadOnlyList<RuleDeclaration> rules)
        {
            var text = new StringBuilder();
            text.Append(Text.Header).Append('\n');
            text.Append("namespace TaskDefKit.Rules\n{\n");
            text.Append("    /// <summary>\n");
            text.Append("    /// The rule IDs: the product's public contract. Each constant is named for what the rule means; its value is the\n");
            text.Append("    /// ID users see, search for and suppress. The rules themselves are listed in <see cref=\"RuleCatalog\"/>.\n");
            text.Append("    /// </summary>\n");
            text.Append("    public static class RuleIds\n    {\n");
            for (int i = 0; i < rules.Count; i++)
            {
                RuleDeclaration rule = rules[i];
                if (i > 0)
                {
                    text.Append('\n');
                }

                text.Append("        /// <summary>").Append(rule.Id).Append(": ").Append(Text.Xml(rule.Title)).Append(".</summary>\n");
                text.Append("        public const string ").Append(rule.Name).Append(" = \"").Append(rule.Id).Append("\";\n");
            }

            text.Append("    }\n}\n");
            return text.ToString();
        }
    }
}
