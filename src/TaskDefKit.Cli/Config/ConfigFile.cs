using System.Collections.Generic;

namespace TaskDefKit.Cli.Config
{
    /// <summary>
    /// The project configuration file, <c>.taskdefkit.json</c> (found upward from each validated file) or the file
    /// named by <c>--config</c>:
    /// <code>
    /// { "ignore": ["TDK2007"], "severity": { "TDK2008": "error", "TDK6003": "none" }, "launchType": "FARGATE", "maxFileSize": 10485760,
    ///   "requiredTagKeys": ["team", "env"], "requireAwsvpcNetworkMode": true,
    ///   "policy": { "allowedRegistries": ["public.ecr.aws"], "imagePinning": "digest" } }
    /// </code>
    /// Command-line options win over the file.
    /// </summary>
    internal sealed class ConfigFile
    {
        /// <summary>Rule IDs never reported.</summary>
        public List<string>? Ignore { get; set; }

        /// <summary>Rule ID → error, warning, info or none (none is the same as ignoring the rule).</summary>
        public Dictionary<string, string>? Severity { get; set; }

        /// <summary>Validate as if run on this launch type (FARGATE, EC2, EXTERNAL, MANAGED_INSTANCES).</summary>
        public string? LaunchType { get; set; }

        /// <summary>The largest input in bytes.</summary>
        public long? MaxFileSize { get; set; }

        /// <summary>Tag keys every task definition must carry (TDK6033, Security Hub ECS.15); case-sensitive.</summary>
        public List<string>? RequiredTagKeys { get; set; }

        /// <summary>
        /// The organisation policy (docs/policy.md). Kept as JSON here so the key is known and its type checked; the shared
        /// policy reader reads it from the file's text (<see cref="ResolvedPolicy"/>), the way the analyzers do, with lines.
        /// </summary>
        public System.Text.Json.JsonElement? Policy { get; set; }

        /// <summary>
        /// What the file asks of task definitions (the policy with <see cref="RequiredTagKeys"/>, its other spelling, and
        /// <see cref="RequireAwsvpcNetworkMode"/>), read by the reader the analyzers use. A field: not a key.
        /// </summary>
        internal TaskDefKit.Validation.Policy.ConfigPolicy ResolvedPolicy = TaskDefKit.Validation.Policy.ConfigPolicy.None;

        /// <summary>Turns on TDK6034: a network mode other than awsvpc (Control Tower CT.ECS.PR.4). Typed here so a wrong value is named; applied through <see cref="ResolvedPolicy"/>.</summary>
        public bool? RequireAwsvpcNetworkMode { get; set; }
    }
}
