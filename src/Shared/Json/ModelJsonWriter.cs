using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Writes model objects as ECS API JSON by walking their <see cref="ClassSchema"/>: camelCase names, members in the
    /// API model's order, unset (null) members left out, task <c>cpu</c>/<c>memory</c> as strings (they are strings in
    /// the model). Members kept from the input that the model does not know come last, unchanged. Deterministic: the
    /// same model gives the same text.
    /// </summary>
    public static class ModelJsonWriter
    {
        /// <summary>The JSON of a task definition in register-input form.</summary>
        public static string Write(TaskDefinition definition, bool indented = true)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            return Write(definition, TaskDefinition.Schema, indented);
        }

        /// <summary>The JSON of any model object described by <paramref name="schema"/>.</summary>
        public static string Write(object value, ClassSchema schema, bool indented = true)
        {
            Guard.ThrowIfNull(value, nameof(value));
            Guard.ThrowIfNull(schema, nameof(schema));
            var json = new JsonTextBuilder(indented);
            WriteObject(json, value, schema);
            return json.ToString();
        }

        public static void WriteObject(JsonTextBuilder json, object value, ClassSchema schema)
        {
            Guard.ThrowIfNull(json, nameof(json));
            Guard.ThrowIfNull(value, nameof(value));
            Guard.ThrowIfNull(schema, nameof(schema));
            json.StartObject();
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue is null)
                {
                    continue;
                }

                json.Name(member.JsonName);
                WriteValue(json, member, member.Kind, memberValue);
            }

            if (value is IHasAdditionalMembers extended && extended.AdditionalMembers != null)
            {
                foreach (AdditionalMember additional in extended.AdditionalMembers)
                {
                    json.Name(additional.Name);
                    json.Raw(additional.RawJson);
                }
            }

            json.EndObject();
        }

        private static void WriteValue(JsonTextBuilder json, MemberSchema member, SchemaKind kind, object value)
        {
            switch (kind)
            {
                case SchemaKind.String:
                    json.String((string)value);
                    break;
                case SchemaKind.Integer:
                    json.Number((int)value);
                    break;
                case SchemaKind.Number:
                    json.Number((double)value);
                    break;
                case SchemaKind.Long:
                    json.Number((long)value);
                    break;
                case SchemaKind.Timestamp:
                    json.String((string)value);
                    break;
                case SchemaKind.Boolean:
                    json.Boolean((bool)value);
                    break;
                case SchemaKind.Enum:
                    json.String(((IExtensibleEnum)value).Value);
                    break;
                case SchemaKind.Object:
                    WriteObject(json, value, member.ObjectSchema!);
                    break;
                case SchemaKind.Map:
                    json.StartObject();
                    foreach (KeyValuePair<string, string> pair in (Dictionary<string, string>)value)
                    {
                        json.Name(pair.Key);
                        if (pair.Value is null)
                        {
                            json.Null();
                        }
                        else
                        {
                            json.String(pair.Value);
                        }
                    }

                    json.EndObject();
                    break;
                case SchemaKind.List:
                    json.StartArray();
                    foreach (object? element in (IList)value)
                    {
                        if (element is null)
                        {
                            // Kept, so that the items after it stay at their index; validation reports it (TDK1010).
                            json.Null();
                            continue;
                        }

                        WriteValue(json, member, member.ElementKind, element);
                    }

                    json.EndArray();
                    break;
            }
        }
    }
}
