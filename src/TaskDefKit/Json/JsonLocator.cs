using System;
using System.Globalization;
using System.Text.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Finds where a JSON pointer's value starts in the source text by walking the document along the pointer's
    /// segments and skipping everything else: no map of the whole document is built, nothing is allocated but the
    /// result. A pointer to a member that is absent resolves to its nearest present ancestor (a missing
    /// <c>essential</c> points at its container).
    /// </summary>
    internal sealed class JsonLocator
    {
        private readonly byte[] _utf8;
        private readonly LineIndex _lines;

        public JsonLocator(byte[] utf8, LineIndex lines)
        {
            _utf8 = utf8;
            _lines = lines;
        }

        public SourceLocation? Locate(string pointer)
        {
            try
            {
                long? offset = FindOffset(pointer);
                return offset is null ? null : _lines.Locate(offset.Value);
            }
            catch (JsonException)
            {
                // A document that does not parse has no positions past its fault.
                return null;
            }
        }

        private long? FindOffset(string pointer)
        {
            var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
            if (!reader.Read())
            {
                return null;
            }

            string[] segments = JsonPointer.Segments(pointer);
            long found = reader.TokenStartIndex;
            foreach (string segment in segments)
            {
                if (!Step(ref reader, segment))
                {
                    break;
                }

                found = reader.TokenStartIndex;
            }

            return found;
        }

        /// <summary>Moves from a container token to the value the segment names; false (reader unchanged in meaning) if absent.</summary>
        private static bool Step(ref Utf8JsonReader reader, string segment)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool match = reader.ValueTextEquals(segment);
                    reader.Read();
                    if (match)
                    {
                        return true;
                    }

                    reader.Skip();
                }

                return false;
            }

            if (reader.TokenType == JsonTokenType.StartArray &&
                int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                int i = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (i++ == index)
                    {
                        return true;
                    }

                    reader.Skip();
                }
            }

            return false;
        }
    }
}
