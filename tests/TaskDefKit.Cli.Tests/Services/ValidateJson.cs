using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Services
{
    /// <summary>Runs <c>validate -f json</c> and returns the findings as (rule, line, column, message).</summary>
    internal static class ValidateJson
    {
        public static List<(string Rule, int Line, int Column, string Message)> Findings(string folder, out CliResult result, params string[] arguments)
        {
            var args = new List<string> { "validate", "-f", "json" };
            args.AddRange(arguments);
            result = CliRun.Run(folder, args.ToArray());
            var findings = new List<(string, int, int, string)>();
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            foreach (JsonElement file in report.RootElement.GetProperty("files").EnumerateArray())
            {
                foreach (JsonElement finding in file.GetProperty("findings").EnumerateArray())
                {
                    findings.Add((finding.GetProperty("ruleId").GetString()!, finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("message").GetString()!));
                }
            }

            return findings;
        }

        /// <summary>Only the findings of the given rule-ID prefixes (TDK7 for the service rules).</summary>
        public static List<(string Rule, int Line, int Column, string Message)> Only(this List<(string Rule, int Line, int Column, string Message)> findings, params string[] prefixes)
        {
            return findings.FindAll(f => System.Array.Exists(prefixes, p => f.Rule.StartsWith(p, System.StringComparison.Ordinal)));
        }
    }
}
