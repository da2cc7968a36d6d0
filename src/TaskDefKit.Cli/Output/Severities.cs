using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Output
{
    /// <summary>Severity names as each format spells them.</summary>
    internal static class Severities
    {
        public static string Name(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };

        /// <summary>SARIF's <c>level</c>: error, warning or note.</summary>
        public static string SarifLevel(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
