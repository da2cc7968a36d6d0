using System;
using System.Collections.Generic;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>
    /// Splits HCL native syntax into tokens. Quoted templates and heredocs are single tokens (their interpolations are
    /// parsed later from the same source, so positions stay exact). Iterative throughout: no input nests the lexer's
    /// stack, and every loop consumes input, so it cannot hang.
    /// </summary>
    internal sealed class HclLexer
    {
        private readonly string _source;
        private readonly Dictionary<string, string> _identifiers;
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names;
        private readonly int _end;
        private int _position;
        private int _line;
        private int _lineStart;

        public HclLexer(string source, int start, int end, int line, int column, HclLexer? outer = null)
        {
            _identifiers = outer?._identifiers ?? new Dictionary<string, string>(StringComparer.Ordinal);
            _source = source;
            _position = start;
            _end = end;
            _line = line;
            _lineStart = start - (column - 1);
            _names = _identifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Identifiers repeat (attribute names, var, jsonencode): one string each, not one per occurrence.</summary>
        private string Intern(int start, int length)
        {
            ReadOnlySpan<char> name = _source.AsSpan(start, length);
            if (_names.TryGetValue(name, out string? known))
            {
                return known;
            }

            string text = name.ToString();
            if (_identifiers.Count < 4096)
            {
                _identifiers[text] = text;
            }

            return text;
        }

        private int Column => _position - _lineStart + 1;

        private char At(int offset) => _position + offset < _end ? _source[_position + offset] : '\0';

        public HclToken Next()
        {
            SkipBlanksAndComments();
            if (_position >= _end)
            {
                return new HclToken(HclTokenKind.End, _end, _end, _line, Column);
            }

            int start = _position;
            int line = _line;
            int column = Column;
            char c = _source[_position];
            if (c == '\n')
            {
                NewLine();
                return new HclToken(HclTokenKind.Newline, start, _position, line, column);
            }

            if (IsIdentifierStart(c))
            {
                _position++;
                while (_position < _end && IsIdentifierPart(_source[_position]))
                {
                    _position++;
                }

                return new HclToken(HclTokenKind.Identifier, start, _position, line, column, Intern(start, _position - start));
            }

            if (c >= '0' && c <= '9')
            {
                ScanNumber();
                return new HclToken(HclTokenKind.Number, start, _position, line, column, _source.Substring(start, _position - start));
            }

            if (c == '"')
            {
                ScanQuoted(line, column);
                return new HclToken(HclTokenKind.String, start, _position, line, column);
            }

            if (c == '<' && At(1) == '<' && (IsIdentifierStart(At(2)) || (At(2) == '-' && IsIdentifierStart(At(3)))))
            {
                return ScanHeredoc(line, column);
            }

            string punctuation = Punctuation(c);
            _position += punctuation.Length;
            return new HclToken(HclTokenKind.Punctuation, start, _position, line, column, punctuation);
        }

        private string Punctuation(char c)
        {
            char next = At(1);
            switch (c)
            {
                case '=' when next == '=': return "==";
                case '=' when next == '>': return "=>";
                case '!' when next == '=': return "!=";
                case '<' when next == '=': return "<=";
                case '>' when next == '=': return ">=";
                case '&' when next == '&': return "&&";
                case '|' when next == '|': return "||";
                case ':' when next == ':': return "::";
                case '.' when next == '.' && At(2) == '.': return "...";
                case '{': return "{";
                case '}': return "}";
                case '[': return "[";
                case ']': return "]";
                case '(': return "(";
                case ')': return ")";
                case '=': return "=";
                case ',': return ",";
                case '.': return ".";
                case ':': return ":";
                case '?': return "?";
                case '!': return "!";
                case '+': return "+";
                case '-': return "-";
                case '*': return "*";
                case '/': return "/";
                case '%': return "%";
                case '<': return "<";
                case '>': return ">";
                default:
                    throw new HclSyntaxException("Unexpected character '" + Printable(c) + "' in the Terraform file", _line, Column);
            }
        }

        private static string Printable(char c) => c < ' ' || c == 0x7f ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString();

        private void SkipBlanksAndComments()
        {
            while (_position < _end)
            {
                char c = _source[_position];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF')
                {
                    _position++;
                }
                else if (c == '#' || (c == '/' && At(1) == '/'))
                {
                    // To the end of the line; the newline itself is a token (it ends an attribute).
                    while (_position < _end && _source[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else if (c == '/' && At(1) == '*')
                {
                    int line = _line;
                    int column = Column;
                    _position += 2;
                    while (true)
                    {
                        if (_position >= _end)
                        {
                            throw new HclSyntaxException("Unterminated /* comment (no closing */)", line, column);
                        }

                        if (_source[_position] == '*' && At(1) == '/')
                        {
                            _position += 2;
                            break;
                        }

                        if (_source[_position] == '\n')
                        {
                            NewLine();
                        }
                        else
                        {
                            _position++;
                        }
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private void NewLine()
        {
            _position++;
            _line++;
            _lineStart = _position;
        }

        private void ScanNumber()
        {
            while (_position < _end && char.IsAsciiDigit(_source[_position]))
            {
                _position++;
            }

            if (At(0) == '.' && char.IsAsciiDigit(At(1)))
            {
                _position++;
                while (_position < _end && char.IsAsciiDigit(_source[_position]))
                {
                    _position++;
                }
            }

            if ((At(0) == 'e' || At(0) == 'E') && (char.IsAsciiDigit(At(1)) || ((At(1) == '+' || At(1) == '-') && char.IsAsciiDigit(At(2)))))
            {
                _position += 2;
                while (_position < _end && char.IsAsciiDigit(_source[_position]))
                {
                    _position++;
                }
            }
        }

        /// <summary>
        /// Moves past a quoted template, including strings nested in its interpolations (<c>"${lookup(m, "k")}"</c>).
        /// A mode stack replaces recursion: -1 is "in a string", n ≥ 0 is "in an interpolation, n braces deep".
        /// </summary>
        private void ScanQuoted(int line, int column)
        {
            var modes = new List<int> { -1 };
            _position++;
            while (true)
            {
                if (_position >= _end)
                {
                    throw new HclSyntaxException("Unterminated string: no closing quote before the end of the file", line, column);
                }

                char c = _source[_position];
                int top = modes[modes.Count - 1];
                if (top < 0)
                {
                    if (c == '\n' || c == '\r')
                    {
                        throw new HclSyntaxException("Unterminated string: a quoted string cannot span lines (use a heredoc, <<EOF)", line, column);
                    }

                    if (c == '\\')
                    {
                        _position += 2;
                    }
                    else if (c == '"')
                    {
                        _position++;
                        modes.RemoveAt(modes.Count - 1);
                        if (modes.Count == 0)
                        {
                            return;
                        }
                    }
                    else if ((c == '$' || c == '%') && At(1) == c && At(2) == '{')
                    {
                        _position += 3; // $${ and %%{ are literal text
                    }
                    else if ((c == '$' || c == '%') && At(1) == '{')
                    {
                        _position += 2;
                        Push(modes, 0, line, column);
                    }
                    else
                    {
                        _position++;
                    }

                    continue;
                }

                if (c == '\n')
                {
                    NewLine();
                    continue;
                }

                _position++;
                if (c == '"')
                {
                    Push(modes, -1, line, column);
                }
                else if (c == '{')
                {
                    modes[modes.Count - 1] = top + 1;
                }
                else if (c == '}')
                {
                    if (top == 0)
                    {
                        modes.RemoveAt(modes.Count - 1);
                    }
                    else
                    {
                        modes[modes.Count - 1] = top - 1;
                    }
                }
            }
        }

        private static void Push(List<int> modes, int mode, int line, int column)
        {
            if (modes.Count > HclParser.MaxDepth)
            {
                throw new HclSyntaxException("Strings and interpolations nested deeper than " + HclParser.MaxDepth + " levels", line, column);
            }

            modes.Add(mode);
        }

        private HclToken ScanHeredoc(int line, int column)
        {
            int start = _position;
            _position += 2;
            bool indented = At(0) == '-';
            if (indented)
            {
                _position++;
            }

            int markerStart = _position;
            while (_position < _end && IsIdentifierPart(_source[_position]))
            {
                _position++;
            }

            string marker = _source.Substring(markerStart, _position - markerStart);
            while (_position < _end && (_source[_position] == ' ' || _source[_position] == '\t' || _source[_position] == '\r'))
            {
                _position++;
            }

            if (_position >= _end || _source[_position] != '\n')
            {
                throw new HclSyntaxException("A heredoc marker (<<" + (indented ? "-" : string.Empty) + marker + ") must be followed by a line break", line, column);
            }

            NewLine();
            int contentStart = _position;
            int contentLine = _line;
            while (_position < _end)
            {
                int lineStart = _position;
                int lineEnd = _source.IndexOf('\n', lineStart, _end - lineStart);
                int textEnd = lineEnd < 0 ? _end : lineEnd;
                if (IsMarkerLine(lineStart, textEnd, marker))
                {
                    _position = textEnd;
                    return new HclToken(start, _position, line, column, marker, indented, contentStart, lineStart, contentLine);
                }

                if (lineEnd < 0)
                {
                    break;
                }

                _position = lineEnd;
                NewLine();
            }

            throw new HclSyntaxException("Unterminated heredoc: no line holding only " + marker + " closes the <<" + (indented ? "-" : string.Empty) + marker + " started here", line, column);
        }

        private bool IsMarkerLine(int start, int end, string marker)
        {
            while (start < end && (_source[start] == ' ' || _source[start] == '\t'))
            {
                start++;
            }

            while (end > start && (_source[end - 1] == ' ' || _source[end - 1] == '\t' || _source[end - 1] == '\r'))
            {
                end--;
            }

            return end - start == marker.Length && string.CompareOrdinal(_source, start, marker, 0, marker.Length) == 0;
        }

        public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_' || (c > 0x7f && char.IsLetter(c));

        public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c) || c == '-';
    }
}
