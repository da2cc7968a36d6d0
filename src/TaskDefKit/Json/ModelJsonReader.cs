using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Binds JSON to model objects by walking their <see cref="ClassSchema"/>, tolerantly: a value of the wrong JSON
    /// type is reported (TDK1010) and, where the intent is clear (<c>"cpu": 256</c>, <c>"memory": "512"</c>), coerced so
    /// the other rules can still judge the definition; a member the model does not know is kept verbatim in
    /// <see cref="IHasAdditionalMembers.AdditionalMembers"/>. Never throws for bad input: the caller catches the
    /// reader's own syntax errors and reports them as TDK0001.
    /// </summary>
    internal sealed class ModelJsonReader
    {
        private readonly byte[] _utf8;
        private readonly LineIndex _lines;
        private readonly List<RuleDiagnostic> _diagnostics;
        private readonly PointerStack _pointer;

        private readonly HashSet<string>? _unreadable;

        public ModelJsonReader(byte[] utf8, LineIndex lines, List<RuleDiagnostic> diagnostics, string pointerPrefix, HashSet<string>? unreadable = null)
        {
            _unreadable = unreadable;
            _utf8 = utf8;
            _lines = lines;
            _diagnostics = diagnostics;
            _pointer = new PointerStack(pointerPrefix);
        }

        /// <summary>Reads the object at the reader's current StartObject token.</summary>
        /// <remarks>Members for which <c>skipMember</c> returns true are left out (read-only ones, already reported).</remarks>
        public object ReadObject(ref Utf8JsonReader reader, ClassSchema schema, Func<string, bool>? skipMember = null)
        {
            object target = schema.Create();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = JsonText.GetString(ref reader);
                reader.Read();
                _pointer.PushName(name);
                MemberSchema? member = schema.Find(name);
                if (skipMember != null && skipMember(name))
                {
                    reader.Skip();
                }
                else if (member is null)
                {
                    KeepUnknown(ref reader, target, name);
                }
                else if (TryReadValue(ref reader, member, member.Kind, out object? value))
                {
                    member.Set(target, value);
                }

                _pointer.Pop();
            }

            return target;
        }

        /// <summary>Reads the value at the reader's current token as <paramref name="member"/> (its name is pushed on the pointer).</summary>
        public bool TryReadMember(ref Utf8JsonReader reader, MemberSchema member, out object? value)
        {
            _pointer.PushName(member.JsonName);
            bool ok = TryReadValue(ref reader, member, member.Kind, out value);
            _pointer.Pop();
            return ok;
        }

        private void KeepUnknown(ref Utf8JsonReader reader, object target, string name)
        {
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            int end = (int)reader.BytesConsumed;
            string raw;
            try
            {
                raw = CompactJson.Minify(new ReadOnlySpan<byte>(_utf8, start, end - start));
            }
            catch (InvalidJsonTextException exception)
            {
                // Minify reads the value on its own: its offsets start at the value.
                throw new InvalidJsonTextException(exception.Message, start + exception.Offset);
            }

            if (target is IHasAdditionalMembers extended)
            {
                (extended.AdditionalMembers ??= new List<AdditionalMember>()).Add(new AdditionalMember(name, raw));
            }
        }

        private bool TryReadValue(ref Utf8JsonReader reader, MemberSchema member, SchemaKind kind, out object? value)
        {
            value = null;
            JsonTokenType token = reader.TokenType;
            if (token == JsonTokenType.Null)
            {
                TypeError(ref reader, kind, "null is not accepted by the AWS CLI; leave the member out instead");
                return false;
            }

            switch (kind)
            {
                case SchemaKind.String:
                    if (token == JsonTokenType.String)
                    {
                        value = JsonText.GetString(ref reader);
                        return true;
                    }

                    if (token == JsonTokenType.Number)
                    {
                        string text = Encoding.UTF8.GetString(reader.ValueSpan);
                        TypeError(ref reader, kind, "write it as the string \"" + text + "\"");
                        value = text;
                        return true;
                    }

                    break;

                case SchemaKind.Integer:
                    if (token == JsonTokenType.Number)
                    {
                        if (reader.TryGetInt32(out int number))
                        {
                            value = number;
                            return true;
                        }

                        if (reader.TryGetDouble(out double real) && real == Math.Floor(real) && real >= int.MinValue && real <= int.MaxValue)
                        {
                            TypeError(ref reader, kind, "write it without a fraction: " + ((int)real).ToString(CultureInfo.InvariantCulture));
                            value = (int)real;
                            return true;
                        }
                    }
                    else if (token == JsonTokenType.String &&
                             int.TryParse(JsonText.GetString(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed))
                    {
                        TypeError(ref reader, kind, "write it as the number " + parsed.ToString(CultureInfo.InvariantCulture) + " without quotes");
                        value = parsed;
                        return true;
                    }

                    break;

                case SchemaKind.Number:
                    if (token == JsonTokenType.Number && reader.TryGetDouble(out double fraction))
                    {
                        value = fraction;
                        return true;
                    }

                    break;

                case SchemaKind.Long:
                    if (token == JsonTokenType.Number && reader.TryGetInt64(out long wide))
                    {
                        value = wide;
                        return true;
                    }

                    if (token == JsonTokenType.String &&
                        long.TryParse(JsonText.GetString(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsedWide))
                    {
                        TypeError(ref reader, kind, "write it as the number " + parsedWide.ToString(CultureInfo.InvariantCulture) + " without quotes");
                        value = parsedWide;
                        return true;
                    }

                    break;

                case SchemaKind.Timestamp:
                    // The AWS CLI takes an ISO 8601 string or epoch seconds; the text is kept for the rules to judge.
                    if (token == JsonTokenType.String)
                    {
                        value = JsonText.GetString(ref reader);
                        return true;
                    }

                    if (token == JsonTokenType.Number)
                    {
                        value = Encoding.UTF8.GetString(reader.ValueSpan);
                        return true;
                    }

                    break;

                case SchemaKind.Boolean:
                    if (token == JsonTokenType.True || token == JsonTokenType.False)
                    {
                        value = token == JsonTokenType.True;
                        return true;
                    }

                    if (token == JsonTokenType.String)
                    {
                        string? text = JsonText.GetString(ref reader);
                        if (text == "true" || text == "false")
                        {
                            TypeError(ref reader, kind, "write " + text + " without quotes");
                            value = text == "true";
                            return true;
                        }
                    }

                    break;

                case SchemaKind.Enum:
                    if (token == JsonTokenType.String)
                    {
                        value = member.EnumFactory!(JsonText.GetString(ref reader));
                        return true;
                    }

                    break;

                case SchemaKind.Object:
                    if (token == JsonTokenType.StartObject)
                    {
                        value = ReadObject(ref reader, member.ObjectSchema!);
                        return true;
                    }

                    break;

                case SchemaKind.Map:
                    if (token == JsonTokenType.StartObject)
                    {
                        value = ReadMap(ref reader);
                        return true;
                    }

                    break;

                case SchemaKind.List:
                    if (token == JsonTokenType.StartArray)
                    {
                        value = ReadList(ref reader, member);
                        return true;
                    }

                    break;
            }

            TypeError(ref reader, kind, null, dropped: true);
            if (token == JsonTokenType.StartObject || token == JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            return false;
        }

        private IList ReadList(ref Utf8JsonReader reader, MemberSchema member)
        {
            IList list = member.CreateList!();
            int index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                _pointer.PushIndex(index++);
                SchemaKind kind = member.ElementKind;
                bool nullable = kind == SchemaKind.Object || kind == SchemaKind.String || kind == SchemaKind.Map || kind == SchemaKind.Timestamp;
                if (reader.TokenType == JsonTokenType.Null && nullable)
                {
                    // Kept as null so that the items after it keep their index (and pointer); the validator reports it.
                    list.Add(null);
                }
                else if (TryReadValue(ref reader, member, member.ElementKind, out object? element))
                {
                    list.Add(element);
                }
                else
                {
                    // Reported already: a stand-in holds its place, and its pointer is marked so no rule judges it.
                    _unreadable?.Add(_pointer.ToString());
                    list.Add(nullable ? null : StandIn(member));
                }

                _pointer.Pop();
            }

            return list;
        }

        /// <summary>A value of the list's own element type (a List&lt;long&gt; takes no int).</summary>
        private static object StandIn(MemberSchema member)
        {
            switch (member.ElementKind)
            {
                case SchemaKind.Enum:
                    return member.EnumFactory!(string.Empty);
                case SchemaKind.Long:
                    return 0L;
                case SchemaKind.Number:
                    return 0d;
                case SchemaKind.Boolean:
                    return false;
                default:
                    return 0;
            }
        }

        private Dictionary<string, string> ReadMap(ref Utf8JsonReader reader)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string key = JsonText.GetString(ref reader);
                reader.Read();
                _pointer.PushName(key);
                if (reader.TokenType == JsonTokenType.String)
                {
                    map[key] = JsonText.GetString(ref reader);
                }
                else if (reader.TokenType == JsonTokenType.Number || reader.TokenType == JsonTokenType.True || reader.TokenType == JsonTokenType.False)
                {
                    string text = Encoding.UTF8.GetString(reader.ValueSpan);
                    TypeError(ref reader, SchemaKind.String, "write it as the string \"" + text + "\"");
                    map[key] = text;
                }
                else
                {
                    TypeError(ref reader, SchemaKind.String, reader.TokenType == JsonTokenType.Null ? "null is not accepted by the AWS CLI" : null, dropped: reader.TokenType != JsonTokenType.Null);
                    reader.Skip();
                }

                _pointer.Pop();
            }

            return map;
        }

        private void TypeError(ref Utf8JsonReader reader, SchemaKind expected, string? fix, bool dropped = false)
        {
            string pointer = _pointer.ToString();
            if (dropped)
            {
                // A value of the wrong type could not be read, so the model lacks it; rules must not report it again as
                // missing. (A null is different: it means "not set", and the rules that say so are right.)
                _unreadable?.Add(pointer);
            }

            string message = "'" + (_pointer.LastName is string name ? MemberName.Mark(name) : "value") + "' must be " + Describe(expected) + ", not " + Describe(reader.TokenType)
                + (fix is null ? "." : ": " + fix + ".");
            _diagnostics.Add(new RuleDiagnostic(
                RuleIds.JsonType,
                RuleCatalog.Get(RuleIds.JsonType).DefaultSeverity,
                message,
                pointer,
                _lines.Locate(reader.TokenStartIndex)));
        }

        private static string Describe(SchemaKind kind)
        {
            switch (kind)
            {
                case SchemaKind.String:
                case SchemaKind.Enum:
                    return "a JSON string";
                case SchemaKind.Integer:
                case SchemaKind.Long:
                    return "a JSON integer";
                case SchemaKind.Timestamp:
                    return "a timestamp (an ISO 8601 string or epoch seconds)";
                case SchemaKind.Number:
                    return "a JSON number";
                case SchemaKind.Boolean:
                    return "a JSON boolean (true or false)";
                case SchemaKind.Object:
                case SchemaKind.Map:
                    return "a JSON object";
                default:
                    return "a JSON array";
            }
        }

        private static string Describe(JsonTokenType token)
        {
            switch (token)
            {
                case JsonTokenType.String:
                    return "a string";
                case JsonTokenType.Number:
                    return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return "a boolean";
                case JsonTokenType.Null:
                    return "null";
                case JsonTokenType.StartObject:
                    return "an object";
                case JsonTokenType.StartArray:
                    return "an array";
                default:
                    return token.ToString();
            }
        }
    }
}
