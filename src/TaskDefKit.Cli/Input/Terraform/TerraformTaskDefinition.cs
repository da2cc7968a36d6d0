using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Terraform;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Translates an <c>aws_ecs_task_definition</c>'s arguments into register-input JSON. Terraform's shape becomes
    /// the API's: snake_case names match the model's names once the underscores go (the translation is the
    /// CloudFormation one, which matches names case-insensitively), single blocks are unwrapped, <c>host_path</c>
    /// becomes <c>host.sourcePath</c>, <c>proxy_configuration.properties</c> a name/value list, and
    /// <c>container_definitions</c> (a JSON string, <c>jsonencode</c> of HCL, a heredoc, a file) the container list.
    /// Unset values (null, "", empty blocks) are left out, as Terraform does; unknown values are never errors.
    /// </summary>
    internal static class TerraformTaskDefinition
    {
        /// <summary>Blocks Terraform allows once: a list of one object in its shape, an object in the API's.</summary>
        private static readonly HashSet<string> s_singleBlocks = new HashSet<string>(StringComparer.Ordinal)
        {
            "ephemeral_storage", "runtime_platform", "proxy_configuration", "efs_volume_configuration", "authorization_config",
            "docker_volume_configuration", "fsx_windows_file_server_volume_configuration",
        };

        /// <summary>Terraform-only arguments and computed attributes: not part of the API's task definition.</summary>
        private static readonly HashSet<string> s_terraformOnly = new HashSet<string>(StringComparer.Ordinal)
        {
            "tags", "tags_all", "skip_destroy", "track_latest", "arn", "arn_without_revision", "revision", "id", "region",
            "count", "for_each", "provider", "depends_on", "lifecycle",
        };

        /// <summary>Maps whose keys are the user's, not member names.</summary>
        private static readonly HashSet<string> s_userMaps = new HashSet<string>(StringComparer.Ordinal)
        {
            "driver_opts", "labels", "properties",
        };

        public static TranslatedDocument Translate(TerraformResource resource, List<(string Message, int Line, int Column)> problems)
        {
            SourceNode properties = Arguments(resource.Values, resource, problems, 0);
            TranslatedDocument document = CloudFormationTranslator.Translate(resource.Address, resource.Values, properties);
            // Naming stays null: messages keep the API's names, which TerraformNames turns into Terraform's.
            return new TranslatedDocument(document.Json, resource.Address, document.Positions, document.Unknown, document.UnknownExact)
            {
                PlaceholderJson = document.PlaceholderJson,
                KeyPositions = document.KeyPositions,
            };
        }

        private static SourceNode Arguments(SourceNode values, TerraformResource resource, List<(string, int, int)> problems, int depth)
        {
            SourceNode result = SourceNode.Mapping(values.Line, values.Column, values.Tag);
            foreach (KeyValuePair<string, SourceNode> member in values.Members)
            {
                string key = member.Key;
                SourceNode value = member.Value;
                if ((depth == 0 && s_terraformOnly.Contains(key)) || IsUnset(value))
                {
                    continue;
                }

                if (s_singleBlocks.Contains(key) && value.Kind == SourceNodeKind.Sequence)
                {
                    if (value.Items.Count != 1)
                    {
                        continue;
                    }

                    value = value.Items[0];
                }

                SourceNode converted;
                if (depth == 0 && key == "container_definitions")
                {
                    converted = TerraformContainerJson.Read(value, resource, problems);
                }
                else if (key == "host_path" && value.Kind == SourceNodeKind.Scalar && depth == 1)
                {
                    converted = SourceNode.Mapping(value.Line, value.Column);
                    TerraformNodes.Add(converted, "SourcePath", value);
                    key = "host";
                }
                else if (key == "properties" && value.Kind == SourceNodeKind.Mapping && depth == 1)
                {
                    converted = NameValueList(value);
                }
                else if (s_userMaps.Contains(key))
                {
                    converted = value;
                }
                else
                {
                    converted = Convert(value, resource, problems, depth + 1);
                }

                TerraformNodes.Add(result, TerraformArgumentNames.JsonName(key) ?? Pascal(key), converted);
            }

            return result;
        }

        private static SourceNode Convert(SourceNode value, TerraformResource resource, List<(string, int, int)> problems, int depth)
        {
            switch (value.Kind)
            {
                case SourceNodeKind.Mapping when depth < 16:
                    return Arguments(value, resource, problems, depth);
                case SourceNodeKind.Sequence when depth < 16:
                {
                    SourceNode list = SourceNode.Sequence(value.Line, value.Column, value.Tag);
                    foreach (SourceNode item in value.Items)
                    {
                        list.Items.Add(Convert(item, resource, problems, depth));
                    }

                    return list;
                }

                default:
                    return value;
            }
        }

        /// <summary>Terraform's <c>properties = { AppPorts = "8080" }</c> is the API's <c>[{name, value}]</c>.</summary>
        private static SourceNode NameValueList(SourceNode map)
        {
            SourceNode list = SourceNode.Sequence(map.Line, map.Column);
            foreach (KeyValuePair<string, SourceNode> entry in map.Members)
            {
                SourceNode pair = SourceNode.Mapping(entry.Value.Line, entry.Value.Column);
                TerraformNodes.Add(pair, "Name", SourceNode.Scalar(entry.Key, ScalarStyle.Quoted, entry.Value.Line, entry.Value.Column));
                TerraformNodes.Add(pair, "Value", entry.Value);
                list.Items.Add(pair);
            }

            return list;
        }

        internal static bool IsUnset(SourceNode value) =>
            value.Tag is null &&
            ((value.Kind == SourceNodeKind.Scalar && (value.Text is null || (value.Text.Length == 0 && value.Style == ScalarStyle.Quoted))) ||
             (value.Kind == SourceNodeKind.Sequence && value.Items.Count == 0));

        /// <summary><c>network_mode</c> → <c>NetworkMode</c> (matched case-insensitively against the model's names).</summary>
        public static string Pascal(string snake)
        {
            var name = new StringBuilder(snake.Length);
            bool upper = true;
            foreach (char c in snake)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }

                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return name.ToString();
        }
    }
}
