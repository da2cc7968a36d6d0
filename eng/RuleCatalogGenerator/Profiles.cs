using System.Linq;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>
    /// The one place that decides what each profile does to a rule. The default profile is the attribute's severity;
    /// <c>security</c> raises every rule that implements an AWS Security Hub control to at least a warning; <c>strict</c>
    /// makes every finding an error. The runtime reads the result from the catalog (RuleInfo.SecuritySeverity), the
    /// build from the generated globalconfig files.
    /// </summary>
    internal static class Profiles
    {
        public static readonly string[] Names = { "default", "security", "strict" };

        public static string SecuritySeverity(RuleDeclaration rule) =>
            rule.Controls.Any(Controls.IsSecurityHub) && Rank(rule.Severity) < Rank("Warning") ? "Warning" : rule.Severity;

        public static int Rank(string severity) => severity switch
        {
            "Error" => 2,
            "Warning" => 1,
            _ => 0,
        };
    }
}
