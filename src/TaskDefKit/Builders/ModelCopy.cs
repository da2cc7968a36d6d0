using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Builders
{
    /// <summary>Deep copies of model objects, driven by the model's schema tables (no reflection).</summary>
    internal static class ModelCopy
    {
        public static TaskDefinition Of(TaskDefinition definition) => (TaskDefinition)Copy(definition, TaskDefinition.Schema);

        public static ContainerDefinition Of(ContainerDefinition container) => (ContainerDefinition)Copy(container, ContainerDefinition.Schema);

        /// <summary>A deep copy of any model object described by <paramref name="schema"/> (services, RunTask, clusters).</summary>
        public static T Of<T>(T value, ClassSchema schema)
            where T : class => (T)Copy(value, schema);

        private static object Copy(object source, ClassSchema schema)
        {
            object target = schema.Create();
            foreach (MemberSchema member in schema.Members)
            {
                object? value = member.Get(source);
                if (value is null)
                {
                    continue;
                }

                member.Set(target, CopyValue(value, member));
            }

            if (source is IHasAdditionalMembers withExtras && withExtras.AdditionalMembers is { } extras)
            {
                // AdditionalMember is immutable; a new list is enough.
                ((IHasAdditionalMembers)target).AdditionalMembers = new List<AdditionalMember>(extras);
            }

            return target;
        }

        private static object CopyValue(object value, MemberSchema member)
        {
            switch (member.Kind)
            {
                case SchemaKind.Object:
                    return Copy(value, member.ObjectSchema!);
                case SchemaKind.Map:
                    return new Dictionary<string, string>((Dictionary<string, string>)value);
                case SchemaKind.List:
                    IList copy = member.CreateList!();
                    foreach (object? element in (IList)value)
                    {
                        copy.Add(element is not null && member.ElementKind == SchemaKind.Object
                            ? Copy(element, member.ObjectSchema!)
                            : element);
                    }

                    return copy;
                default:
                    // Strings, numbers, booleans and the extensible enum structs are immutable.
                    return value;
            }
        }
    }
}
