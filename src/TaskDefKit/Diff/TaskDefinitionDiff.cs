using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TaskDefKit.Json;

namespace TaskDefKit.Diff
{
    /// <summary>
    /// Compares two task definitions (register input or describe output JSON) as ECS sees them: members only describe
    /// output has, AWS's defaults (<c>essential: true</c>, container <c>cpu: 0</c>, <c>protocol: "tcp"</c>,
    /// <c>hostPort</c> equal to <c>containerPort</c> under awsvpc) and empty lists, objects and nulls are normalised away;
    /// containers, volumes, environment, secrets and port mappings are matched by key, not position. No change means
    /// registering the new definition would only add an identical revision.
    /// </summary>
    public static class TaskDefinitionDiff
    {
        /// <summary>Lists whose items are matched by a key member rather than by position.</summary>
        private static readonly Dictionary<string, string> s_keyedLists = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["environment"] = "name",
            ["secrets"] = "name",
            ["volumes"] = "name",
            ["mountPoints"] = "containerPath",
            ["ulimits"] = "name",
            ["extraHosts"] = "hostname",
            ["dependsOn"] = "containerName",
            ["systemControls"] = "namespace",
            ["resourceRequirements"] = "type",
        };

        /// <summary>Lists that are sets: order carries no meaning to ECS.</summary>
        private static readonly HashSet<string> s_sets = new HashSet<string>(StringComparer.Ordinal)
        {
            "requiresCompatibilities", "links", "dnsServers", "dnsSearchDomains", "dockerSecurityOptions",
        };

        /// <summary>Compares two definitions given as JSON; a describe output (<c>{"taskDefinition": …}</c>) is unwrapped.</summary>
        public static IReadOnlyList<DefinitionChange> Compare(JsonElement oldDefinition, JsonElement newDefinition)
        {
            SortedDictionary<string, (string? Container, string Path, string Value)> before = Flatten(Unwrap(oldDefinition));
            SortedDictionary<string, (string? Container, string Path, string Value)> after = Flatten(Unwrap(newDefinition));
            var changes = new List<DefinitionChange>();
            foreach (string key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                before.TryGetValue(key, out var old);
                after.TryGetValue(key, out var now);
                if (old.Value == now.Value)
                {
                    continue;
                }

                var entry = old.Path != null ? old : now;
                changes.Add(new DefinitionChange(entry.Container, entry.Path, old.Value, now.Value, Classify(entry.Container, entry.Path)));
            }

            return changes;
        }

        /// <summary>The kinds present, in enum order: <c>[Image]</c> alone means an image-only deploy.</summary>
        public static IReadOnlyList<ChangeKind> Kinds(IEnumerable<DefinitionChange> changes) =>
            changes.Select(c => c.Kind).Distinct().OrderBy(k => k).ToList();

        private static JsonElement Unwrap(JsonElement definition) =>
            definition.ValueKind == JsonValueKind.Object && definition.TryGetProperty("taskDefinition", out JsonElement inner) && inner.ValueKind == JsonValueKind.Object
                ? inner
                : definition;

        private static ChangeKind Classify(string? container, string path)
        {
            string head = path.Split('.', '[')[0];
            if (container is null)
            {
                return head switch
                {
                    "cpu" or "memory" => ChangeKind.Size,
                    "executionRoleArn" or "taskRoleArn" => ChangeKind.Roles,
                    _ => ChangeKind.Other,
                };
            }

            return head switch
            {
                "image" => ChangeKind.Image,
                "environment" or "secrets" or "environmentFiles" => ChangeKind.Environment,
                "cpu" or "memory" or "memoryReservation" => ChangeKind.Size,
                _ => ChangeKind.Other,
            };
        }

