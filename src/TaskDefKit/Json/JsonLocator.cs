using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Finds where a JSON pointer's value starts in the source text. The map of every value's position is built on
    /// first use, so reading and validating cost nothing extra until a location is asked for. A pointer to a member
    /// that is absent resolves to its nearest present ancestor (a missing <c>essential</c> points at its container).
    /// </summary>
    internal sealed class JsonLocator
    {
        private readonly byte[] _utf8;
        private readonly LineIndex _lines;
        private Dictionary<string, long>? _offsets;

        public JsonLocator(byte[] utf8, LineIndex lines)
        {
            _utf8 = utf8;
            _lines = lines;
        }

        public SourceLocation? Locate(string pointer)
        {
            Dictionary<string, long> offsets = _offsets ??= Map(_utf8);
            string current = pointer;
            while (true)
            {
                if (offsets.TryGetValue(current, out long offset))
                {
                    return _lines.Locate(offset);
                }

                if (current.Length == 0)
                {
                    return null;
                }

                current = current.Substring(0, current.LastIndexOf('/'));
            }
        }

        private static Dictionary<string, long> Map(byte[] utf8)
        {
            var offsets = new Dictionary<string, long>(System.StringComparer.Ordinal);
            try
            {
                var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
                var path = new Stack<string>();
                var arrayIndex = new Stack<int>();
                string current = string.Empty;
                string? pendingName = null;
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            pendingName = reader.GetString();
                            continue;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            current = path.Pop();
                            arrayIndex.Pop();
                            continue;
                    }

                    string valuePointer;
                    if (pendingName != null)
                    {
                        valuePointer = JsonPointer.Member(current, pendingName);
                        pendingName = null;
                    }
                    else if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
                    {
                        int index = arrayIndex.Pop();
                        arrayIndex.Push(index + 1);
                        valuePointer = JsonPointer.Index(current, index);
                    }
                    else
                    {
                        valuePointer = current;
                    }

                    offsets[valuePointer] = reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                    {
                        path.Push(current);
                        arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        current = valuePointer;
                    }
                }
            }
            catch (JsonException)
            {
                // A document that does not parse keeps the positions found before the fault.
            }

            return offsets;
        }
    }
}
