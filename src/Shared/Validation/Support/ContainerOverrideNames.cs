using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// The <c>containerOverrides[].name</c> values of a scheduled task's <c>Input</c> (a JSON text in a string: the
    /// RunTask <c>overrides</c> object). Shared code runs in the analyzer too, which has no JSON library: a small
    /// tolerant scanner that gives up (null) on anything that is not plain JSON rather than guess.
    /// </summary>
    internal static class ContainerOverrideNames
    {
        /// <summary>The names in input order, or null when the text is not a JSON object or has no containerOverrides.</summary>
        public static List<string>? Read(string input)
        {
            var scanner = new Scanner(input);
            object? value = scanner.ReadValue();
            if (!scanner.AtEnd() || !(value is Dictionary<string, object?> root))
            {
                return null;
            }

            if (!root.TryGetValue("containerOverrides", out object? overrides) || !(overrides is List<object?> list))
            {
                return null;
            }

            var names = new List<string>();
            foreach (object? item in list)
            {
                if (item is Dictionary<string, object?> entry && entry.TryGetValue("name", out object? name) && name is string text)
                {
                    names.Add(text);
                }
            }

            return names;
        }

        private sealed class Scanner
        {
            private const int MaxDepth = 64;
            private readonly string _text;
            private int _at;
            private int _depth;
            private bool _failed;

            public Scanner(string text) => _text = text;

            public bool AtEnd()
            {
                SkipSpace();
                return !_failed && _at == _text.Length;
            }

            public object? ReadValue()
            {
                SkipSpace();
                if (_failed || _at >= _text.Length || ++_depth > MaxDepth)
                {
                    return Fail();
                }

                object? value;
                char c = _text[_at];
                if (c == '{')
                {
                    value = ReadObject();
                }
                else if (c == '[')
                {
                    value = ReadArray();
                }
                else if (c == '"')
                {
                    value = ReadString();
                }
                else
                {
                    // Numbers, true, false, null: their value does not matter here, only that they end.
                    int start = _at;
                    while (_at < _text.Length && "{}[],:\" \t\r\n".IndexOf(_text[_at]) < 0)
                    {
                        _at++;
                    }

                    value = _at > start ? (object)_text.Substring(start, _at - start) : Fail();
                    value = value is string literal ? new Literal(literal) : null;
                }

                _depth--;
                return value;
            }

            private Dictionary<string, object?>? ReadObject()
            {
                var result = new Dictionary<string, object?>();
                _at++;
                SkipSpace();
                if (Peek('}'))
                {
                    _at++;
                    return result;
                }

                while (!_failed)
                {
                    SkipSpace();
                    string? key = Peek('"') ? ReadString() : (string?)Fail();
                    SkipSpace();
                    if (key is null || !Peek(':'))
                    {
                        return (Dictionary<string, object?>?)Fail();
                    }

                    _at++;
                    result[key] = ReadValue();
                    SkipSpace();
                    if (Peek(','))
                    {
                        _at++;
                        continue;
                    }

                    if (Peek('}'))
                    {
                        _at++;
                        return result;
                    }

                    return (Dictionary<string, object?>?)Fail();
                }

                return null;
            }

            private List<object?>? ReadArray()
            {
                var result = new List<object?>();
                _at++;
                SkipSpace();
                if (Peek(']'))
                {
                    _at++;
                    return result;
                }

                while (!_failed)
                {
                    result.Add(ReadValue());
                    SkipSpace();
                    if (Peek(','))
                    {
                        _at++;
                        continue;
                    }

                    if (Peek(']'))
                    {
                        _at++;
                        return result;
                    }

                    return (List<object?>?)Fail();
                }

                return null;
            }

            private string? ReadString()
            {
                var text = new StringBuilder();
                _at++;
                while (_at < _text.Length)
                {
                    char c = _text[_at++];
                    if (c == '"')
                    {
                        return text.ToString();
                    }

                    if (c == '\\' && _at < _text.Length)
                    {
                        char escaped = _text[_at++];
                        if (escaped == 'u' && _at + 4 <= _text.Length && int.TryParse(_text.Substring(_at, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code))
                        {
                            text.Append((char)code);
                            _at += 4;
                            continue;
                        }

                        text.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                        continue;
                    }

                    text.Append(c);
                }

                return (string?)Fail();
            }

            private bool Peek(char c) => !_failed && _at < _text.Length && _text[_at] == c;

            private void SkipSpace()
            {
                while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
                {
                    _at++;
                }
            }

            private object? Fail()
            {
                _failed = true;
                return null;
            }
        }

        /// <summary>A number, true, false or null: kept apart from strings so that <c>"name": 5</c> is not a name.</summary>
        private sealed class Literal
        {
            public Literal(string text) => Text = text;

            public string Text { get; }
        }
    }
}
