using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Findings speak the input's language: the API's task-level names in a message become Terraform's argument names
    /// (<c>networkMode</c> → <c>network_mode</c>). Container members keep their names: in <c>container_definitions</c>
    /// users write the API's camelCase JSON.
    /// </summary>
    internal static partial class TerraformNames
    {
        private static readonly Dictionary<string, string> s_names = new Dictionary<string, string>
        {
            ["networkMode"] = "network_mode",
            ["requiresCompatibilities"] = "requires_compatibilities",
            ["executionRoleArn"] = "execution_role_arn",
            ["taskRoleArn"] = "task_role_arn",
            ["ephemeralStorage"] = "ephemeral_storage",
            ["placementConstraints"] = "placement_constraints",
            ["runtimePlatform"] = "runtime_platform",
            ["proxyConfiguration"] = "proxy_configuration",
            ["containerDefinitions"] = "container_definitions",
            ["volumes"] = "volume",
            ["inferenceAccelerators"] = "inference_accelerator",
            ["ipcMode"] = "ipc_mode",
            ["pidMode"] = "pid_mode",
            ["sizeInGiB"] = "size_in_gib",
            ["operatingSystemFamily"] = "operating_system_family",
            ["cpuArchitecture"] = "cpu_architecture",
            ["efsVolumeConfiguration"] = "efs_volume_configuration",
            ["dockerVolumeConfiguration"] = "docker_volume_configuration",
            ["fileSystemId"] = "file_system_id",
            ["rootDirectory"] = "root_directory",
            ["transitEncryption"] = "transit_encryption",
            ["transitEncryptionPort"] = "transit_encryption_port",
            ["authorizationConfig"] = "authorization_config",
            ["accessPointId"] = "access_point_id",
            ["configuredAtLaunch"] = "configure_at_launch",
            ["enableFaultInjection"] = "enable_fault_injection",
        };

        /// <summary>Renames task-level names; a JSON-style suggestion (<c>"network_mode": "awsvpc"</c>) becomes HCL (<c>network_mode = "awsvpc"</c>).</summary>
        public static string InMessage(string message) =>
            JsonSetting().Replace(message, match => s_names.TryGetValue(match.Groups[1].Value, out string? snake) ? snake + " =" : match.Value)
                is string hcl ? Names().Replace(hcl, match => s_names.TryGetValue(match.Value, out string? snake) ? snake : match.Value) : message;

        [GeneratedRegex("\"([a-zA-Z]+)\":", RegexOptions.CultureInvariant)]
        private static partial Regex JsonSetting();

        [GeneratedRegex(@"\b[a-z][A-Za-z]+\b", RegexOptions.CultureInvariant)]
        private static partial Regex Names();
    }
}
