using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TaskDefKit.Terraform;
using TaskDefKit.Validation;

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

        /// <summary>
        /// The message with its marked member names (<see cref="MemberName"/>) in Terraform's spelling: task-level names
        /// renamed, container members kept; a JSON-style suggestion of a task-level name (<c>"network_mode": "awsvpc"</c>)
        /// becomes HCL (<c>network_mode = "awsvpc"</c>). Words that are not marked are text, never renamed ("volumes").
        /// </summary>
        public static string InMessage(string markedMessage) =>
            MemberName.Render(
                JsonSetting().Replace(markedMessage, match => s_taskLevelNames.Contains(match.Groups[1].Value) ? TerraformArgumentNames.ArgumentName(match.Groups[1].Value) + " =" : match.Value),
                name => s_taskLevelNames.Contains(name) ? TerraformArgumentNames.ArgumentName(name) : name);

        [GeneratedRegex("\"\uE000([a-zA-Z]+)\uE001\":", RegexOptions.CultureInvariant)]
        private static partial Regex JsonSetting();
    }
}
