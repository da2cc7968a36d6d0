using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Json;

namespace TaskDefKit.CloudFormation
{
    /// <summary>
    /// Writes a <see cref="TemplateNode"/> tree as JSON (the project's one JSON layout, <see cref="JsonTextBuilder"/>)
    /// or block-style YAML. YAML strings are plain where no YAML reader could take them for anything else (a number,
    /// a boolean, null, an indicator) and JSON-style double-quoted otherwise; <c>\n</c> line ends, no trailing spaces.
    /// </summary>
    internal static class TemplateText
    {
        private static readonly HashSet<string> s_yamlWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "y", "n", "yes", "no", "true", "false", "on", "off", "null",
        };

        public static string Json(TemplateNode root)
        {
            var json = new JsonTextBuilder(indented: true);
            WriteJson(json, root);
            return json.ToString() + "\n";
        }

        public static string Yaml(TemplateNode root)
        {
            var yaml = new StringBuilder();
            WriteYamlMapping(yaml, root, 0);
            return yaml.ToString();
        }

        private static void WriteJson(JsonTextBuilder json, TemplateNode node)
        {
            switch (node.Kind)
            {
                case TemplateNodeKind.Mapping:
                    json.StartObject();
                    foreach (KeyValuePair<string, TemplateNode> member in node.Members)
                    {
                        json.Name(member.Key);
                        WriteJson(json, member.Value);
                    }

                    json.EndObject();
                    break;
                case TemplateNodeKind.Sequence:
                    json.StartArray();
                    foreach (TemplateNode item in node.Items)
                    {
                        WriteJson(json, item);
                    }

                    json.EndArray();
                    break;
                case TemplateNodeKind.String:
                    json.String(node.Text!);
                    break;
                case TemplateNodeKind.Literal:
                    json.Raw(node.Text!);
                    break;
                case TemplateNodeKind.Ref:
                    json.StartObject();
                    json.Name("Ref");
                    json.String(node.Text!);
                    json.EndObject();
                    break;
            }
        }

        /// <summary>The members of a mapping, each on its own line at <paramref name="indent"/>.</summary>
        private static void WriteYamlMapping(StringBuilder yaml, TemplateNode mapping, int indent, bool firstInline = false)
        {
            bool first = true;
            foreach (KeyValuePair<string, TemplateNode> member in mapping.Members)
            {
                if (!(first && firstInline))
                {
                    yaml.Append(' ', indent);
                }

                first = false;
                yaml.Append(YamlScalar(member.Key)).Append(':');
                WriteYamlValue(yaml, member.Value, indent);
            }
        }

        /// <summary>A value after <c>key:</c> or <c>-</c>: inline when a scalar or empty, else on the next lines.</summary>
        private static void WriteYamlValue(StringBuilder yaml, TemplateNode value, int indent)
        {
            switch (value.Kind)
            {
                case TemplateNodeKind.Mapping when value.Members.Count > 0:
                    yaml.Append('\n');
                    WriteYamlMapping(yaml, value, indent + 2);
                    break;
                case TemplateNodeKind.Sequence when value.Items.Count > 0:
                    yaml.Append('\n');
                    foreach (TemplateNode item in value.Items)
                    {
                        yaml.Append(' ', indent + 2).Append('-');
                        if (item.Kind == TemplateNodeKind.Mapping && item.Members.Count > 0)
                        {
                            yaml.Append(' ');
                            WriteYamlMapping(yaml, item, indent + 4, firstInline: true);
                        }
                        else if (item.Kind == TemplateNodeKind.Sequence && item.Items.Count > 0)
                        {
                            // A list in a list: written in JSON flow style, which is YAML too.
                            yaml.Append(' ').Append(FlowJson(item)).Append('\n');
                        }
                        else
                        {
                            WriteYamlValue(yaml, item, indent + 2);
                        }
                    }

                    break;
                case TemplateNodeKind.Mapping:
                    yaml.Append(" {}\n");
                    break;
                case TemplateNodeKind.Sequence:
                    yaml.Append(" []\n");
                    break;
                case TemplateNodeKind.Ref:
                    yaml.Append(" !Ref ").Append(value.Text).Append('\n');
                    break;
                case TemplateNodeKind.Literal:
                    yaml.Append(' ').Append(value.Text).Append('\n');
                    break;
                default:
                    yaml.Append(' ').Append(YamlScalar(value.Text!)).Append('\n');
                    break;
            }
        }

        private static string FlowJson(TemplateNode node)
        {
            var json = new JsonTextBuilder(indented: false);
            WriteJson(json, node);
            return json.ToString();
        }

        /// <summary>The string plain when that reads back as the same string, else double-quoted with JSON's escapes (YAML's too).</summary>
        private static string YamlScalar(string text)
        {
            if (IsPlainSafe(text))
            {
                return text;
            }

            var json = new JsonTextBuilder(indented: false);
            json.String(text);
            return json.ToString();
        }

        private static bool IsPlainSafe(string text)
        {
            if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '/') || text[text.Length - 1] == ':' || s_yamlWords.Contains(text))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '@' || c == ':' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
