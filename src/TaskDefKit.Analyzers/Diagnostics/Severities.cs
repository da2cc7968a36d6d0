using Microsoft.CodeAnalysis;
using TaskDefKit.Rules;

namespace TaskDefKit.Analyzers.Diagnostics
{
    /// <summary>A finding's catalog severity as the compiler's: what every analyzer of this assembly reports with.</summary>
    internal static class Severities
    {
        public static DiagnosticSeverity Of(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
