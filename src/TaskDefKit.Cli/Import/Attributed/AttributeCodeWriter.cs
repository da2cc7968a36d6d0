using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using TaskDefKit.Analyzers.Generator;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Cli.Import.Attributed
{
    /// <summary>
    /// A task definition as an attributed partial class for the source generator (docs/generator.md): task settings
    /// as attributes on the class, one <c>static partial ContainerDefinition</c> property per container. Driven by the
    /// generator's own attribute table, read backwards (<see cref="AttributeChoice"/>), over the definition's JSON;
    /// every value the attributes do not write as the input has it becomes an <see cref="ImportNote"/> and a comment
    /// above the class or container it belongs to.
    /// </summary>
    internal sealed class AttributeCodeWriter
    {
        private const int ClassIndent = 4;
        private const int MemberIndent = 8;

        private readonly HashSet<string> _covered = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _reasons = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly List<ImportNote> _notes = new List<ImportNote>();

        private AttributeCodeWriter()
        {
        }

        /// <summary>The class (doc comment, attributes, body), indented for a namespace; the notes in input order.</summary>
        public static string Class(TaskDefinition definition, string className, string summary, out List<ImportNote> notes)
        {
            using JsonDocument document = JsonDocument.Parse(TaskDefinitionJson.SerializeToUtf8(definition, indented: false));
            var writer = new AttributeCodeWriter();
            string text = writer.Write(document.RootElement, className, summary);
            notes = writer._notes;
            return text;
        }

        private string Write(JsonElement root, string className, string summary)
        {
            List<string> taskAttributes = Scope(root, string.Empty, AttributeScope.Task, AttributeTable.TaskDefinitionAttribute, ClassIndent);
            var containers = new List<(string Pointer, List<string> Attributes, string Property)>();
            var properties = new HashSet<string>(System.StringComparer.Ordinal) { className, "Definition", "DefinitionJson" };
            if (root.TryGetProperty("containerDefinitions", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (JsonElement container in list.EnumerateArray())
                {
                    string pointer = JsonPaths.Item("/containerDefinitions", index++);
                    if (container.ValueKind != JsonValueKind.Object)
                    {
                        _reasons[pointer] = "a container that is not an object cannot be a [Container] property";
                        continue;
                    }

                    List<string> attributes = Scope(container, pointer, AttributeScope.Container, AttributeTable.ContainerAttribute, MemberIndent);
                    string? name = container.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                    containers.Add((pointer, attributes, PropertyName(name, properties)));
                }
            }

            ReportLeftovers(root);

            var text = new StringBuilder();
            AppendComments(text, ClassIndent, note => !containers.Any(c => JsonPaths.IsUnder(note.Pointer, c.Pointer)));
            text.Append(' ', ClassIndent).Append("/// <summary>").Append(summary).Append("</summary>\n");
            foreach (string attribute in taskAttributes)
            {
                text.Append(' ', ClassIndent).Append(attribute).Append('\n');
            }

            text.Append(' ', ClassIndent).Append("public static partial class ").Append(className).Append('\n')
                .Append(' ', ClassIndent).Append("{\n");
            for (int i = 0; i < containers.Count; i++)
            {
                if (i > 0)
                {
                    text.Append('\n');
                }

                (string pointer, List<string> attributes, string property) = containers[i];
                AppendComments(text, MemberIndent, note => JsonPaths.IsUnder(note.Pointer, pointer));
                foreach (string attribute in attributes)
                {
                    text.Append(' ', MemberIndent).Append(attribute).Append('\n');
                }

                text.Append(' ', MemberIndent).Append("public static partial ContainerDefinition ").Append(property).Append(" { get; }\n");
            }

            return text.Append(' ', ClassIndent).Append("}\n").ToString();
        }

        private void AppendComments(StringBuilder text, int indent, System.Func<ImportNote, bool> belongs)
        {
            foreach (ImportNote note in _notes.Where(belongs))
            {
                text.Append(' ', indent).Append("// Not written as attributes: ").Append(Comment(note.ToString())).Append('\n');
            }
        }

        /// <summary>The attributes of the task (the class) or of one container, head attribute first, then in the table's order.</summary>
        private List<string> Scope(JsonElement node, string pointer, AttributeScope scope, string headName, int indent)
        {
            var attributes = new List<string>();
            AttributeRule head = AttributeTable.Find(headName)!;
            // The class and the property need their attribute even when the input lacks a required value (a family,
            // an image): the rest of the definition is still worth writing, and the note says what to fill in.
            AttributeChoice choice = AttributeChoice.Best(new[] { head }, node, nullForMissing: true, out _)!;
            Apply(choice, pointer, attributes, indent);

            var groups = new List<(string Path, AttributeTarget Target, List<AttributeRule> Rules)>();
            foreach (AttributeRule rule in AttributeTable.All.Where(r => r.Scope == scope && r.Name != headName))
            {
                int at = groups.FindIndex(g => g.Path == rule.Path && g.Target == rule.Target);
                if (at < 0)
                {
                    groups.Add((rule.Path, rule.Target, new List<AttributeRule> { rule }));
                }
                else
                {
                    groups[at].Rules.Add(rule);
                }
            }

            foreach ((string path, AttributeTarget target, List<AttributeRule> rules) in groups)
            {
                if (!JsonPaths.TryGet(node, path, out JsonElement value))
                {
                    continue;
                }

                string at = JsonPaths.Append(pointer, path);
                switch (target)
                {
                    case AttributeTarget.Object when value.ValueKind == JsonValueKind.Object:
                        Object(rules, value, at, attributes, indent);
                        break;
                    case AttributeTarget.Element when value.ValueKind == JsonValueKind.Array:
                        int index = 0;
                        foreach (JsonElement item in value.EnumerateArray())
                        {
                            Element(rules, item, JsonPaths.Item(at, index++), attributes, indent);
                        }

                        break;
                    case AttributeTarget.MapEntry when value.ValueKind == JsonValueKind.Object:
                        Entries(rules[0], value, at, attributes, indent);
                        break;
                }
            }

            return attributes;
        }

        private void Object(List<AttributeRule> rules, JsonElement value, string pointer, List<string> attributes, int indent)
        {
            AttributeChoice? choice = AttributeChoice.Best(rules, value, nullForMissing: false, out string? missing);
            if (choice is null)
            {
                _reasons[pointer] = missing ?? "no attribute writes it";
                return;
            }

            // An attribute without arguments only creates the object: worth writing only when the object is otherwise empty.
            if (choice.Arguments.Count > 0 || !value.EnumerateObject().Any())
            {
                Apply(choice, pointer, attributes, indent);
            }
        }

        private void Element(List<AttributeRule> rules, JsonElement item, string pointer, List<string> attributes, int indent)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                _reasons[pointer] = "a list entry that is not an object";
                return;
            }

            AttributeChoice? choice = AttributeChoice.Best(rules, item, nullForMissing: false, out string? missing);
            if (choice is null)
            {
                _reasons[pointer] = missing ?? "no attribute writes it";
                return;
            }

            Apply(choice, pointer, attributes, indent);
        }

        private void Entries(AttributeRule rule, JsonElement map, string pointer, List<string> attributes, int indent)
        {
            foreach (JsonProperty entry in map.EnumerateObject())
            {
                string at = JsonPaths.Member(pointer, entry.Name);
                if (_covered.Contains(at) || entry.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                _covered.Add(at);
                string text = "[" + AttributeChoice.Short(rule) + "(" + CSharpValues.String(entry.Name) + ", " + CSharpValues.String(entry.Value.GetString()) + ")]";
                attributes.Add(text);
            }
        }

        private void Apply(AttributeChoice choice, string pointer, List<string> attributes, int indent)
        {
            attributes.Add(choice.Text(indent));
            foreach (string path in choice.Written)
            {
                _covered.Add(JsonPaths.Append(pointer, path));
            }

            foreach ((string path, string why) in choice.Mismatches)
            {
                _notes.Add(new ImportNote(JsonPaths.Append(pointer, path), why));
            }
        }

        /// <summary>One note per largest part of the input that no attribute wrote: a whole entry rather than each of its values.</summary>
        private void ReportLeftovers(JsonElement root)
        {
            var touched = new HashSet<string>(System.StringComparer.Ordinal) { string.Empty };
            foreach (string covered in _covered)
            {
                for (int slash = covered.IndexOf('/', 1); slash > 0; slash = covered.IndexOf('/', slash + 1))
                {
                    touched.Add(covered.Substring(0, slash));
                }

                touched.Add(covered);
            }

            var leaves = new List<string>();
            JsonPaths.Leaves(root, string.Empty, leaves);
            var reported = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string leaf in leaves)
            {
                if (IsCovered(leaf))
                {
                    continue;
                }

                string part = leaf;
                for (int slash = leaf.IndexOf('/', 1); slash > 0; slash = leaf.IndexOf('/', slash + 1))
                {
                    if (!touched.Contains(leaf.Substring(0, slash)))
                    {
                        part = leaf.Substring(0, slash);
                        break;
                    }
                }

                if (reported.Add(part))
                {
                    _notes.Add(new ImportNote(part, ReasonFor(part)));
                }
            }
        }

        private bool IsCovered(string leaf)
        {
            for (string pointer = leaf; pointer.Length > 0; pointer = pointer.Substring(0, pointer.LastIndexOf('/')))
            {
                if (_covered.Contains(pointer))
                {
                    return true;
                }
            }

            return false;
        }

        private string ReasonFor(string pointer)
        {
            for (string at = pointer; at.Length > 0; at = at.Substring(0, at.LastIndexOf('/')))
            {
                if (_reasons.TryGetValue(at, out string? reason))
                {
                    return reason;
                }
            }

            return IsKnown(pointer)
                ? "no attribute argument writes this value"
                : "not a member of the ECS API (the reader kept it as it was); no attribute writes it";
        }

        /// <summary>Whether the model's schema has the member a pointer names (a misspelling or an invented member has none).</summary>
        private static bool IsKnown(string pointer)
        {
            ClassSchema? schema = TaskDefinition.Schema;
            MemberSchema? list = null;
            foreach (string segment in pointer.Substring(1).Split('/'))
            {
                if (list != null)
                {
                    // An index into a list: its entries are the list's object schema (or scalars).
                    schema = list.ObjectSchema;
                    list = null;
                    continue;
                }

                if (schema is null)
                {
                    return true; // inside a map or a scalar list: any key is the input's own
                }

                MemberSchema? member = schema.Find(segment.Replace("~1", "/", System.StringComparison.Ordinal).Replace("~0", "~", System.StringComparison.Ordinal));
                if (member is null)
                {
                    return false;
                }

                list = member.Kind == SchemaKind.List ? member : null;
                schema = member.Kind == SchemaKind.Object ? member.ObjectSchema : null;
            }

            return true;
        }

        /// <summary>A container property name from the container's name, unique in the class and never a generated member's name.</summary>
        private static string PropertyName(string? container, HashSet<string> taken)
        {
            string name = TaskDefKit.CloudFormation.CloudFormationTemplateBuilder.LogicalIdFor(container, "Container");
            if (char.IsAsciiDigit(name[0]) || taken.Contains(name))
            {
                name = char.IsAsciiDigit(name[0]) ? "Container" + name : name + "Container";
            }

            string unique = name;
            for (int n = 2; !taken.Add(unique); n++)
            {
                unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }

        private static string Comment(string text) => text.Replace("\r", " ", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
    }
}
