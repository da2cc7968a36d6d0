using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Analyzers.Generator.Model;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// Builds the shared typed model from a spec tree through the model's schema tables: the same model the runtime
    /// works with, so the validator judges it and the shared JSON writer writes it. Values that do not fit the
    /// schema (which the attribute table never produces) are skipped, never thrown on.
    /// </summary>
    internal static class ModelFactory
    {
        public static TaskDefinition Build(ValueSpec definition) =>
            (TaskDefinition)BuildObject(definition, TaskDefinition.Schema);

        private static object BuildObject(ValueSpec spec, ClassSchema schema)
        {
            object result = schema.Create();
            foreach (MemberSpec member in spec.Members)
            {
                MemberSchema? memberSchema = schema.Find(member.Name);
                if (memberSchema is null)
                {
                    continue;
                }

                object? value = Convert(member.Value, memberSchema, memberSchema.Kind);
                if (value != null)
                {
                    memberSchema.Set(result, value);
                }
            }

            return result;
        }

        private static object? Convert(ValueSpec value, MemberSchema member, SchemaKind kind)
        {
            switch (kind)
            {
                case SchemaKind.String:
                    return value.Kind == ValueKind.String ? value.Text : null;
                case SchemaKind.Integer:
                    return value.Kind == ValueKind.Integer ? value.Number : (object?)null;
                case SchemaKind.Boolean:
                    return value.Kind == ValueKind.Boolean ? value.Number != 0 : (object?)null;
                case SchemaKind.Enum:
                    return value.Kind == ValueKind.String && value.Text != null && member.EnumFactory != null ? member.EnumFactory(value.Text) : null;
                case SchemaKind.Object:
                    return value.Kind == ValueKind.Object && member.ObjectSchema != null ? BuildObject(value, member.ObjectSchema) : null;
                case SchemaKind.Map:
                    if (value.Kind != ValueKind.Object)
                    {
                        return null;
                    }

                    var map = new Dictionary<string, string>();
                    foreach (MemberSpec entry in value.Members)
                    {
                        if (entry.Value.Kind == ValueKind.String && !map.ContainsKey(entry.Name))
                        {
                            map.Add(entry.Name, entry.Value.Text!);
                        }
                    }

                    return map;
                case SchemaKind.List:
                    if (value.Kind != ValueKind.List || member.CreateList is null)
                    {
                        return null;
                    }

                    IList list = member.CreateList();
                    foreach (ValueSpec item in value.Items)
                    {
                        object? element = Convert(item, member, member.ElementKind);
                        if (element != null)
                        {
                            list.Add(element);
                        }
                    }

                    return list;
                default:
                    return null;
            }
        }
    }
}
