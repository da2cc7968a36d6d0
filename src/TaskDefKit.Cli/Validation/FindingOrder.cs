using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// The order of findings within one file: by line, then column, then rule ID, the way a reader walks the file and
    /// compilers list diagnostics. The validator runs rule by rule, so its own order is by rule. Findings without a
    /// location (about the file as a whole) come first; equal keys keep the validator's order (stable sort).
    /// </summary>
    internal static class FindingOrder
    {
        public static List<RuleDiagnostic> Sort(IEnumerable<RuleDiagnostic> findings) =>
            findings
                .OrderBy(f => f.Location?.Line ?? 0)
                .ThenBy(f => f.Location?.Column ?? 0)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToList();
    }
}
