using System.Globalization;
using System.Text;

namespace TaskDefKit.Json
{
    /// <summary>
    /// A minimal JSON text writer with one fixed format, shared by the runtime and the source generator so both write
    /// the same bytes: two-space indentation, <c>\n</c> newlines, <c>"name": value</c>, empty arrays and objects as
    /// <c>[]</c>/<c>{}</c>, invariant culture, and only the escapes JSON requires (quote, backslash, control characters).
    /// </summary>
    public sealed class JsonTextBuilder
    {
        private readonly StringBuilder _text;
        private readonly bool _indented;
        private int _depth;
        private bool _needComma;
        private bool _afterName;

        public JsonTextBuilder(bool indented, int capacity = 1024)
        {
            _indented = indented;
            _text = new StringBuilder(capacity);
        }

        public void StartObject() => Open('{');

        public void EndObject() => Close('}');

        public void StartArray() => Open('[');

        public void EndArray() => Close(']');

        public void Name(string name)
        {
            Guard.ThrowIfNull(name, nameof(name));
            BeforeValue();
            WriteString(name);
            _text.Append(_indented ? ": " : ":");
            _afterName = true;
        }

        public void String(string value)
        {
            Guard.ThrowIfNull(value, nameof(value));
            BeforeValue();
            WriteString(value);
            _needComma = true;
        }

        /// <summary>JSON <c>null</c>: written for a null inside a model's list or map, which validation reports (TDK1010).</summary>
        public void Null()
        {
            BeforeValue();
            _text.Append("null");
            _needComma = true;
        }

        public void Number(int value)
        {
            BeforeValue();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
            _needComma = true;
        }

        public void Number(long value)
        {
            BeforeValue();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
            _needComma = true;
        }

        /// <summary>A double in the shortest form that reads back the same ("R"), invariant culture.</summary>
        public void Number(double value)
        {
            BeforeValue();
            _text.Append(value.ToString("R", CultureInfo.InvariantCulture));
            _needComma = true;
        }

        public void Boolean(bool value)
        {
            BeforeValue();
            _text.Append(value ? "true" : "false");
            _needComma = true;
        }

        /// <summary>
        /// Writes a value given as compact, valid JSON text (a member kept from the input), laid out in this writer's
        /// format, so kept members look like the rest of the document.
        /// </summary>
        public void Raw(string compactJson)
        {
            BeforeValue();
            if (!_indented)
            {
                _text.Append(compactJson);
            }
            else
            {
                AppendIndented(compactJson);
            }

            _needComma = true;
        }

        private void AppendIndented(string json)
        {
            int depth = _depth;
            bool inString = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                if (inString)
                {
                    _text.Append(c);
                    if (c == '\\')
                    {
                        _text.Append(json[++i]);
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }

                    continue;
                }

                switch (c)
                {
                    case '"':
                        inString = true;
                        _text.Append(c);
                        break;
                    case '{':
                    case '[':
                        _text.Append(c);
                        if (i + 1 < json.Length && (json[i + 1] == '}' || json[i + 1] == ']'))
                        {
                            _text.Append(json[++i]);
                        }
                        else
                        {
                            depth++;
                            _text.Append('\n').Append(' ', depth * 2);
                        }

                        break;
                    case '}':
                    case ']':
                        depth--;
                        _text.Append('\n').Append(' ', depth * 2).Append(c);
                        break;
                    case ',':
                        _text.Append(",\n").Append(' ', depth * 2);
                        break;
                    case ':':
                        _text.Append(": ");
                        break;
                    default:
                        _text.Append(c);
                        break;
                }
            }
        }

        public override string ToString() => _text.ToString();

        private void Open(char bracket)
        {
            BeforeValue();
            _text.Append(bracket);
            _depth++;
            _needComma = false;
            _emptyContainer = true;
        }

        private bool _emptyContainer;

        private void Close(char bracket)
        {
            _depth--;
            if (!_emptyContainer)
            {
                NewLine();
            }

            _text.Append(bracket);
            _needComma = true;
            _emptyContainer = false;
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_needComma)
            {
                _text.Append(',');
            }

            if (_depth > 0)
            {
                NewLine();
            }

            _emptyContainer = false;
        }

        private void NewLine()
        {
            if (!_indented)
            {
                return;
            }

            _text.Append('\n');
            _text.Append(' ', _depth * 2);
        }

        private void WriteString(string value)
        {
            _text.Append('"');
            int start = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    continue;
                }

                _text.Append(value, start, i - start);
                start = i + 1;
                switch (c)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    case '\b': _text.Append("\\b"); break;
                    case '\f': _text.Append("\\f"); break;
                    default:
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                }
            }

            _text.Append(value, start, value.Length - start);
            _text.Append('"');
        }
    }
}
