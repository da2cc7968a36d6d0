using System;
using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// Text held in one scalar of a template (an ECR <c>LifecyclePolicyText</c>: a JSON document inside a JSON string
    /// or a YAML scalar), with where each of its characters was written in the file, so that a finding inside the
    /// text is reported at the file's own line and column.
    /// </summary>
    /// <remarks>
    /// The scalar's decoded value is aligned with the file from where the scalar starts: JSON and YAML
    /// double-quoted escapes are decoded on the way, indentation, line folding and the quotes YAML adds are skipped.
    /// Every step moves forward, so the cost is linear; where the two cannot be aligned (an unusual escape) the rest
    /// of the text keeps the last place found — a little early, never an exception.
    /// </remarks>
    internal sealed class EmbeddedScalarText
    {
        /// <summary>How far one character may be from the previous one (indentation, escapes, quote pairs).</summary>
        private const int MaxSkip = 1024;

        private readonly int[] _sourceIndex;
        private readonly int[] _charOfByte;
        private readonly List<int> _lineStarts;

        private EmbeddedScalarText(byte[] utf8, int[] sourceIndex, int[] charOfByte, List<int> lineStarts)
        {
            Utf8 = utf8;
            _sourceIndex = sourceIndex;
            _charOfByte = charOfByte;
            _lineStarts = lineStarts;
        }

        /// <summary>The scalar's value as UTF-8 (what the policy reader reads).</summary>
        public byte[] Utf8 { get; }

        /// <summary>
        /// The value of <paramref name="scalar"/> mapped onto <paramref name="source"/> (the whole file); null without
        /// the file or when the scalar's position is not in it.
        /// </summary>
        public static EmbeddedScalarText? Map(SourceNode scalar, byte[]? source)
        {
            string value = scalar.Text ?? string.Empty;
            if (source is null)
            {
                return null;
            }

            int bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF ? 3 : 0;
            string file = Encoding.UTF8.GetString(source, bom, source.Length - bom);
            List<int> lineStarts = LineStarts(file);
            if (scalar.Line < 1 || scalar.Line > lineStarts.Count)
            {
                return null;
            }

            int start = lineStarts[scalar.Line - 1] + Math.Max(0, scalar.Column - 1);
            if (start >= file.Length)
            {
                return null;
            }

            byte[] utf8 = Encoding.UTF8.GetBytes(value);
            return new EmbeddedScalarText(utf8, Align(file, start, value), CharOfByte(utf8), lineStarts);
        }

        /// <summary>The 1-based line and column in the file of the value's UTF-8 byte <paramref name="offset"/>.</summary>
        public (int Line, int Column) Locate(long offset)
        {
            int character = _charOfByte[(int)Math.Min(Math.Max(offset, 0), _charOfByte.Length - 1)];
            int index = _sourceIndex.Length == 0 ? 0 : _sourceIndex[Math.Min(character, _sourceIndex.Length - 1)];
            int line = _lineStarts.BinarySearch(index);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, index - _lineStarts[line] + 1);
        }

        private static int[] Align(string file, int start, string value)
        {
            int p = SkipProperties(file, start);
            char style = file[p];
            bool doubleQuoted = style == '"', singleQuoted = style == '\'';
            if (doubleQuoted || singleQuoted)
            {
                p++;
            }
            else if (style == '|' || style == '>')
            {
                // A block scalar: its text starts on the next line.
                while (p < file.Length && file[p] != '\n')
                {
                    p++;
                }

                p++;
            }

            var map = new int[value.Length];
            int last = Math.Min(p, file.Length - 1);
            bool aligned = true;
            for (int i = 0; i < value.Length; i++)
            {
                if (aligned)
                {
                    int found = Find(file, ref p, value[i], doubleQuoted, singleQuoted);
                    if (found < 0)
                    {
                        aligned = false;
                    }
                    else
                    {
                        last = found;
                    }
                }

                map[i] = last;
            }

            return map;
        }

        /// <summary>Where the value's next character <paramref name="c"/> was written, moving <paramref name="p"/> past it; -1 when lost.</summary>
        private static int Find(string file, ref int p, char c, bool doubleQuoted, bool singleQuoted)
        {
            int limit = Math.Min(file.Length, p + MaxSkip);
            while (p < limit)
            {
                char s = file[p];
                if (doubleQuoted && s == '\\' && p + 1 < file.Length)
                {
                    int length = EscapeLength(file, p, out char decoded, out bool continuation);
                    if (continuation)
                    {
                        p += length; // a YAML line continuation: writes nothing
                        continue;
                    }

                    int at = p;
                    p += length;
                    if (decoded == c)
                    {
                        return at;
                    }

                    continue;
                }

                if ((doubleQuoted && s == '"') || (singleQuoted && s == '\'' && !(p + 1 < file.Length && file[p + 1] == '\'')))
                {
                    return -1; // the closing quote: nothing more to align
                }

                if (s == c)
                {
                    int at = p;
                    p += singleQuoted && c == '\'' ? 2 : 1;
                    return at;
                }

                if (IsSpace(c))
                {
                    // Whitespace the value has and the file spells otherwise (a folded line break): here, or nowhere.
                    if (IsSpace(s) || s == '\r')
                    {
                        return p++;
                    }

                    return p;
                }

                p++;
            }

            return -1;
        }

        private static int EscapeLength(string file, int p, out char decoded, out bool continuation)
        {
            char e = file[p + 1];
            continuation = e == '\n' || e == '\r';
            decoded = e;
            switch (e)
            {
                case 'n': decoded = '\n'; return 2;
                case 't': decoded = '\t'; return 2;
                case 'r': decoded = '\r'; return 2;
                case 'b': decoded = '\b'; return 2;
                case 'f': decoded = '\f'; return 2;
                case '0': decoded = '\0'; return 2;
                case 'u': return Hex(file, p + 2, 4, out decoded) ? 6 : 2;
                case 'x': return Hex(file, p + 2, 2, out decoded) ? 4 : 2;
                case '\r':
                case '\n':
                    int q = p + 1;
                    while (q < file.Length && (file[q] == '\r' || file[q] == '\n' || file[q] == ' ' || file[q] == '\t'))
                    {
                        q++;
                    }

                    return q - p;
                default: return 2;
            }
        }

        private static bool Hex(string file, int at, int digits, out char value)
        {
            value = '\0';
            if (at + digits > file.Length)
            {
                return false;
            }

            int v = 0;
            for (int k = 0; k < digits; k++)
            {
                int d = Uri.IsHexDigit(file[at + k]) ? Uri.FromHex(file[at + k]) : -1;
                if (d < 0)
                {
                    return false;
                }

                v = (v * 16) + d;
            }

            value = (char)v;
            return true;
        }

        /// <summary>Past a YAML tag or anchor written before the scalar (<c>!!str</c>, <c>&amp;name</c>).</summary>
        private static int SkipProperties(string file, int p)
        {
            while (p < file.Length && (file[p] == '!' || file[p] == '&'))
            {
                while (p < file.Length && !IsSpace(file[p]) && file[p] != '\r')
                {
                    p++;
                }

                while (p < file.Length && file[p] == ' ')
                {
                    p++;
                }
            }

            return Math.Min(p, file.Length - 1);
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\n' || c == '\t';

        private static List<int> LineStarts(string file)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < file.Length; i++)
            {
                if (file[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }

        /// <summary>For each UTF-8 byte of the value (and one past the end), the index of the character it belongs to.</summary>
        private static int[] CharOfByte(byte[] utf8)
        {
            var result = new int[utf8.Length + 1];
            int current = 0, next = 0;
            for (int i = 0; i < utf8.Length; i++)
            {
                if ((utf8[i] & 0xC0) != 0x80)
                {
                    // A four-byte sequence is two UTF-16 characters (a surrogate pair).
                    current = next;
                    next += (utf8[i] & 0xF8) == 0xF0 ? 2 : 1;
                }

                result[i] = current;
            }

            result[utf8.Length] = next;
            return result;
        }
    }
}
