using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TaskDefKit.Terraform;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Findings speak the input's language: the API's task-level names in a message become Terraform's argument names
    /// (<c>networkMode</c> → <c>network_mode</c>). Container members keep their names: in <c>container_definitions</c>
    /// users write the API's camelCase JSON.
    /// </summary>
    internal static partial class TerraformNames
    {
        // Which API names are task-level arguments (container members keep their JSON names); their Terraform spelling
        // comes from TerraformArgumentNames, the table the .tf reader and writer use, so the three cannot drift apart.
        private static readonly HashSet<string> s_taskLevelNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "networkMode",
            "requiresCompatibilities",
            "executionRoleArn",
            "taskRoleArn",
            "ephemeralStorage",
            "placementConstraints",
            "runtimePlatform",
            "proxyConfiguration",
            "containerDefinitions",
            "volumes",
            "inferenceAccelerators",
            "ipcMode",
            "pidMode",
            "sizeInGiB",
            "operatingSystemFamily",
            "cpuArchitecture",
            "efsVolumeConfiguration",
            "dockerVolumeConfiguration",
            "fileSystemId",
            "rootDirectory",
            "transitEncryption",
            "transitEncryptionPort",
            "authorizationConfig",
            "accessPointId",
            "configuredAtLaunch",
            "enableFaultInjection",
        };

        /// <summary>Renames task-level names; a JSON-style suggestion (<c>"network_mode": "awsvpc"</c>) becomes HCL (<c>network_mode = "awsvpc"</c>).</summary>
        public static string InMessage(string message) =>
            JsonSetting().Replace(message, match => s_taskLevelNames.Contains(match.Groups[1].Value) ? TerraformArgumentNames.ArgumentName(match.Groups[1].Value) + " =" : match.Value)
                is string hcl ? Names().Replace(hcl, match => s_taskLevelNames.Contains(match.Value) ? TerraformArgumentNames.ArgumentName(match.Value) : match.Value) : message;

        [GeneratedRegex("\"([a-zA-Z]+)\":", RegexOptions.CultureInvariant)]
        private static partial Regex JsonSetting();

        [GeneratedRegex(@"\b[a-z][A-Za-z]+\b", RegexOptions.CultureInvariant)]
        private static partial Regex Names();
    }
}
