using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>
    /// src/Shared/Validation/RuleSet.Rules.cs: the rule instances the validators run (every class with a [Rule]), and the
    /// IDs declared on the reader's and the reserved holder classes.
    /// </summary>
    internal static class RuleSetWriter
    {
        public const string Path = "src/Shared/Validation/RuleSet.Rules.cs";

        public static string Write(IReadOnlyList<RuleDeclaration> rules)
        {
            var text = new StringBuilder();
            text.Append(Text.Header).Append('\n');
            text.Append("using System.Collections.Generic;\nusing TaskDefKit.Rules;\n\n");
            text.Append("namespace TaskDefKit.Validation\n{\n");
            text.Append("    public static partial class RuleSet\n    {\n");

            text.Append("        /// <summary>Rules decided while reading JSON, not on the model: the reader reports them.</summary>\n");
            IdList(text, "ReaderRuleIds", rules.Where(r => r.Home == RuleHome.Reader));
            text.Append('\n');
            text.Append("        /// <summary>Rules whose IDs are taken and documented but that nothing reports yet.</summary>\n");
            IdList(text, "ReservedRuleIds", rules.Where(r => r.Home == RuleHome.Reserved));
            text.Append('\n');

            text.Append("        private static TaskDefinitionRule[] CreateTaskDefinitionRules() => new TaskDefinitionRule[]\n        {\n");
            foreach (RuleDeclaration rule in rules.Where(r => r.Home == RuleHome.TaskDefinitionRule))
            {
                text.Append("            new global::").Append(rule.ClassName).Append("(),\n");
            }

            text.Append("        };\n\n");
            text.Append("        private static IPlacementRule[] CreatePlacementRules() => new IPlacementRule[]\n        {\n");
            foreach (RuleDeclaration rule in rules.Where(r => r.IsPlacementRule))
            {
                text.Append("            new global::").Append(rule.ClassName).Append("(),\n");
            }

            text.Append("        };\n\n");
            text.Append("        private static ServiceRule[] CreateServiceRules() => new ServiceRule[]\n        {\n");
            foreach (RuleDeclaration rule in rules.Where(r => r.Home == RuleHome.ServiceRule))
            {
                text.Append("            new global::").Append(rule.ClassName).Append("(),\n");
            }

            text.Append("        };\n\n");
            Instances(text, "EcrRule", "CreateEcrRules", rules.Where(r => r.Home == RuleHome.EcrRule));
            text.Append('\n');
            Instances(text, "ScheduledTaskRule", "CreateScheduledTaskRules", rules.Where(r => r.Home == RuleHome.ScheduledTaskRule));
            text.Append('\n');
            Instances(text, "ScalingRule", "CreateScalingRules", rules.Where(r => r.Home == RuleHome.ScalingRule));
            text.Append("    }\n}\n");
            return text.ToString();
        }

        private static void Instances(StringBuilder text, string baseClass, string method, IEnumerable<RuleDeclaration> rules)
        {
            text.Append("        private static ").Append(baseClass).Append("[] ").Append(method).Append("() => new ").Append(baseClass).Append("[]\n        {\n");
            foreach (RuleDeclaration rule in rules)
            {
                text.Append("            new global::").Append(rule.ClassName).Append("(),\n");
            }

            text.Append("        };\n");
        }

        private static void IdList(StringBuilder text, string property, IEnumerable<RuleDeclaration> rules)
        {
            if (!rules.Any())
            {
                // An empty implicitly typed array does not compile.
                text.Append("        public static IReadOnlyList<string> ").Append(property).Append(" { get; } = System.Array.Empty<string>();\n");
                return;
            }

            text.Append("        public static IReadOnlyList<string> ").Append(property).Append(" { get; } = new[]\n        {\n");
            foreach (RuleDeclaration rule in rules)
            {
                text.Append("            RuleIds.").Append(rule.Name).Append(",\n");
            }

            text.Append("        };\n");
        }
    }
}
