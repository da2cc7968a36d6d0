using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>Writes one model class with its ClassSchema table (members in the API model's order).</summary>
    internal static class ClassWriter
    {
        public static string Write(PlannedType type, ModelPlan plan, Overrides overrides, List<string> errors)
        {
            string name = type.TypeName;
            var sb = new StringBuilder();
            sb.Append("using System.Collections.Generic;\n");
            sb.Append("using TaskDefKit.Model.Schema;\n\n");
            sb.Append("namespace ").Append(type.Namespace).Append('\n');
            sb.Append("{\n");
            sb.Append("    /// <summary>").Append(Summary(overrides, type.Shape.Name, type.Shape.Documentation, name)).Append("</summary>\n");
            if (overrides.Remarks.TryGetValue(type.Shape.Name, out List<string>? remarks))
            {
                sb.Append("    /// <remarks>\n");
                foreach (string line in remarks)
                {
                    sb.Append("    /// ").Append(line).Append('\n');
                }

                sb.Append("    /// </remarks>\n");
            }
            else
            {
                sb.Append("    /// <remarks>").Append(overrides.Service).Append(" API model shape <c>").Append(type.Shape.Name).Append("</c>; members and their order follow it.</remarks>\n");
            }

            sb.Append("    public sealed partial class ").Append(name).Append(" : IHasAdditionalMembers\n");
            sb.Append("    {\n");
            var schemaLines = new List<string>();
            foreach (ApiMember member in type.Shape.Members)
            {
                MemberCode? code = MemberCode.For(type, member, plan, overrides, errors);
                if (code == null)
                {
                    continue;
                }

                string key = type.Shape.Name + "." + member.Name;
                sb.Append("        /// <summary>").Append(Summary(overrides, key, member.Documentation, member.Name)).Append("</summary>\n");
                sb.Append("        /// <remarks>JSON member <c>").Append(member.Name).Append("</c>").Append(member.Required ? " (required by the API)" : string.Empty).Append(".</remarks>\n");
                sb.Append("        public ").Append(code.PropertyType).Append(' ').Append(code.PropertyName).Append(" { get; set; }\n\n");
                schemaLines.Add(code.SchemaLine);
            }

            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public List<AdditionalMember>? AdditionalMembers { get; set; }\n\n");
            sb.Append("        /// <summary>The JSON members of this class in writing order.</summary>\n");
            sb.Append("        public static ClassSchema Schema { get; } = new ClassSchema(\n");
            sb.Append("            \"").Append(type.Shape.Name).Append("\",\n");
            sb.Append("            typeof(").Append(name).Append("),\n");
            sb.Append("            () => new ").Append(name).Append("(),\n");
            if (schemaLines.Count == 0)
            {
                // A botocore "document" (free-form JSON): every member is kept in AdditionalMembers.
                sb.Append("            System.Array.Empty<MemberSchema>());\n");
            }
            else
            {
                sb.Append("            new[]\n");
                sb.Append("            {\n");
                foreach (string line in schemaLines)
                {
                    sb.Append("                ").Append(line).Append(",\n");
                }

                sb.Append("            });\n");
            }
            sb.Append("    }\n");
            sb.Append("}\n");
            return sb.ToString();
        }

        private static string Summary(Overrides overrides, string key, string? documentation, string fallback) =>
            overrides.Summaries.TryGetValue(key, out string? text) ? text : Docs.FirstSentence(documentation, fallback);
    }
}
