using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>Writes one extensible enum struct: typed members for the API's values, any other string kept as is.</summary>
    internal static class EnumWriter
    {
        public static string Write(PlannedType type, Overrides overrides)
        {
            string name = type.TypeName;
            var members = new List<(string Name, string Value)>();
            foreach (string value in type.Shape.EnumValues)
            {
                string key = type.Shape.Name + "." + value;
                members.Add((overrides.EnumValueNames.TryGetValue(key, out string? n) ? n : MemberName(value), value));
            }

            var sb = new StringBuilder();
            sb.Append("using System;\n\n");
            sb.Append("namespace ").Append(type.Namespace).Append('\n');
            sb.Append("{\n");
            string summary = overrides.Summaries.TryGetValue(type.Shape.Name, out string? s) ? s : overrides.Service + " API enumeration " + type.Shape.Name + ".";
            sb.Append("    /// <summary>").Append(summary).Append(" Unknown values are kept as they are.</summary>\n");
            sb.Append("    /// <remarks>").Append(overrides.Service).Append(" API model shape <c>").Append(type.Shape.Name).Append("</c>.</remarks>\n");
            sb.Append("    public readonly struct ").Append(name).Append(" : IEquatable<").Append(name).Append(">, Schema.IExtensibleEnum\n");
            sb.Append("    {\n");
            sb.Append("        private readonly string? _value;\n\n");
            sb.Append("        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>\n");
            sb.Append("        public ").Append(name).Append("(string value)\n");
            sb.Append("        {\n");
            sb.Append("            _value = value ?? throw new ArgumentNullException(nameof(value));\n");
            sb.Append("        }\n\n");
            foreach ((string member, string value) in members)
            {
                sb.Append("        /// <summary><c>").Append(Docs.Escape(value)).Append("</c></summary>\n");
                sb.Append("        public static ").Append(name).Append(' ').Append(member).Append(" { get; } = new ").Append(name).Append("(\"").Append(value).Append("\");\n\n");
            }

            sb.Append("        /// <summary>The values listed by the ").Append(overrides.Service).Append(" API model, in its order.</summary>\n");
            sb.Append("        public static ").Append(name).Append("[] KnownValues => new[] { ");
            for (int i = 0; i < members.Count; i++)
            {
                sb.Append(i == 0 ? string.Empty : ", ").Append(members[i].Name);
            }

            sb.Append(" };\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public string Value => _value ?? string.Empty;\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public bool IsKnown\n");
            sb.Append("        {\n");
            sb.Append("            get\n");
            sb.Append("            {\n");
            sb.Append("                switch (_value)\n");
            sb.Append("                {\n");
            foreach ((string _, string value) in members)
            {
                sb.Append("                    case \"").Append(value).Append("\":\n");
            }

            sb.Append("                        return true;\n");
            sb.Append("                    default:\n");
            sb.Append("                        return false;\n");
            sb.Append("                }\n");
            sb.Append("            }\n");
            sb.Append("        }\n\n");
            sb.Append("        public static bool operator ==(").Append(name).Append(" left, ").Append(name).Append(" right) => left.Equals(right);\n\n");
            sb.Append("        public static bool operator !=(").Append(name).Append(" left, ").Append(name).Append(" right) => !left.Equals(right);\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public bool Equals(").Append(name).Append(" other) => string.Equals(Value, other.Value, StringComparison.Ordinal);\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public override bool Equals(object? obj) => obj is ").Append(name).Append(" other && Equals(other);\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);\n\n");
            sb.Append("        /// <inheritdoc />\n");
            sb.Append("        public override string ToString() => Value;\n");
            sb.Append("    }\n");
            sb.Append("}\n");
            return sb.ToString();
        }

        /// <summary>"ENABLED" → Enabled, "on-failure" → OnFailure, "1.4.0" → V1_4_0: a default the overrides refine.</summary>
        internal static string MemberName(string value)
        {
            var sb = new StringBuilder();
            bool upper = true;
            bool separated = false;
            bool allCaps = value.ToUpperInvariant() == value;
            foreach (char c in value)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    separated = true;
                    continue;
                }

                // Digits on both sides of a separator keep one ("1.4.0" is not 140).
                if (separated && char.IsDigit(c) && sb.Length > 0 && char.IsDigit(sb[sb.Length - 1]))
                {
                    sb.Append('_');
                }

                separated = false;
                sb.Append(upper ? char.ToUpperInvariant(c) : allCaps ? char.ToLowerInvariant(c) : c);
                upper = false;
            }

            return sb.Length > 0 && char.IsDigit(sb[0]) ? "V" + sb : sb.ToString();
        }
    }
}
