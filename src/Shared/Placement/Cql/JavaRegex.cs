using System;
using System.Text.RegularExpressions;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>
    /// Checks that a <c>=~</c>/<c>!~</c> argument compiles as a <c>java.util.regex.Pattern</c>, using .NET's regex
    /// parser as the closest check available without a JVM, corrected for the differences that matter here.
    /// </summary>
    /// <remarks>
    /// Known differences between java.util.regex and .NET:
    /// <list type="bullet">
    /// <item>Java-only syntax that .NET rejects: possessive quantifiers (<c>a*+</c>, <c>a++</c>, <c>a?+</c>, <c>{n}+</c>),
    /// <c>\Q…\E</c> quoting, class intersection <c>[a-z&amp;&amp;[^e]]</c>, POSIX/java classes <c>\p{Alpha}</c>,
    /// <c>\p{javaLowerCase}</c>, <c>\p{InGreek}</c>, and <c>\h</c>, <c>\H</c>, <c>\R</c>, <c>\X</c>. When .NET rejects a
    /// pattern that uses any of these, nothing is reported (the pattern cannot be judged here).</item>
    /// <item>.NET-only syntax that Java rejects, reported here: conditionals <c>(?(…)…)</c>, <c>(?'name'…)</c> groups
    /// and balancing groups <c>(?&lt;a-b&gt;…)</c>, and a <c>{</c> that does not start a repetition <c>{n}</c>,
    /// <c>{n,}</c> or <c>{n,m}</c> (.NET reads it as a literal brace; Java fails with "Illegal repetition").</item>
    /// <item>Other differences (Unicode class names, inline flags such as <c>(?U)</c>/<c>(?d)</c>, character-class
    /// subtraction <c>[a-z-[e]]</c> which Java reads differently) are not modelled.</item>
    /// </list>
    /// </remarks>
    internal static class JavaRegex
    {
        /// <summary>Why the pattern does not compile in Java, or null when it does (or cannot be judged).</summary>
        public static string? Check(string pattern)
        {
            string? javaOnly = JavaRejects(pattern);
            if (javaOnly != null)
            {
                return javaOnly;
            }

            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                return null;
            }
            catch (ArgumentException exception)
            {
                return UsesJavaOnlySyntax(pattern) ? null : Clean(exception.Message);
            }
        }

        private static string? JavaRejects(string pattern)
        {
            bool inClass = false;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\')
                {
                    // \p{Name}, \P{Name}, \x{h...h}: the braces belong to the escape.
                    if (i + 2 < pattern.Length && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P' || pattern[i + 1] == 'x') && pattern[i + 2] == '{')
                    {
                        int close = pattern.IndexOf('}', i + 3);
                        i = close < 0 ? pattern.Length : close;
                        continue;
                    }

                    i++;
                    continue;
                }

                if (inClass)
                {
                    if (c == ']')
                    {
                        inClass = false;
                    }

                    continue;
                }

                if (c == '[')
                {
                    inClass = true;
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        i++;
                    }

                    continue;
                }

                if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
                {
                    char kind = pattern[i + 2];
                    if (kind == '(')
                    {
                        return "conditional groups (?(...)...) are .NET syntax; Java does not support them.";
                    }

                    if (kind == '\'')
                    {
                        return "(?'name'...) groups are .NET syntax; Java writes named groups as (?<name>...).";
                    }

                    if (kind == '<' && i + 3 < pattern.Length && pattern[i + 3] != '=' && pattern[i + 3] != '!')
                    {
                        int close = pattern.IndexOf('>', i + 3);
                        if (close > 0 && pattern.IndexOf('-', i + 3, close - i - 3) >= 0)
                        {
                            return "balancing groups (?<a-b>...) are .NET syntax; Java does not support them.";
                        }
                    }
                }

                if (c == '{' && !IsRepetition(pattern, i))
                {
                    return "'{' at position " + (i + 1) + " does not start a repetition {n}, {n,} or {n,m} (Java: Illegal repetition); escape it as \\{.";
                }
            }

            return null;
        }

        private static bool IsRepetition(string pattern, int open)
        {
            int i = open + 1;
            int digits = 0;
            while (i < pattern.Length && char.IsDigit(pattern[i]))
            {
                i++;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                while (i < pattern.Length && char.IsDigit(pattern[i]))
                {
                    i++;
                }
            }

            return i < pattern.Length && pattern[i] == '}';
        }

        private static bool UsesJavaOnlySyntax(string pattern)
        {
            if (pattern.IndexOf("\\Q", StringComparison.Ordinal) >= 0 || pattern.IndexOf("&&", StringComparison.Ordinal) >= 0 ||
                pattern.IndexOf("\\p{", StringComparison.Ordinal) >= 0 || pattern.IndexOf("\\P{", StringComparison.Ordinal) >= 0 ||
                pattern.IndexOf("\\h", StringComparison.Ordinal) >= 0 || pattern.IndexOf("\\H", StringComparison.Ordinal) >= 0 ||
                pattern.IndexOf("\\R", StringComparison.Ordinal) >= 0 || pattern.IndexOf("\\X", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            for (int i = 1; i < pattern.Length; i++)
            {
                char previous = pattern[i - 1];
                if (pattern[i] == '+' && (previous == '*' || previous == '+' || previous == '?' || previous == '}') && (i < 2 || pattern[i - 2] != '\\'))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Clean(string message)
        {
            // .NET: "Invalid pattern 'x' at offset 3. Not enough )'s." → keep the reason.
            int dot = message.IndexOf(". ", StringComparison.Ordinal);
            string reason = dot > 0 && message.StartsWith("Invalid pattern", StringComparison.Ordinal) ? message.Substring(dot + 2) : message;
            reason = reason.Trim();
            return reason.EndsWith(".", StringComparison.Ordinal) ? reason : reason + ".";
        }
    }
}
