using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Policy
{
    /// <summary>
    /// Reads what a <c>.taskdefkit.json</c> asks of task definitions (<see cref="ConfigPolicy"/>): its <c>policy</c>
    /// section, the older top-level <c>requiredTagKeys</c>, which is the same list as <c>policy.requiredTagKeys</c> (giving
    /// both is a problem: the list has one place), and the top-level <c>requireAwsvpcNetworkMode</c>. The tool turns a
    /// problem into a usage error, the analyzer into one TDK9401 diagnostic; both get the same text, which names the
    /// file, the line and, for an unknown key, the valid ones.
    /// </summary>
    internal static class PolicyReader
    {
        public const string SectionKey = "policy";

        /// <summary>The top-level key that turns on TDK6034.</summary>
        public const string RequireAwsvpcKey = "requireAwsvpcNetworkMode";

        /// <summary>The keys of the <c>policy</c> section, in the order docs/policy.md lists them.</summary>
        public static IReadOnlyList<string> Keys { get; } = new[]
        {
            "allowedRegistries", "allowedRepositories", "imagePinning", "requiredTagKeys", "allowedFargateSizes",
            "allowedOperatingSystemFamilies", "allowedCpuArchitectures", "allowedPlatformVersions", "forbiddenCapabilities",
            "requiredLogDriver",
        };

        /// <summary>What a configuration file asks of task definitions (<see cref="ConfigPolicy.None"/> when nothing), or null when it cannot be read.</summary>
        /// <param name="text">The whole configuration file.</param>
        /// <param name="path">The file's path, for messages and <see cref="OrganisationPolicy.SourcePath"/>.</param>
        /// <param name="problem">What is wrong, as <c>path:line: …</c>, when the result is null because of it.</param>
        /// <param name="problemLine">The 1-based line of the problem.</param>
        public static ConfigPolicy? ReadConfig(string text, string path, out string? problem, out int problemLine)
        {
            OrganisationPolicy? policy = ReadPolicy(text, path, out problem, out problemLine, out PolicyJson? root);
            if (problem != null || root is null)
            {
                return null;
            }

            bool requireAwsvpc = false;
            for (int i = 0; i < root.Members.Count; i++)
            {
                PolicyJson value = root.Members[i].Value;
                if (!string.Equals(root.Members[i].Key, RequireAwsvpcKey, StringComparison.OrdinalIgnoreCase) || value.Kind == PolicyJsonKind.Null)
                {
                    continue;
                }

                if (value.Kind != PolicyJsonKind.Boolean)
                {
                    return Fail<ConfigPolicy>(path, root.MemberLines[i], "\"" + RequireAwsvpcKey + "\" must be true or false, not " + value.Describe(), out problem, out problemLine);
                }

                requireAwsvpc = value.Text == "true";
            }

            return policy is null && !requireAwsvpc ? ConfigPolicy.None : new ConfigPolicy(policy, requireAwsvpc);
        }

        /// <summary>The organisation policy of a configuration file (<see cref="ReadConfig"/>), or null when it declares none or has a problem.</summary>
        public static OrganisationPolicy? Read(string text, string path, out string? problem, out int problemLine) =>
            ReadConfig(text, path, out problem, out problemLine)?.Policy;

        private static OrganisationPolicy? ReadPolicy(string text, string path, out string? problem, out int problemLine, out PolicyJson? root)
        {
            problem = null;
            problemLine = 0;
            root = PolicyJson.Parse(text, out int errorLine, out string? error);
            if (root is null)
            {
                return Fail(path, errorLine, "not valid JSON: " + error, out problem, out problemLine);
            }

            if (root.Kind != PolicyJsonKind.Object)
            {
                return Fail(path, root.Line, "the configuration file must be one JSON object", out problem, out problemLine);
            }

            var policy = new OrganisationPolicy { SourcePath = path, SourceLines = new Dictionary<string, int>(StringComparer.Ordinal) };
            bool any = false;
            int topLevelTagsLine = 0;
            for (int i = 0; i < root.Members.Count; i++)
            {
                string key = root.Members[i].Key;
                PolicyJson value = root.Members[i].Value;
                if (string.Equals(key, "requiredTagKeys", StringComparison.OrdinalIgnoreCase) && value.Kind != PolicyJsonKind.Null)
                {
                    topLevelTagsLine = root.MemberLines[i];
                    if (value.Kind == PolicyJsonKind.Array && value.Items.Count == 0)
                    {
                        continue; // An empty list has always meant "none required".
                    }

                    if (!Strings(value, "requiredTagKeys", path, out List<string>? keys, out problem, out problemLine))
                    {
                        return null;
                    }

                    policy.RequiredTagKeys = keys;
                    policy.SourceLines["requiredTagKeys"] = topLevelTagsLine;
                    any = true;
                }
            }

            for (int i = 0; i < root.Members.Count; i++)
            {
                if (!string.Equals(root.Members[i].Key, SectionKey, StringComparison.OrdinalIgnoreCase) || root.Members[i].Value.Kind == PolicyJsonKind.Null)
                {
                    continue;
                }

                PolicyJson section = root.Members[i].Value;
                if (section.Kind != PolicyJsonKind.Object)
                {
                    return Fail(path, section.Line, "\"policy\" must be an object with the keys " + string.Join(", ", Keys) + ", not " + section.Describe(), out problem, out problemLine);
                }

                for (int m = 0; m < section.Members.Count; m++)
                {
                    string key = section.Members[m].Key;
                    int line = section.MemberLines[m];
                    string? known = Find(key);
                    if (known is null)
                    {
                        return Fail(path, line, "unknown key '" + key + "' in \"policy\"; valid keys: " + string.Join(", ", Keys), out problem, out problemLine);
                    }

                    if (known == "requiredTagKeys" && topLevelTagsLine > 0)
                    {
                        return Fail(path, line, "\"requiredTagKeys\" is given both at the top level (line " + topLevelTagsLine.ToString(CultureInfo.InvariantCulture) + ") and in \"policy\"; keep the one in \"policy\"", out problem, out problemLine);
                    }

                    if (!Apply(policy, known, section.Members[m].Value, path, out problem, out problemLine))
                    {
                        return null;
                    }

                    policy.SourceLines[known] = line;
                    any = true;
                }
            }

            return any ? policy : null;
        }

        private static string? Find(string key)
        {
            foreach (string known in Keys)
            {
                if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            return null;
        }

        private static bool Apply(OrganisationPolicy policy, string key, PolicyJson value, string path, out string? problem, out int problemLine)
        {
            problem = null;
            problemLine = 0;
            List<string>? list;
            switch (key)
            {
                case "imagePinning":
                    string? pinning = value.Kind == PolicyJsonKind.String ? value.Text!.ToLowerInvariant() : null;
                    if (pinning != "tag" && pinning != "digest")
                    {
                        Fail(path, value.Line, "\"policy.imagePinning\" must be \"tag\" (any tag but latest, or a digest) or \"digest\"", out problem, out problemLine);
                        return false;
                    }

                    policy.ImagePinning = pinning == "tag" ? ImagePinning.Tag : ImagePinning.Digest;
                    return true;
                case "requiredLogDriver":
                    // One driver as a string, or a list of drivers of which each container must use one.
                    if (value.Kind == PolicyJsonKind.String && !string.IsNullOrWhiteSpace(value.Text))
                    {
                        list = new List<string> { value.Text! };
                    }
                    else if (!Strings(value, "policy.requiredLogDriver", path, out list, out problem, out problemLine))
                    {
                        return false;
                    }

                    policy.RequiredLogDrivers = list;
                    return true;
            }

            if (!Strings(value, "policy." + key, path, out list, out problem, out problemLine))
            {
                return false;
            }

            switch (key)
            {
                case "allowedRegistries":
                    policy.AllowedRegistries = list;
                    break;
                case "allowedRepositories":
                    policy.AllowedRepositories = list;
                    break;
                case "requiredTagKeys":
                    policy.RequiredTagKeys = list;
                    break;
                case "allowedFargateSizes":
                    for (int i = 0; i < list!.Count; i++)
                    {
                        if (!PolicyMatching.TryParseSize(list[i], out int cpu, out int memory) || !FargateSizes.IsValid(cpu, memory, windows: false))
                        {
                            Fail(path, value.Items[i].Line, "\"policy.allowedFargateSizes\" entry '" + list[i] + "' is not a Fargate task size written as cpu/memory in CPU units and MiB, like \"256/512\" or \"1024/2048\"", out problem, out problemLine);
                            return false;
                        }
                    }

                    policy.AllowedFargateSizes = list;
                    break;
                case "allowedOperatingSystemFamilies":
                    policy.AllowedOperatingSystemFamilies = list;
                    break;
                case "allowedCpuArchitectures":
                    policy.AllowedCpuArchitectures = list;
                    break;
                case "allowedPlatformVersions":
                    policy.AllowedPlatformVersions = list;
                    break;
                case "forbiddenCapabilities":
                    policy.ForbiddenCapabilities = list;
                    break;
            }

            return true;
        }

        /// <summary>A non-empty array of non-empty strings.</summary>
        private static bool Strings(PolicyJson value, string name, string path, out List<string>? list, out string? problem, out int problemLine)
        {
            list = null;
            problem = null;
            problemLine = 0;
            if (value.Kind != PolicyJsonKind.Array || value.Items.Count == 0)
            {
                Fail(path, value.Line, "\"" + name + "\" must be a non-empty array of strings, like [\"a\", \"b\"], not " + (value.Kind == PolicyJsonKind.Array ? "an empty array" : value.Describe()), out problem, out problemLine);
                return false;
            }

            list = new List<string>(value.Items.Count);
            foreach (PolicyJson item in value.Items)
            {
                if (item.Kind != PolicyJsonKind.String || string.IsNullOrWhiteSpace(item.Text))
                {
                    Fail(path, item.Line, "\"" + name + "\" must list non-empty " + Noun(name) + ", not " + (item.Kind == PolicyJsonKind.String ? "an empty one" : item.Describe()), out problem, out problemLine);
                    list = null;
                    return false;
                }

                list.Add(item.Text!);
            }

            return true;
        }

        /// <summary>What a list holds, for messages.</summary>
        private static string Noun(string name) => name.Substring(name.LastIndexOf('.') + 1) switch
        {
            "allowedRegistries" => "registry hosts",
            "allowedRepositories" => "repositories",
            "requiredTagKeys" => "tag keys",
            "allowedFargateSizes" => "sizes",
            "allowedOperatingSystemFamilies" => "operating system families",
            "allowedCpuArchitectures" => "CPU architectures",
            "allowedPlatformVersions" => "platform versions",
            "forbiddenCapabilities" => "capabilities",
            "requiredLogDriver" => "log drivers",
            _ => "strings",
        };

        private static T? Fail<T>(string path, int line, string message, out string? problem, out int problemLine)
            where T : class
        {
            problemLine = line;
            problem = path + ":" + line.ToString(CultureInfo.InvariantCulture) + ": " + message;
            return null;
        }

        private static OrganisationPolicy? Fail(string path, int line, string message, out string? problem, out int problemLine) =>
            Fail<OrganisationPolicy>(path, line, message, out problem, out problemLine);
    }
}
