using System;
using System.Collections.Generic;
using System.Globalization;

namespace TaskDefKit.Validation.Policy
{
    /// <summary>How policy entries are compared with a definition's values: patterns, sizes and list membership.</summary>
    internal static class PolicyMatching
    {
        /// <summary>Docker's default registry: an image without a host (<c>nginx:1.27</c>) comes from here.</summary>
        public const string DefaultRegistry = "docker.io";

        /// <summary>
        /// Whether <paramref name="text"/> matches <paramref name="pattern"/>, in which <c>*</c> stands for any run of
        /// characters (none included); case is ignored, as registry hosts ignore it.
        /// </summary>
        public static bool Matches(string pattern, string text) => Matches(pattern, 0, text, 0);

        private static bool Matches(string pattern, int p, string text, int t)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    while (p < pattern.Length && pattern[p] == '*')
                    {
                        p++;
                    }

                    if (p == pattern.Length)
                    {
                        return true;
                    }

                    for (int from = t; from <= text.Length; from++)
                    {
                        if (Matches(pattern, p, text, from))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (t >= text.Length || char.ToLowerInvariant(pattern[p]) != char.ToLowerInvariant(text[t]))
                {
                    return false;
                }

                p++;
                t++;
            }

            return t == text.Length;
        }

        public static bool AnyMatches(IList<string>? patterns, string text)
        {
            if (patterns == null)
            {
                return false;
            }

            foreach (string pattern in patterns)
            {
                if (pattern != null && Matches(pattern, text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="list"/> holds <paramref name="value"/>, ignoring case.</summary>
        public static bool Contains(IList<string> list, string value)
        {
            foreach (string entry in list)
            {
                if (string.Equals(entry, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Parses <c>cpu/memory</c> in CPU units and MiB (<c>256/512</c>).</summary>
        public static bool TryParseSize(string text, out int cpu, out int memory)
        {
            cpu = memory = 0;
            int slash = text.IndexOf('/');
            return slash > 0
                && int.TryParse(text.Substring(0, slash).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out cpu)
                && int.TryParse(text.Substring(slash + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out memory);
        }

        /// <summary>The list as the message shows it: <c>a, b, c</c>.</summary>
        public static string Show(IList<string> list) => string.Join(", ", list);
    }
}
