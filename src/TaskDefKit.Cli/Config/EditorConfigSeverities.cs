using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Config
{
    /// <summary>
    /// The <c>dotnet_diagnostic.TDKnnnn.severity</c> entries that apply to C# files, read from the <c>.editorconfig</c>
    /// files at and above a folder the way the compiler reads them: nearer files win, the search stops at
    /// <c>root = true</c>, and only sections that match <c>.cs</c> files count (<c>[*]</c>, <c>[*.cs]</c>,
    /// <c>[*.{cs,…}]</c>). <c>taskdef emit</c> uses them so a build reports a definition with the severities the
    /// compiler gave the same rules (docs/using.md, "Severities").
    /// </summary>
    internal static class EditorConfigSeverities
    {
        private const string Prefix = "dotnet_diagnostic.";
        private const string Suffix = ".severity";

        /// <summary>Rule ID → severity, or null for a rule switched off (<c>none</c>, <c>silent</c>).</summary>
        public static Dictionary<string, RuleSeverity?> Read(string folder)
        {
            var files = new List<string>();
            for (string? current = folder; current != null; current = Path.GetDirectoryName(current))
            {
                string candidate = Path.Combine(current, ".editorconfig");
                if (File.Exists(candidate))
                {
                    files.Add(candidate);
                    if (IsRoot(candidate))
                    {
                        break;
                    }
                }
            }

            // Farthest first, so a nearer file overwrites what a farther one said.
            var severities = new Dictionary<string, RuleSeverity?>(StringComparer.OrdinalIgnoreCase);
            for (int i = files.Count - 1; i >= 0; i--)
            {
                ReadFile(files[i], severities);
            }

            return severities;
        }

        private static bool IsRoot(string path)
        {
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.Trim();
                if (line.StartsWith('['))
                {
                    return false;
                }

                if (KeyValue(line, out string key, out string value) && key == "root")
                {
                    return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }

        private static void ReadFile(string path, Dictionary<string, RuleSeverity?> severities)
        {
            bool applies = false;
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.Trim();
                if (line.StartsWith('[') && line.EndsWith(']'))
                {
                    applies = MatchesCSharp(line[1..^1]);
                    continue;
                }

                if (!applies || !KeyValue(line, out string key, out string value)
                    || !key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string id = key[Prefix.Length..^Suffix.Length];
                if (RuleCatalog.Find(id) is not RuleInfo rule)
                {
                    continue;
                }

                switch (value.ToLowerInvariant())
                {
                    case "error":
                        severities[rule.Id] = RuleSeverity.Error;
                        break;
                    case "warning":
                        severities[rule.Id] = RuleSeverity.Warning;
                        break;
                    case "suggestion":
                        severities[rule.Id] = RuleSeverity.Info;
                        break;
                    case "silent":
                    case "none":
                        severities[rule.Id] = null;
                        break;
                    default:
                        // "default" and anything unknown: the catalog's severity.
                        severities.Remove(rule.Id);
                        break;
                }
            }
        }

        /// <summary>Whether a section applies to every C# file: <c>*</c>, <c>*.cs</c>, <c>**.cs</c> or a list with cs.</summary>
        private static bool MatchesCSharp(string glob)
        {
            string pattern = glob.TrimStart('/');
            if (pattern is "*" or "**" or "*.cs" or "**.cs" or "**/*.cs")
            {
                return true;
            }

            int open = pattern.IndexOf("*.{", StringComparison.Ordinal);
            if ((pattern.StartsWith("*.{", StringComparison.Ordinal) || pattern.StartsWith("**.{", StringComparison.Ordinal) || pattern.StartsWith("**/*.{", StringComparison.Ordinal))
                && open >= 0 && pattern.EndsWith('}'))
            {
                foreach (string extension in pattern[(open + 3)..^1].Split(','))
                {
                    if (extension.Trim() == "cs")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool KeyValue(string line, out string key, out string value)
        {
            key = value = string.Empty;
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                return false;
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            key = line[..equals].Trim().ToLowerInvariant();
            value = line[(equals + 1)..].Trim();
            int comment = value.IndexOfAny(new[] { '#', ';' });
            if (comment >= 0)
            {
                value = value[..comment].Trim();
            }

            return true;
        }
    }
}
