using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2033: <c>environment</c> hygiene: a name used twice in one container, or a name not matching
    /// <c>^[A-Za-z_][A-Za-z0-9_]*$</c> (e.g. with spaces, which programs cannot read).
    /// </summary>
    /// <remarks>aws/containers-roadmap#2364 (the console accepts names with spaces and trailing blanks).</remarks>
    [Rule("TDK2033", "EnvironmentHygiene", RuleSeverity.Warning, "Duplicate or unusual environment variable name")]
    internal sealed class Tdk2033EnvironmentHygiene : TaskDefinitionRule
    {
        public override string Id => RuleIds.EnvironmentHygiene;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<NameValuePair>? environment = context.Containers[i].Environment;
                if (environment is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(context.Containers[i], i);
                // Short lists are scanned (no allocation on a clean definition); long ones are hashed, so 100,000
                // variables cost 100,000 lookups and not 5·10⁹ comparisons.
                HashSet<string>? seen = environment.Count > ScanLimit ? new HashSet<string>(StringComparer.Ordinal) : null;
                for (int k = 0; k < environment.Count; k++)
                {
                    string? name = environment[k]?.Name;
                    if (Tdk2Helpers.IsNullOrWhiteSpace(name))
                    {
                        continue; // TDK2032
                    }

                    string Pointer() => JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "environment"), k), "name");
                    if (!IsPortableName(name!))
                    {
                        context.Report(Id, Pointer(), Who() + " has the environment variable name '" + name + "': use letters, digits and '_' only, not starting with a digit, or programs may not be able to read it.");
                    }

                    if (seen != null ? !seen.Add(name!) : AppearsBefore(environment, k, name!))
                    {
                        context.Report(Id, Pointer(), Who() + " sets the environment variable '" + name + "' twice: keep one entry.");
                    }
                }
            }
        }

        private const int ScanLimit = 16;

        private static bool AppearsBefore(List<NameValuePair> environment, int k, string name)
        {
            for (int earlier = 0; earlier < k; earlier++)
            {
                if (string.Equals(environment[earlier]?.Name, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPortableName(string name)
        {
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
