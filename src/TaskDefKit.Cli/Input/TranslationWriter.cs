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

        /// <summary>How the source's names map to the input's (CloudFormation resource type); the task definition's by default.</summary>
        public CloudFormation.TranslationProfile Profile { get; set; } = CloudFormation.TranslationProfile.TaskDefinition;

        public Dictionary<string, (int Line, int Column)> Positions { get; } = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);

        public HashSet<string> Unknown { get; } = new HashSet<string>(StringComparer.Ordinal);

        public HashSet<string> UnknownExact { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Member names as the source spells them, by register-input name (<c>portMappings</c> → <c>PortMappings</c>).</summary>
        public Dictionary<string, string> SourceNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Where each member's key is, by the member's pointer (findings about a name point at the name).</summary>
        public Dictionary<string, (int Line, int Column)> KeyPositions { get; } = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);

        /// <summary>The text written for an unknown string.</summary>
        public const string PlaceholderText = "unknown-value";

        /// <summary>An ARN written for an unknown <c>…Arn</c> member, so that rules see a well-formed role.</summary>
        public const string PlaceholderArn = "arn:aws:iam::123456789012:role/unknown-value";

        /// <summary>Write a placeholder value in place of each unknown member (the second, presence-only translation).</summary>
        public bool Placeholders { get; set; }

        /// <summary>An unknown member was left out: the placeholder translation is needed.</summary>
        public bool SkippedIntrinsic { get; set; }

        public void Record(string pointer, SourceNode node) => Positions[pointer] = (node.Line, node.Column);

        /// <summary>
        /// A value of the member's kind that stands for "present, value unknown": an empty object or list, true, 1, or
        /// a string (an ARN for <c>…Arn</c> members). Findings about the placeholder itself are never reported.
        /// </summary>
        public void WritePlaceholder(TaskDefKit.Model.Schema.MemberSchema? member, string name)
        {
            switch (member?.Kind)
            {
                case TaskDefKit.Model.Schema.SchemaKind.Object:
                case TaskDefKit.Model.Schema.SchemaKind.Map:
                    Json.WriteStartObject();
                    Json.WriteEndObject();
                    break;
                case TaskDefKit.Model.Schema.SchemaKind.List:
                    Json.WriteStartArray();
                    Json.WriteEndArray();
                    break;
                case TaskDefKit.Model.Schema.SchemaKind.Boolean:
                    Json.WriteBooleanValue(true);
                    break;
                case TaskDefKit.Model.Schema.SchemaKind.Integer:
                case TaskDefKit.Model.Schema.SchemaKind.Long:
                case TaskDefKit.Model.Schema.SchemaKind.Number:
                    Json.WriteNumberValue(1);
                    break;
                default:
                    Json.WriteStringValue(name.EndsWith("Arn", StringComparison.Ordinal) ? PlaceholderArn : PlaceholderText);
                    break;
            }
        }

        public TranslatedDocument Finish(string? label)
        {
            Json.Flush();
            return new TranslatedDocument(_buffer.WrittenSpan.ToArray(), label, Positions, Unknown, UnknownExact) { KeyPositions = KeyPositions };
        }

        /// <summary>Copies a value as it is: the type of a plain scalar comes from its text (YAML core schema).</summary>
        public void WriteGeneric(SourceNode node, string pointer)
        {
            Record(pointer, node);
            switch (node.Kind)
            {
                case SourceNodeKind.Mapping:
                    Json.WriteStartObject();
                    for (int i = 0; i < node.Members.Count; i++)
                    {
                        KeyValuePair<string, SourceNode> member = node.Members[i];
                        string memberPointer = JsonPointer.Member(pointer, member.Key);
                        KeyPositions[memberPointer] = node.KeyPositions[i];
                        Json.WritePropertyName(member.Key);
                        WriteGeneric(member.Value, memberPointer);
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
            else if (!TryWriteNumber(text!))
            {
                Json.WriteStringValue(text);
            }
        }

        /// <summary>
        /// Writes <paramref name="text"/> as a JSON number when it is one (an integer exactly, else a finite double:
        /// <c>50.5</c>, <c>1e3</c>); false, writing nothing, otherwise. The one rule by which source text becomes a number.
        /// </summary>
        public bool TryWriteNumber(string text)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            {
                Json.WriteNumberValue(integer);
                return true;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && !double.IsInfinity(number) && !double.IsNaN(number))
            {
                Json.WriteNumberValue(number);
                return true;
            }

            return false;
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
