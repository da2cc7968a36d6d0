using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TaskDefKit.Json
{
    /// <summary>Rewrites a JSON value without insignificant whitespace (members the model does not know are kept this way).</summary>
    internal static class CompactJson
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = false,
            // Keep the text as the author wrote it as far as JSON allows: no escaping of non-ASCII or HTML characters.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static string Minify(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth });
            using var buffer = new MemoryStream(json.Length);
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                        case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                        case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                        case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                        case JsonTokenType.PropertyName: writer.WritePropertyName(JsonText.GetString(ref reader)); break;
                        case JsonTokenType.String: writer.WriteStringValue(JsonText.GetString(ref reader)); break;
                        case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                        case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                        case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                        case JsonTokenType.Null: writer.WriteNullValue(); break;
                    }
                }
            }

            return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }
}
