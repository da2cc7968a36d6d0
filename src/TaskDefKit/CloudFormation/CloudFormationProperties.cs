using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.CloudFormation
{
    /// <summary>
    /// A model object as a resource's <c>Properties</c>, by walking its <see cref="ClassSchema"/>: CloudFormation's
    /// property names (<see cref="CloudFormationNames"/>), members in the API model's order, unset members left out,
    /// map keys (<c>Options</c>, <c>DockerLabels</c>) as written. Members the model does not know are kept with their
    /// name capitalised, as the template reader expects them.
    /// </summary>
    internal static class CloudFormationProperties
    {
        public static TemplateNode FromModel(object value, ClassSchema schema, IReadOnlyDictionary<string, string>? references) =>
            FromModel(value, schema, references, apiNames: false);

        /// <summary>The model object with the API's own member names (the JSON <c>jsonencode</c> gets in Terraform).</summary>
        public static TemplateNode FromModelWithApiNames(object value, ClassSchema schema) =>
            FromModel(value, schema, null, apiNames: true);

        private static TemplateNode FromModel(object value, ClassSchema schema, IReadOnlyDictionary<string, string>? references, bool apiNames)
        {
            TemplateNode node = TemplateNode.Mapping();
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue is null || (!apiNames && !CloudFormationNames.InCloudFormation(schema, member.JsonName)))
                {
                    continue;
                }

                string name = apiNames ? member.JsonName : CloudFormationNames.PropertyName(schema, member.JsonName);
                if (references != null && references.TryGetValue(member.JsonName, out string? logicalId))
                {
                    node.Add(name, TemplateNode.Ref(logicalId));
                    continue;
                }

                node.Add(name, FromValue(member, member.Kind, memberValue, apiNames));
            }

            if (value is IHasAdditionalMembers extended && extended.AdditionalMembers != null)
            {
                foreach (AdditionalMember additional in extended.AdditionalMembers)
                {
                    using JsonDocument raw = JsonDocument.Parse(additional.RawJson);
                    node.Add(apiNames ? additional.Name : CloudFormationNames.PropertyName(additional.Name), FromJson(raw.RootElement));
                }
            }

            return node;
        }

        private static TemplateNode FromValue(MemberSchema member, SchemaKind kind, object value, bool apiNames)
        {
            switch (kind)
            {
                case SchemaKind.Integer:
                    return TemplateNode.Literal(((int)value).ToString(CultureInfo.InvariantCulture));
                case SchemaKind.Number:
                    return TemplateNode.Literal(((double)value).ToString("R", CultureInfo.InvariantCulture));
                case SchemaKind.Boolean:
                    return TemplateNode.Literal((bool)value ? "true" : "false");
                case SchemaKind.Enum:
                    return TemplateNode.String(((IExtensibleEnum)value).Value);
                case SchemaKind.Object:
                    return FromModel(value, member.ObjectSchema!, null, apiNames);
                case SchemaKind.Map:
                {
                    TemplateNode map = TemplateNode.Mapping();
                    foreach (KeyValuePair<string, string> pair in (Dictionary<string, string>)value)
                    {
                        map.Add(pair.Key, pair.Value is null ? TemplateNode.Literal("null") : TemplateNode.String(pair.Value));
                    }

                    return map;
                }

                case SchemaKind.List:
                {
                    TemplateNode list = TemplateNode.Sequence();
                    foreach (object? element in (IList)value)
                    {
                        list.Items.Add(element is null ? TemplateNode.Literal("null") : FromValue(member, member.ElementKind, element, apiNames));
                    }

                    return list;
                }

                default:
                    return TemplateNode.String((string)value);
            }
        }

        public static TemplateNode FromJson(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                {
                    TemplateNode map = TemplateNode.Mapping();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        map.Add(property.Name, FromJson(property.Value));
                    }

                    return map;
                }

                case JsonValueKind.Array:
                {
                    TemplateNode list = TemplateNode.Sequence();
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        list.Items.Add(FromJson(item));
                    }

                    return list;
                }

                case JsonValueKind.String:
                    return TemplateNode.String(element.GetString()!);
                default:
                    return TemplateNode.Literal(element.GetRawText());
            }
        }
    }
}
