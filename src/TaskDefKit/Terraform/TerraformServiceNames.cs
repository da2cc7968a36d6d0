using System;
using System.Collections.Generic;
namespace TaskDefKit.Terraform
{
    /// <summary>
    /// How the AWS provider's <c>aws_ecs_service</c> and <c>aws_ecs_cluster</c> name the CreateService/CreateCluster
    /// members: snake_case of the API's name, except the names below. The reader uses the tables one way
    /// (<see cref="ApiName"/>), findings and <see cref="TerraformWriter"/> the other (<see cref="TerraformName"/>,
    /// <see cref="ArgumentName"/>), so they cannot drift apart.
    /// </summary>
    internal static class TerraformServiceNames
    {
        /// <summary>Top-level arguments of <c>aws_ecs_service</c> whose API name is not their camelCase: API name → Terraform name.</summary>
        private static readonly Dictionary<string, string> s_serviceTopLevel = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["serviceName"] = "name",
            ["role"] = "iam_role",
            ["loadBalancers"] = "load_balancer",
            ["placementStrategy"] = "ordered_placement_strategy",
            ["volumeConfigurations"] = "volume_configuration",
        };

        /// <summary>Top-level arguments of <c>aws_ecs_cluster</c>: API name → Terraform name.</summary>
        private static readonly Dictionary<string, string> s_clusterTopLevel = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["clusterName"] = "name",
            ["settings"] = "setting",
        };

        /// <summary>
        /// Flat arguments of <c>aws_ecs_service</c> that the API nests in <c>deploymentConfiguration</c>: Terraform name →
        /// member name there (the <c>deployment_configuration</c> block's own members are merged in too).
        /// </summary>
        public static readonly Dictionary<string, string> DeploymentMembers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["deployment_maximum_percent"] = "maximumPercent",
            ["deployment_minimum_healthy_percent"] = "minimumHealthyPercent",
            ["deployment_circuit_breaker"] = "deploymentCircuitBreaker",
            ["alarms"] = "alarms",
        };

        /// <summary>Nested block and argument names (any depth below the top): API name → Terraform name.</summary>
        private static readonly Dictionary<string, string> s_nested = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["loadBalancerName"] = "elb_name",
            ["managedEBSVolume"] = "managed_ebs_volume",
            ["sizeInGiB"] = "size_in_gb",
            ["filesystemType"] = "file_system_type",
            ["services"] = "service",
            ["clientAliases"] = "client_alias",
            ["secretOptions"] = "secret_option",
            ["issuerCertificateAuthority"] = "issuer_cert_authority",
            ["lifecycleHooks"] = "lifecycle_hook",
        };

        private static readonly Dictionary<string, string> s_serviceTopLevelReverse = Reverse(s_serviceTopLevel);
        private static readonly Dictionary<string, string> s_clusterTopLevelReverse = Reverse(s_clusterTopLevel);
        private static readonly Dictionary<string, string> s_nestedReverse = Reverse(s_nested);
        private static readonly Dictionary<string, string> s_deploymentReverse = Reverse(DeploymentMembers);

        /// <summary>The API member name for a Terraform argument (null: the API's name matched case-insensitively once underscores go).</summary>
        public static string? ApiName(string argument, bool topLevel, bool cluster)
        {
            Dictionary<string, string> table = topLevel ? (cluster ? s_clusterTopLevelReverse : s_serviceTopLevelReverse) : s_nestedReverse;
            return table.TryGetValue(argument, out string? name) ? name : null;
        }

        /// <summary>
        /// A finding's member name (a name or a dotted path of the API's) in Terraform's words:
        /// <c>networkConfiguration.awsvpcConfiguration.subnets</c> → <c>network_configuration.subnets</c>,
        /// <c>deploymentConfiguration.maximumPercent</c> → <c>deployment_maximum_percent</c>.
        /// </summary>
        public static string TerraformName(string jsonName, bool cluster)
        {
            string[] segments = jsonName.Split('.');
            var names = new List<string>(segments.Length);
            for (int i = 0; i < segments.Length; i++)
            {
                string segment = segments[i];
                if (segment == "awsvpcConfiguration" && names.Count > 0)
                {
                    // Terraform's network_configuration block is the API's awsvpcConfiguration: one level, not two.
                    continue;
                }

                if (segment == "deploymentConfiguration" && i + 1 < segments.Length && s_deploymentReverse.ContainsKey(segments[i + 1]))
                {
                    continue;
                }

                names.Add(Segment(segment, names.Count == 0, cluster));
            }

            return string.Join(".", names);
        }

        /// <summary>The argument or block name for an API member name, at the top of the resource or nested.</summary>
        public static string ArgumentName(string jsonName, bool topLevel, bool cluster) => Segment(jsonName, topLevel, cluster);

        private static string Segment(string jsonName, bool first, bool cluster)
        {
            if (jsonName == "containerInsights")
            {
                // A cluster setting's name (setting { name = "containerInsights" }), not an argument: as the user writes it.
                return jsonName;
            }

            if (jsonName == "awsvpcConfiguration")
            {
                return "network_configuration";
            }

            if (first && (cluster ? s_clusterTopLevel : s_serviceTopLevel).TryGetValue(jsonName, out string? top))
            {
                return top;
            }

            if (!cluster && s_deploymentReverse.TryGetValue(jsonName, out string? deployment))
            {
                return deployment;
            }

            return s_nested.TryGetValue(jsonName, out string? nested) ? nested : TerraformArgumentNames.SnakeCase(jsonName);
        }

        private static Dictionary<string, string> Reverse(Dictionary<string, string> table)
        {
            var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> entry in table)
            {
                reverse[entry.Value] = entry.Key;
            }

            return reverse;
        }
    }
}
