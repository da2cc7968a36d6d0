using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// An organisation's rules for its task definitions, declared rather than coded: the <c>policy</c> section of
    /// <c>.taskdefkit.json</c>, which the <c>taskdef</c> tool and the analyzers read (docs/policy.md), or an object set on
    /// <see cref="ValidationOptions.Policy"/>. Each setting left null (or <see cref="ImagePinning.None"/>) is not checked.
    /// Findings are TDK9402–TDK9408 (TDK6033 for <see cref="RequiredTagKeys"/>) and name where the setting was declared.
    /// </summary>
    public sealed class OrganisationPolicy
    {
        /// <summary>
        /// Registry hosts images may come from (<c>public.ecr.aws</c>, <c>*.dkr.ecr.*.amazonaws.com</c>; <c>*</c> matches
        /// any run of characters, case is ignored; an image without a host is from <c>docker.io</c>). An image is allowed
        /// when its registry is listed here or its repository in <see cref="AllowedRepositories"/> (TDK9402).
        /// </summary>
        public IList<string>? AllowedRegistries { get; set; }

        /// <summary>
        /// Repositories images may come from, with their registry host (<c>docker.io/library/nginx</c>,
        /// <c>public.ecr.aws/aws-observability/*</c>); see <see cref="AllowedRegistries"/> (TDK9402).
        /// </summary>
        public IList<string>? AllowedRepositories { get; set; }

        /// <summary>How images must be pinned: by a tag other than <c>latest</c>, or by a digest (TDK9403).</summary>
        public ImagePinning ImagePinning { get; set; }

        /// <summary>
        /// Tag keys every task definition must carry in <c>tags</c> (case-sensitive; TDK6033, Security Hub ECS.15).
        /// <see cref="ValidationOptions.RequiredTagKeys"/> and the configuration file's top-level <c>requiredTagKeys</c>
        /// are other names for this one list.
        /// </summary>
        public IList<string>? RequiredTagKeys { get; set; }

        /// <summary>Fargate task sizes allowed, as <c>cpu/memory</c> in CPU units and MiB (<c>"256/512"</c>, TDK9404).</summary>
        public IList<string>? AllowedFargateSizes { get; set; }

        /// <summary><c>runtimePlatform.operatingSystemFamily</c> values allowed (<c>LINUX</c>, <c>WINDOWS_SERVER_2022_CORE</c>; TDK9405).</summary>
        public IList<string>? AllowedOperatingSystemFamilies { get; set; }

        /// <summary><c>runtimePlatform.cpuArchitecture</c> values allowed (<c>X86_64</c>, <c>ARM64</c>; TDK9405).</summary>
        public IList<string>? AllowedCpuArchitectures { get; set; }

        /// <summary>Fargate platform versions a service may run on (<c>LATEST</c>, <c>1.4.0</c>; TDK9406, judged on CreateService inputs).</summary>
        public IList<string>? AllowedPlatformVersions { get; set; }

        /// <summary>Linux capabilities containers may not add (<c>SYS_ADMIN</c>, <c>NET_RAW</c>; TDK9407).</summary>
        public IList<string>? ForbiddenCapabilities { get; set; }

        /// <summary>Log drivers every container must use, one of them (<c>awslogs</c>; TDK9408).</summary>
        public IList<string>? RequiredLogDrivers { get; set; }

        /// <summary>The file the policy was read from; null for a policy built in code.</summary>
        public string? SourcePath { get; set; }

        /// <summary>The line of each setting in <see cref="SourcePath"/>, by its JSON key (<c>allowedRegistries</c>).</summary>
        public IDictionary<string, int>? SourceLines { get; set; }

        /// <summary>Where a setting comes from, for messages: <c>policy "allowedRegistries" at /repo/.taskdefkit.json:4</c>.</summary>
        internal string Where(string key)
        {
            string name = "policy \"" + key + "\"";
            if (SourcePath is null)
            {
                return name + " of ValidationOptions.Policy";
            }

            return SourceLines != null && SourceLines.TryGetValue(key, out int line)
                ? name + " at " + SourcePath + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : name + " in " + SourcePath;
        }
    }

    /// <summary>How an organisation policy requires images to be pinned (<see cref="OrganisationPolicy.ImagePinning"/>).</summary>
    public enum ImagePinning
    {
        /// <summary>Not checked.</summary>
        None,

        /// <summary>A tag other than <c>latest</c>, or a digest.</summary>
        Tag,

        /// <summary>A digest (<c>@sha256:…</c>).</summary>
        Digest,
    }
}
