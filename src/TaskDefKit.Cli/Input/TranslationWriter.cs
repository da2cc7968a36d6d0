using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Writes translated JSON while recording where each written value came from.</summary>
    internal sealed class TranslationWriter : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new ArrayBufferWriter<byte>(4096);

        public TranslationWriter()
        {
            Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = false });
        }

        public Utf8JsonWriter Json { get; }

        public Dictionary<string, (int Line, int Column)> Positions { get; } = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);

        public HashSet<string> Unknown { get; } = new HashSet<string>(StringComparer.Ordinal);

        public HashSet<string> UnknownExact { get; } = new HashSet<string>(StringComparer.Ordinal);

        public void Record(string pointer, SourceNode node) => Positions[pointer] = (node.Line, node.Column);

        public TranslatedDocument Finish(string? label)
        {
            Json.Flush();
            return new TranslatedDocument(_buffer.WrittenSpan.ToArray(), label, Positions, Unknown, UnknownExact);
        }

        /// <summary>Copies a value as it is: the type of a plain scalar comes from its text (YAML core schema).</summary>
        public void WriteGeneric(SourceNode node, string pointer)
        {
            Record(pointer, node);
            switch (node.Kind)
            {
                case SourceNodeKind.Mapping:
                    Json.WriteStartObject();
                    foreach (KeyValuePair<string, SourceNode> member in node.Members)
                    {
                        Json.WritePropertyName(member.Key);
                        WriteGeneric(member.Value, JsonPointer.Member(pointer, member.Key));
                    }

                    Json.WriteEndObject();
                    break;
                case SourceNodeKind.Sequence:
                    Json.WriteStartArray();
                    for (int i = 0; i < node.Items.Count; i++)
                    {
                        WriteGeneric(node.Items[i], JsonPointer.Index(pointer, i));
                    }

                    Json.WriteEndArray();
                    break;
                default:
                    WriteScalar(node);
                    break;
            }
        }

        private void WriteScalar(SourceNode node)
        {
            string? text = node.Text;
            if (IsNull(node))
            {
                Json.WriteNullValue();
            }
            else if (node.Style == ScalarStyle.Quoted)
            {
                Json.WriteStringValue(text);
            }
            else if (TryBoolean(text!, out bool flag))
            {
                Json.WriteBooleanValue(flag);
            }
            else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            {
                Json.WriteNumberValue(integer);
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsInfinity(number) && !double.IsNaN(number))
            {
                Json.WriteNumberValue(number);
            }
            else
            {
                Json.WriteStringValue(text);
            }
        }

        public static bool IsNull(SourceNode node) =>
            node.Text is null || (node.Style == ScalarStyle.Plain && (node.Text.Length == 0 || node.Text == "~" || node.Text == "null" || node.Text == "Null" || node.Text == "NULL"));

        public static bool TryBoolean(string text, out bool value)
        {
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }

            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                value = false;
                return true;
            }

            value = false;
            return false;
        }

        public void Dispose() => Json.Dispose();
    }
}
