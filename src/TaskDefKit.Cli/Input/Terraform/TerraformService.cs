using System;
using System.Collections.Generic;
using TaskDefKit.Terraform;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Translates an <c>aws_ecs_service</c>'s (or <c>aws_ecs_cluster</c>'s) arguments into CreateService (CreateCluster)
    /// input: Terraform's shape becomes the API's (<see cref="TerraformServiceNames"/>), single blocks are unwrapped, the
    /// flat <c>deployment_*</c> arguments and <c>alarms</c> gather in <c>deploymentConfiguration</c>, the
    /// <c>network_configuration</c> block is the API's <c>awsvpcConfiguration</c> (its <c>assign_public_ip</c> a bool),
    /// and the rest goes through the CloudFormation translation, which matches names case-insensitively and treats
    /// unknown values (references, variables, functions, dynamic blocks) as unknown: left out, never findings.
    /// </summary>
    internal static class TerraformService
    {
        public const string ServiceType = "aws_ecs_service";

        public const string ClusterType = "aws_ecs_cluster";

        /// <summary>Blocks Terraform allows once where the API has an object (a list of one in Terraform's shape).</summary>
        private static readonly HashSet<string> s_singleBlocks = new HashSet<string>(StringComparer.Ordinal)
        {
            "network_configuration", "deployment_circuit_breaker", "deployment_controller", "alarms", "deployment_configuration",
            "service_connect_configuration", "log_configuration", "timeout", "tls", "issuer_cert_authority", "managed_ebs_volume",
            "canary_configuration", "linear_configuration", "access_log_configuration", "test_traffic_rules", "header", "value",
            "advanced_configuration", "configuration", "execute_command_configuration", "managed_storage_configuration",
            "service_connect_defaults",
        };

        /// <summary>Terraform-only arguments (meta-arguments, provider behaviour, computed attributes).</summary>
        private static readonly HashSet<string> s_terraformOnly = new HashSet<string>(StringComparer.Ordinal)
        {
            "tags_all", "force_new_deployment", "wait_for_steady_state", "triggers", "force_delete", "sigint_rollback",
            "id", "arn", "region", "count", "for_each", "provider", "depends_on", "lifecycle", "timeouts",
        };

        /// <summary>Maps whose keys are the user's, not member names.</summary>
        private static readonly HashSet<string> s_userMaps = new HashSet<string>(StringComparer.Ordinal)
        {
            "options",
        };

        public static TranslatedDocument TranslateService(TerraformResource resource) => Translate(resource, cluster: false);

        public static TranslatedDocument TranslateCluster(TerraformResource resource) => Translate(resource, cluster: true);

        private static TranslatedDocument Translate(TerraformResource resource, bool cluster)
        {
            SourceNode properties = cluster ? Arguments(resource.Values, 0, cluster: true) : ServiceArguments(resource.Values);
            TranslatedDocument document = CloudFormationTranslator.Translate(
                cluster ? CloudFormation.TranslationProfile.Cluster : CloudFormation.TranslationProfile.Service, resource.Address, resource.Values, properties);
            return new TranslatedDocument(document.Json, resource.Address, document.Positions, document.Unknown, document.UnknownExact)
            {
                PlaceholderJson = document.PlaceholderJson,
                KeyPositions = document.KeyPositions,
                Naming = jsonName => TerraformServiceNames.TerraformName(jsonName, cluster),
            };
        }

        /// <summary>The service's arguments, with the deployment settings gathered into one <c>deploymentConfiguration</c>.</summary>
        private static SourceNode ServiceArguments(SourceNode values)
        {
            SourceNode result = Arguments(values, 0, cluster: false, skip: key => TerraformServiceNames.DeploymentMembers.ContainsKey(key) || key == "deployment_configuration");
            SourceNode? deployment = null;
            foreach (KeyValuePair<string, SourceNode> member in values.Members)
            {
                string key = member.Key;
                if (key == "deployment_configuration" && Single(key, member.Value) is SourceNode block)
                {
                    if (block.Kind != SourceNodeKind.Mapping)
                    {
                        deployment ??= SourceNode.Mapping(block.Line, block.Column);
                        TerraformNodes.Add(deployment, "strategy", block);
                        continue;
                    }

                    SourceNode converted = Arguments(block, 1, cluster: false);
                    deployment ??= SourceNode.Mapping(block.Line, block.Column);
                    foreach (KeyValuePair<string, SourceNode> inner in converted.Members)
                    {
                        TerraformNodes.Add(deployment, inner.Key, inner.Value);
                    }
                }
                else if (TerraformServiceNames.DeploymentMembers.TryGetValue(key, out string? apiName) && Single(key, member.Value) is SourceNode value)
                {
                    deployment ??= SourceNode.Mapping(value.Line, value.Column);
                    TerraformNodes.Add(deployment, apiName, value.Kind == SourceNodeKind.Mapping ? Arguments(value, 1, cluster: false) : value);
                }
            }

            if (deployment != null)
            {
                TerraformNodes.Add(result, "deploymentConfiguration", deployment);
            }

            return result;
        }

        private static SourceNode Arguments(SourceNode values, int depth, bool cluster, Func<string, bool>? skip = null)
        {
            SourceNode result = SourceNode.Mapping(values.Line, values.Column, values.Tag);
            foreach (KeyValuePair<string, SourceNode> member in values.Members)
            {
                string key = member.Key;
                if ((depth == 0 && (s_terraformOnly.Contains(key) || (skip != null && skip(key)))) || Single(key, member.Value) is not SourceNode value)
                {
                    continue;
                }

                SourceNode converted;
                if (depth == 0 && !cluster && key == "network_configuration" && value.Kind == SourceNodeKind.Mapping)
                {
                    converted = SourceNode.Mapping(value.Line, value.Column);
                    TerraformNodes.Add(converted, "awsvpcConfiguration", AwsVpc(value));
                }
                else if (depth == 0 && key == "tags" && value.Kind == SourceNodeKind.Mapping)
                {
                    converted = Tags(value);
                }
                else if (s_userMaps.Contains(key))
                {
                    converted = value;
                }
                else
                {
                    converted = Convert(value, depth + 1, cluster);
                }

                TerraformNodes.Add(result, TerraformServiceNames.ApiName(key, depth == 0, cluster) ?? TerraformTaskDefinition.Pascal(key), converted);
            }

            return result;
        }

        /// <summary>A single block's one object (unset or repeated: null), any other value as it is; unset values are null.</summary>
        private static SourceNode? Single(string key, SourceNode value)
        {
            if (TerraformTaskDefinition.IsUnset(value))
            {
                return null;
            }

            if (s_singleBlocks.Contains(key) && value.Kind == SourceNodeKind.Sequence)
            {
                return value.Items.Count == 1 ? value.Items[0] : null;
            }

            return value;
        }

        /// <summary>Terraform's <c>tags = { team = "web" }</c> is the API's <c>[{key, value}]</c>.</summary>
        private static SourceNode Tags(SourceNode map)
        {
            SourceNode list = SourceNode.Sequence(map.Line, map.Column);
            foreach (KeyValuePair<string, SourceNode> entry in map.Members)
            {
                SourceNode pair = SourceNode.Mapping(entry.Value.Line, entry.Value.Column);
                TerraformNodes.Add(pair, "key", SourceNode.Scalar(entry.Key, ScalarStyle.Quoted, entry.Value.Line, entry.Value.Column));
                TerraformNodes.Add(pair, "value", entry.Value);
                list.Items.Add(pair);
            }

            return list;
        }

        /// <summary><c>network_configuration</c>: <c>assign_public_ip = true</c> is the API's <c>ENABLED</c>.</summary>
        private static SourceNode AwsVpc(SourceNode block)
        {
            SourceNode converted = Arguments(block, 1, cluster: false);
            SourceNode result = SourceNode.Mapping(converted.Line, converted.Column, converted.Tag);
            foreach (KeyValuePair<string, SourceNode> member in converted.Members)
            {
                SourceNode value = member.Value;
                if (member.Key == "AssignPublicIp" && value.Kind == SourceNodeKind.Scalar && value.Tag is null && value.Text is string text
                    && (text == "true" || text == "false"))
                {
                    value = SourceNode.Scalar(text == "true" ? "ENABLED" : "DISABLED", ScalarStyle.Quoted, value.Line, value.Column);
                }

                TerraformNodes.Add(result, member.Key, value);
            }

            return result;
        }

        private static SourceNode Convert(SourceNode value, int depth, bool cluster)
        {
            switch (value.Kind)
            {
                case SourceNodeKind.Mapping when depth < 16:
                    return Arguments(value, depth, cluster);
                case SourceNodeKind.Sequence when depth < 16:
                {
                    SourceNode list = SourceNode.Sequence(value.Line, value.Column, value.Tag);
                    foreach (SourceNode item in value.Items)
                    {
                        list.Items.Add(Convert(item, depth, cluster));
                    }

                    return list;
                }

                default:
                    return value;
            }
        }
    }
}
