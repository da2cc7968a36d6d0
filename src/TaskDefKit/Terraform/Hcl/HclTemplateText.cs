using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>Template text helpers: escapes, the end of an interpolation, <c>&lt;&lt;-</c> indentation.</summary>
    internal static class HclTemplateText
    {
        /// <summary>Decodes the escape at <paramref name="i"/> (a backslash) into <paramref name="text"/>; returns the index after it.</summary>
        public static int Unescape(string source, int i, int end, StringBuilder text, int line, int column)
        {
            char next = source[i + 1];
            switch (next)
            {
                case 'n': text.Append('\n'); return i + 2;
                case 'r': text.Append('\r'); return i + 2;
                case 't': text.Append('\t'); return i + 2;
                case '"': text.Append('"'); return i + 2;
                case '\\': text.Append('\\'); return i + 2;
                case 'u':
                case 'U':
                    int digits = next == 'u' ? 4 : 8;
                    if (i + 2 + digits <= end && int.TryParse(source.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code) && code >= 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                    {
                        text.Append(char.ConvertFromUtf32(code));
                        return i + 2 + digits;
                    }

                    break;
            }

            throw new HclSyntaxException("Invalid escape sequence '\\" + next + "' in a string (valid: \\n \\r \\t \\\" \\\\ \\uNNNN \\UNNNNNNNN)", line, column);
        }

        /// <summary>
        /// The index of the <c>}</c> that closes an interpolation starting at <paramref name="start"/>, or -1. Braces
        /// and strings nested inside it are skipped with a mode stack (no recursion); line counting continues.
        /// </summary>
        public static int InterpolationEnd(string source, int start, int end, ref int line, ref int lineStart)
        {
            var modes = new List<int> { 0 };
            int i = start;
            while (i < end)
            {
                char c = source[i];
                int top = modes[modes.Count - 1];
                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }

                if (top < 0)
                {
                    if (c == '\\')
                    {
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        modes.RemoveAt(modes.Count - 1);
                    }
                    else if ((c == '$' || c == '%') && i + 1 < end && source[i + 1] == '{')
                    {
                        modes.Add(0);
                        i++;
                    }
                }
                else if (c == '"')
                {
                    modes.Add(-1);
                }
                else if (c == '{')
                {
                    modes[modes.Count - 1] = top + 1;
                }
                else if (c == '}')
                {
                    if (top > 0)
                    {
                        modes[modes.Count - 1] = top - 1;
                    }
                    else
                    {
                        modes.RemoveAt(modes.Count - 1);
                        if (modes.Count == 0)
                        {
                            return i;
                        }
                    }
                }

                if (modes.Count > HclParser.MaxDepth)
                {
                    return -1;
                }

                i++;
            }

            return -1;
        }

        /// <summary>
        /// <c>&lt;&lt;-EOF</c>: removes the smallest indentation of the non-blank lines from every line of the literal
        /// parts (lines stay where they are, so positions inside the heredoc still count from its first line).
        /// </summary>
        public static int StripIndent(HclTemplate template)
        {
            int indent = int.MaxValue;
            bool atLineStart = true;
            int current = 0;
            foreach (object part in template.Parts)
            {
                if (part is not string text)
                {
                    if (atLineStart)
                    {
                        indent = Math.Min(indent, current);
                        atLineStart = false;
                    }

                    continue;
                }

                foreach (char c in text)
                {
                    if (c == '\n')
                    {
                        atLineStart = true;
                        current = 0;
                    }
                    else if (atLineStart && (c == ' ' || c == '\t'))
                    {
                        current++;
                    }
                    else if (atLineStart)
                    {
                        indent = Math.Min(indent, current);
                        atLineStart = false;
                    }
                }
            }

            if (indent == int.MaxValue || indent == 0)
            {
                return 0;
            }

            atLineStart = true;
            for (int p = 0; p < template.Parts.Count; p++)
            {
                if (template.Parts[p] is not string text)
                {
                    atLineStart = false;
                    continue;
                }

                var stripped = new StringBuilder(text.Length);
                int skip = atLineStart ? indent : 0;
                foreach (char c in text)
                {
                    if (c == '\n')
                    {
                        stripped.Append(c);
                        skip = indent;
                        continue;
                    }

                    if (skip > 0 && (c == ' ' || c == '\t'))
                    {
                        skip--;
                        continue;
                    }

                    skip = 0;
                    stripped.Append(c);
                }

                atLineStart = text.EndsWith('\n');
                template.Parts[p] = stripped.ToString();
            }

            return indent;
        }
    }
}
