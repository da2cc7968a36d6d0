using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Cli.Import
{
    /// <summary>
    /// C# source for model values, driven by the model's schema: literals, typed enumeration members
    /// (<c>NetworkMode.AwsVpc</c>, or <c>new NetworkMode("…")</c> for a value the model does not list), and object and
    /// collection initializers (<c>new PortMapping { ContainerPort = 80 }</c>). Members the model does not know are
    /// kept as <c>AdditionalMember</c>s, so whatever was read is written back. Short initializers stay on one line.
    /// </summary>
    internal static class CSharpValues
    {
        private const int LineWidth = 100;

        private static readonly ConcurrentDictionary<(Type, string), string> s_propertyNames = new ConcurrentDictionary<(Type, string), string>();

        public static string String(string? text)
        {
            if (text is null)
            {
                return "null";
            }

            var literal = new StringBuilder(text.Length + 2).Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': literal.Append("\\\""); break;
                    case '\\': literal.Append("\\\\"); break;
                    case '\n': literal.Append("\\n"); break;
                    case '\r': literal.Append("\\r"); break;
                    case '\t': literal.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == 0x7f || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            literal.Append(c);
                        }

                        break;
                }
            }

            return literal.Append('"').ToString();
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary><c>NetworkMode.AwsVpc</c> for a value the model lists, else <c>new NetworkMode("value")</c>.</summary>
        public static string Enum(object value)
        {
            Type type = value.GetType();
            string text = ((IExtensibleEnum)value).Value;
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.PropertyType == type && property.GetValue(null) is IExtensibleEnum known && known.Value == text)
                {
                    return type.Name + "." + property.Name;
                }
            }

            return "new " + type.Name + "(" + String(text) + ")";
        }

        /// <summary>The C# property a schema member is (the model's names are the JSON names in PascalCase, acronyms aside).</summary>
        public static string PropertyName(ClassSchema schema, MemberSchema member) =>
            s_propertyNames.GetOrAdd((schema.ClrType, member.JsonName), key =>
                key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.Name
                ?? throw new InvalidOperationException(key.Item1.Name + " has no property for '" + key.Item2 + "'"));

        /// <summary>A member's value as C#; lines after the first are indented for <paramref name="indent"/>.</summary>
        public static string Value(MemberSchema member, SchemaKind kind, object? value, int indent)
        {
            switch (value)
            {
                case null:
                    return "null!";
                case string text:
                    return String(text);
                case int number:
                    return Int(number);
                case bool flag:
                    return Bool(flag);
                case double real:
                    return real.ToString("R", CultureInfo.InvariantCulture) + "d";
                case IExtensibleEnum:
                    return Enum(value);
            }

            if (kind == SchemaKind.Map && value is Dictionary<string, string> map)
            {
                var entries = new List<string>();
                foreach (KeyValuePair<string, string> pair in map)
                {
                    entries.Add("[" + String(pair.Key) + "] = " + (pair.Value is null ? "null!" : String(pair.Value)));
                }

                return Initializer("new Dictionary<string, string>", entries, indent);
            }

            if (kind == SchemaKind.List && value is IList list)
            {
                Type element = member.CreateList!().GetType().GetGenericArguments()[0];
                var items = new List<string>();
                foreach (object? item in list)
                {
                    items.Add(Value(member, member.ElementKind, item, indent + 4));
                }

                return Initializer("new List<" + TypeName(element) + ">", items, indent);
            }

            return Object(value, member.ObjectSchema!, indent);
        }

        /// <summary><c>new T { A = …, B = … }</c> with every set member of the object.</summary>
        public static string Object(object value, ClassSchema schema, int indent)
        {
            var members = new List<string>();
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue != null)
                {
                    members.Add(PropertyName(schema, member) + " = " + Value(member, member.Kind, memberValue, indent + 4));
                }
            }

            if (value is IHasAdditionalMembers extended && extended.AdditionalMembers is { Count: > 0 } additional)
            {
                members.Add("AdditionalMembers = " + AdditionalMembers(additional, indent + 4));
            }

            return Initializer("new " + schema.ClrType.Name, members, indent);
        }

        public static string AdditionalMembers(List<AdditionalMember> additional, int indent)
        {
            var items = new List<string>();
            foreach (AdditionalMember member in additional)
            {
                items.Add("new AdditionalMember(" + String(member.Name) + ", " + String(member.RawJson) + ")");
            }

            return Initializer("new List<AdditionalMember>", items, indent);
        }

        private static string TypeName(Type type) =>
            type == typeof(string) ? "string" : type == typeof(int) ? "int" : type == typeof(bool) ? "bool" : type == typeof(double) ? "double" : type.Name;

        /// <summary><c>head { a, b }</c> on one line when it fits and holds no line break, else one entry a line.</summary>
        private static string Initializer(string head, List<string> entries, int indent)
        {
            if (entries.Count == 0)
            {
                return head + "()";
            }

            int length = head.Length + indent + 4;
            bool multiLine = false;
            foreach (string entry in entries)
            {
                length += entry.Length + 2;
                multiLine |= entry.IndexOf('\n') >= 0;
            }

            if (!multiLine && length <= LineWidth)
            {
                return head + " { " + string.Join(", ", entries) + " }";
            }

            var text = new StringBuilder(head).Append('\n').Append(' ', indent).Append("{\n");
            foreach (string entry in entries)
            {
                text.Append(' ', indent + 4).Append(entry).Append(",\n");
            }

            return text.Append(' ', indent).Append('}').ToString();
        }
    }
}
