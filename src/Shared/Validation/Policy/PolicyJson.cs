using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TaskDefKit.Validation.Policy
{
    /// <summary>
    /// A JSON value of a configuration file, with the line it starts on. The policy is read in the analyzer assembly too
    /// (netstandard2.0, where System.Text.Json is not available to an analyzer), and its findings name the line of the
    /// policy entry, so this small reader is shared by the tool and the analyzer rather than each reading the file its
    /// own way. It accepts what the tool's configuration reader accepts: comments and trailing commas.
    /// </summary>
    internal sealed class PolicyJson
    {
        private PolicyJson(PolicyJsonKind kind, int line)
        {
            Kind = kind;
            Line = line;
        }

        public PolicyJsonKind Kind { get; }

        /// <summary>The 1-based line the value starts on.</summary>
        public int Line { get; }

        public string? Text { get; private set; }

        /// <summary>An object's members in document order, each with the line of its key.</summary>
        public List<KeyValuePair<string, PolicyJson>> Members { get; } = new List<KeyValuePair<string, PolicyJson>>();

        /// <summary>The line of each member's key, by position in <see cref="Members"/>.</summary>
        public List<int> MemberLines { get; } = new List<int>();

        public List<PolicyJson> Items { get; } = new List<PolicyJson>();

        /// <summary>The kind as a user would name it, for messages.</summary>
        public string Describe() => Kind switch
        {
            PolicyJsonKind.Object => "an object",
            PolicyJsonKind.Array => "an array",
            PolicyJsonKind.String => "a string",
            PolicyJsonKind.Number => "a number",
            PolicyJsonKind.Boolean => "true or false",
            _ => "null",
        };

        /// <summary>Parses <paramref name="text"/>; on malformed JSON returns null with the line and the problem.</summary>
        public static PolicyJson? Parse(string text, out int errorLine, out string? error)
        {
            var parser = new Parser(text);
            try
            {
                parser.SkipSpace();
                PolicyJson value = parser.Value(0);
                parser.SkipSpace();
                if (!parser.AtEnd)
                {
                    throw parser.Fail("unexpected text after the JSON value");
                }

                errorLine = 0;
                error = null;
                return value;
            }
            catch (ParseException exception)
            {
                errorLine = exception.Line;
                error = exception.Message;
                return null;
            }
        }

        private sealed class ParseException : Exception
        {
            public ParseException(string message, int line)
                : base(message)
            {
                Line = line;
            }

            public int Line { get; }
        }

        private sealed class Parser
        {
            private const int MaxDepth = 64;
            private readonly string _text;
            private int _position;
            private int _line = 1;

            public Parser(string text)
            {
                // A byte-order mark is not part of the JSON text.
                _text = text;
                _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            }

            public bool AtEnd => _position >= _text.Length;

            public ParseException Fail(string message) => new ParseException(message, _line);

            public PolicyJson Value(int depth)
            {
                if (depth > MaxDepth)
                {
                    throw Fail("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                }

                if (AtEnd)
                {
                    throw Fail("the text ends where a value was expected");
                }

                char c = _text[_position];
                switch (c)
                {
                    case '{':
                        return Object(depth);
                    case '[':
                        return Array(depth);
                    case '"':
                        return new PolicyJson(PolicyJsonKind.String, _line) { Text = String() };
                    case 't':
                        Word("true");
                        return new PolicyJson(PolicyJsonKind.Boolean, _line) { Text = "true" };
                    case 'f':
                        Word("false");
                        return new PolicyJson(PolicyJsonKind.Boolean, _line) { Text = "false" };
                    case 'n':
                        Word("null");
                        return new PolicyJson(PolicyJsonKind.Null, _line);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return Number();
                        }

                        throw Fail("unexpected character '" + c + "'");
                }
            }

            private PolicyJson Object(int depth)
            {
                var value = new PolicyJson(PolicyJsonKind.Object, _line);
                _position++;
                SkipSpace();
                while (!AtEnd && _text[_position] != '}')
                {
                    if (_text[_position] != '"')
                    {
                        throw Fail("expected a member name in double quotes");
                    }

                    int keyLine = _line;
                    string key = String();
                    SkipSpace();
                    Expect(':');
                    SkipSpace();
                    value.Members.Add(new KeyValuePair<string, PolicyJson>(key, Value(depth + 1)));
                    value.MemberLines.Add(keyLine);
                    SkipSpace();
                    if (!AtEnd && _text[_position] == ',')
                    {
                        _position++;
                        SkipSpace();
                    }
                    else if (!AtEnd && _text[_position] != '}')
                    {
                        throw Fail("expected ',' or '}' after a member");
                    }
                }

                Expect('}');
                return value;
            }

            private PolicyJson Array(int depth)
            {
                var value = new PolicyJson(PolicyJsonKind.Array, _line);
                _position++;
                SkipSpace();
                while (!AtEnd && _text[_position] != ']')
                {
                    value.Items.Add(Value(depth + 1));
                    SkipSpace();
                    if (!AtEnd && _text[_position] == ',')
                    {
                        _position++;
                        SkipSpace();
                    }
                    else if (!AtEnd && _text[_position] != ']')
                    {
                        throw Fail("expected ',' or ']' after an array item");
                    }
                }

                Expect(']');
                return value;
            }

            private string String()
            {
                _position++;
                var text = new StringBuilder();
                while (true)
                {
                    if (AtEnd)
                    {
                        throw Fail("a string is not closed");
                    }

                    char c = _text[_position++];
                    if (c == '"')
                    {
                        return text.ToString();
                    }

                    if (c == '\n' || c < ' ')
                    {
                        throw Fail("a string holds a control character or a line break");
                    }

                    if (c != '\\')
                    {
                        text.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        throw Fail("a string is not closed");
                    }

                    char escape = _text[_position++];
                    switch (escape)
                    {
                        case '"': text.Append('"'); break;
                        case '\\': text.Append('\\'); break;
                        case '/': text.Append('/'); break;
                        case 'b': text.Append('\b'); break;
                        case 'f': text.Append('\f'); break;
                        case 'n': text.Append('\n'); break;
                        case 'r': text.Append('\r'); break;
                        case 't': text.Append('\t'); break;
                        case 'u':
                            if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Fail("\\u must be followed by four hexadecimal digits");
                            }

                            text.Append((char)code);
                            _position += 4;
                            break;
                        default:
                            throw Fail("unknown escape '\\" + escape + "'");
                    }
                }
            }

            private PolicyJson Number()
            {
                int start = _position;
                while (!AtEnd && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
                {
                    _position++;
                }

                string number = _text.Substring(start, _position - start);
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw Fail("'" + number + "' is not a number");
                }

                return new PolicyJson(PolicyJsonKind.Number, _line) { Text = number };
            }

            private void Word(string word)
            {
                if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
                {
                    throw Fail("unexpected text; expected " + word);
                }

                _position += word.Length;
            }

            private void Expect(char c)
            {
                if (AtEnd || _text[_position] != c)
                {
                    throw Fail(AtEnd ? "the text ends where '" + c + "' was expected" : "expected '" + c + "'");
                }

                _position++;
            }

            /// <summary>Skips white space and comments, counting lines.</summary>
            public void SkipSpace()
            {
                while (!AtEnd)
                {
                    char c = _text[_position];
                    if (c == '\n')
                    {
                        _line++;
                        _position++;
                    }
                    else if (c == ' ' || c == '\t' || c == '\r')
                    {
                        _position++;
                    }
                    else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                    {
                        while (!AtEnd && _text[_position] != '\n')
                        {
                            _position++;
                        }
                    }
                    else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                    {
                        int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                        if (end < 0)
                        {
                            throw Fail("a comment is not closed");
                        }

                        for (int i = _position; i < end; i++)
                        {
                            if (_text[i] == '\n')
                            {
                                _line++;
                            }
                        }

                        _position = end + 2;
                    }
                    else
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary>The kinds of JSON value.</summary>
    internal enum PolicyJsonKind
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }
}