        private static SortedDictionary<string, (string? Container, string Path, string Value)> Flatten(JsonElement definition)
        {
            var values = new SortedDictionary<string, (string?, string, string)>(StringComparer.Ordinal);
            if (definition.ValueKind != JsonValueKind.Object)
            {
                return values;
            }

            bool awsvpc = definition.TryGetProperty("networkMode", out JsonElement mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() == "awsvpc";
            foreach (JsonProperty member in definition.EnumerateObject())
            {
                if (ReadOnlyMembers.IsReadOnly(member.Name) || member.Name == "tags")
                {
                    continue;
                }

                if (member.Name == "containerDefinitions" && member.Value.ValueKind == JsonValueKind.Array)
                {
                    int index = 0;
                    foreach (JsonElement container in member.Value.EnumerateArray())
                    {
                        string name = container.ValueKind == JsonValueKind.Object && container.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String
                            ? n.GetString()!
                            : "#" + index;
                        index++;
                        if (container.ValueKind == JsonValueKind.Object)
                        {
                            foreach (JsonProperty property in container.EnumerateObject())
                            {
                                if (property.Name != "name" && !IsContainerDefault(property))
                                {
                                    Add(values, name, property.Name, property.Value, awsvpc, 0);
                                }
                            }
                        }
                    }

                    continue;
                }

                JsonElement value = member.Value;
                if ((member.Name == "cpu" || member.Name == "memory") && value.ValueKind == JsonValueKind.Number)
                {
                    // AWS stores task-level sizes as strings: 256 and "256" are the same.
                    values["task\u0000" + member.Name] = (null, member.Name, Quote(value.GetRawText()));
                    continue;
                }

                Add(values, null, member.Name, value, awsvpc, 0);
            }

            return values;
        }

        private static bool IsContainerDefault(JsonProperty property) =>
            (property.Name == "essential" && property.Value.ValueKind == JsonValueKind.True) ||
            (property.Name == "cpu" && property.Value.ValueKind == JsonValueKind.Number && property.Value.GetRawText() == "0");

        private static void Add(SortedDictionary<string, (string?, string, string)> values, string? container, string path, JsonElement value, bool awsvpc, int depth)
        {
            string key = (container is null ? "task" : "container " + container) + "\u0000" + path;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    return;
                case JsonValueKind.Object when depth < 32:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        Add(values, container, path + "." + property.Name, property.Value, awsvpc, depth + 1);
                    }

                    return;
                case JsonValueKind.Array when depth < 32:
                    AddList(values, container, path, value, awsvpc, depth);
                    return;
                default:
                    values[key] = (container, path, Compact(value));
                    return;
            }
        }

        private static void AddList(SortedDictionary<string, (string?, string, string)> values, string? container, string path, JsonElement list, bool awsvpc, int depth)
        {
            string name = path.Substring(path.LastIndexOf('.') + 1);
            if (s_sets.Contains(name))
            {
                var items = list.EnumerateArray().Select(Compact).OrderBy(s => s, StringComparer.Ordinal).ToList();
                if (items.Count > 0)
                {
                    values[(container is null ? "task" : "container " + container) + "\u0000" + path] = (container, path, "[" + string.Join(",", items) + "]");
                }

                return;
            }

            int index = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                string itemPath = path + "[" + ItemKey(name, item, index++) + "]";
                if (name == "portMappings" && item.ValueKind == JsonValueKind.Object)
                {
                    AddPortMapping(values, container, itemPath, item, awsvpc, depth);
                    continue;
                }

                if (s_keyedLists.TryGetValue(name, out string? keyMember) && item.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in item.EnumerateObject())
                    {
                        if (property.Name != keyMember)
                        {
                            Add(values, container, itemPath + "." + property.Name, property.Value, awsvpc, depth + 1);
                        }
                    }

                    // An item that holds only its key still exists.
                    values[(container is null ? "task" : "container " + container) + "\u0000" + itemPath] = (container, itemPath, "{}");
                    continue;
                }

                Add(values, container, itemPath, item, awsvpc, depth + 1);
            }
        }

        private static string ItemKey(string list, JsonElement item, int index)
        {
            if (list == "portMappings" && item.ValueKind == JsonValueKind.Object && item.TryGetProperty("containerPort", out JsonElement port))
            {
                string protocol = item.TryGetProperty("protocol", out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "tcp";
                return port.GetRawText() + "/" + protocol;
            }

            if (s_keyedLists.TryGetValue(list, out string? key) && item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out JsonElement k) && k.ValueKind == JsonValueKind.String)
            {
                return k.GetString()!;
            }

            return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>protocol "tcp" is the default; under awsvpc hostPort is containerPort whether written or not.</summary>
        private static void AddPortMapping(SortedDictionary<string, (string?, string, string)> values, string? container, string itemPath, JsonElement mapping, bool awsvpc, int depth)
        {
            string containerPort = mapping.TryGetProperty("containerPort", out JsonElement c) ? c.GetRawText() : string.Empty;
            foreach (JsonProperty property in mapping.EnumerateObject())
            {
                if (property.Name == "containerPort" || property.Name == "protocol" ||
                    (property.Name == "hostPort" && awsvpc && property.Value.GetRawText() == containerPort))
                {
                    continue;
                }

                Add(values, container, itemPath + "." + property.Name, property.Value, awsvpc, depth + 1);
            }

            values[(container is null ? "task" : "container " + container) + "\u0000" + itemPath] = (container, itemPath, "{}");
        }

        /// <summary>
        /// A string as JSON in one canonical spelling (only the escapes JSON requires), so that <c>"a'b"</c> and
        /// <c>"a\u0027b"</c>, the same string written by two different writers, compare equal.
        /// </summary>
        private static string Quote(string text)
        {
            var json = new JsonTextBuilder(indented: false);
            json.String(text);
            return json.ToString();
        }

        private static string Compact(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return "{" + string.Join(",", value.EnumerateObject().Select(p => Quote(p.Name) + ":" + Compact(p.Value))) + "}";
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                return "[" + string.Join(",", value.EnumerateArray().Select(Compact)) + "]";
            }

            return value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : value.GetRawText();
        }
    }
}
