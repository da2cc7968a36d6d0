using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Ecr
{
    /// <summary>
    /// Reads lifecycle policy text into <see cref="LifecyclePolicy"/>. It never throws: malformed JSON, wrong member
    /// types and members outside the grammar become <see cref="LifecyclePolicy.ReadProblems"/> (reported as TDK9201),
    /// and whatever is well-formed is still read so the grammar rules can judge it.
    /// </summary>
    internal static class LifecyclePolicyReader
    {
        private static readonly HashSet<string> RuleMembers = new HashSet<string>(StringComparer.Ordinal) { "rulePriority", "description", "selection", "action" };
        private static readonly HashSet<string> SelectionMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "tagStatus", "tagPatternList", "tagPrefixList", "storageClass", "countType", "countUnit", "countNumber",
        };

        private static readonly HashSet<string> ActionMembers = new HashSet<string>(StringComparer.Ordinal) { "type", "targetStorageClass" };

        public static LifecyclePolicy Read(byte[] utf8, int textLength)
        {
            var policy = new LifecyclePolicy { TextLength = textLength };
            if (textLength > LifecyclePolicy.MaxTextLength)
            {
                return policy; // ECR refuses it whole (TDK9201); judging thousands of rules would only bury that finding
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = JsonDocumentReader.MaxDepth });
            }
            catch (JsonException exception)
            {
                policy.ReadProblems.Add(new LifecyclePolicyReadProblem(string.Empty, "The lifecycle policy text is not valid JSON"
                    + (exception.LineNumber is long line ? " (policy text line " + (line + 1) + ", column " + ((exception.BytePositionInLine ?? 0) + 1) + ")" : string.Empty)
                    + ": " + FirstSentence(exception.Message))
                {
                    TextOffset = exception.LineNumber is long faultLine ? Offset(utf8, faultLine, exception.BytePositionInLine ?? 0) : null,
                });
                return policy;
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    policy.ReadProblems.Add(new LifecyclePolicyReadProblem(string.Empty, "The lifecycle policy must be a JSON object with a rules array, not " + Kind(root) + "."));
                    return policy;
                }

                bool hasRules = false;
                foreach (JsonProperty member in root.EnumerateObject())
                {
                    if (member.NameEquals("rules"))
                    {
                        hasRules = true;
                        ReadRules(member.Value, policy);
                    }
                    else
                    {
                        Unknown(policy, "/" + Escape(member.Name), member.Name, "the policy", "rules");
                    }
                }

                if (!hasRules)
                {
                    policy.ReadProblems.Add(new LifecyclePolicyReadProblem(string.Empty, "The lifecycle policy has no rules array: write { \"rules\": [ { \"rulePriority\": 1, \"selection\": {...}, \"action\": { \"type\": \"expire\" } } ] }."));
                }
            }

            return policy;
        }

        private static void ReadRules(JsonElement rules, LifecyclePolicy policy)
        {
            if (rules.ValueKind != JsonValueKind.Array)
            {
                policy.ReadProblems.Add(new LifecyclePolicyReadProblem("/rules", "rules must be an array of rule objects, not " + Kind(rules) + "."));
                return;
            }

            int index = 0;
            foreach (JsonElement item in rules.EnumerateArray())
            {
                string pointer = "/rules/" + index;
                var rule = new LifecyclePolicyRule();
                if (item.ValueKind != JsonValueKind.Object)
                {
                    policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, "Lifecycle rule " + index + " must be an object with rulePriority, selection and action, not " + Kind(item) + "."));
                }
                else
                {
                    foreach (JsonProperty member in item.EnumerateObject())
                    {
                        string at = pointer + "/" + Escape(member.Name);
                        switch (member.Name)
                        {
                            case "rulePriority":
                                rule.RulePriority = Integer(policy, at, member);
                                break;
                            case "description":
                                rule.Description = String(policy, at, member);
                                break;
                            case "selection":
                                rule.Selection = ReadSelection(policy, at, member.Value);
                                break;
                            case "action":
                                rule.Action = ReadAction(policy, at, member.Value);
                                break;
                            default:
                                Unknown(policy, at, member.Name, "a rule", RuleMembers);
                                break;
                        }
                    }
                }

                // Every array item becomes a rule (an empty one when unreadable) so rule indexes match the text.
                policy.Rules.Add(rule);
                index++;
            }
        }

        private static LifecycleSelection? ReadSelection(LifecyclePolicy policy, string pointer, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, "selection must be an object (tagStatus, countType, countNumber, ...), not " + Kind(value) + "."));
                return null;
            }

            var selection = new LifecycleSelection();
            foreach (JsonProperty member in value.EnumerateObject())
            {
                string at = pointer + "/" + Escape(member.Name);
                switch (member.Name)
                {
                    case "tagStatus": selection.TagStatus = String(policy, at, member); break;
                    case "tagPatternList": selection.TagPatternList = StringList(policy, at, member); break;
                    case "tagPrefixList": selection.TagPrefixList = StringList(policy, at, member); break;
                    case "storageClass": selection.StorageClass = String(policy, at, member); break;
                    case "countType": selection.CountType = String(policy, at, member); break;
                    case "countUnit": selection.CountUnit = String(policy, at, member); break;
                    case "countNumber": selection.CountNumber = Integer(policy, at, member); break;
                    default: Unknown(policy, at, member.Name, "selection", SelectionMembers); break;
                }
            }

            return selection;
        }

        private static LifecycleAction? ReadAction(LifecyclePolicy policy, string pointer, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, "action must be an object such as { \"type\": \"expire\" }, not " + Kind(value) + "."));
                return null;
            }

            var action = new LifecycleAction();
            foreach (JsonProperty member in value.EnumerateObject())
            {
                string at = pointer + "/" + Escape(member.Name);
                switch (member.Name)
                {
                    case "type": action.Type = String(policy, at, member); break;
                    case "targetStorageClass": action.TargetStorageClass = String(policy, at, member); break;
                    default: Unknown(policy, at, member.Name, "action", ActionMembers); break;
                }
            }

            return action;
        }

        private static long? Integer(LifecyclePolicy policy, string pointer, JsonProperty member)
        {
            if (member.Value.ValueKind == JsonValueKind.Number && member.Value.TryGetInt64(out long value))
            {
                return value;
            }

            policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, member.Name + " must be an integer, not " + Kind(member.Value)
                + (member.Value.ValueKind == JsonValueKind.String ? " (write " + member.Value.GetString() + " without quotes)" : string.Empty) + "."));
            return null;
        }

        private static string? String(LifecyclePolicy policy, string pointer, JsonProperty member)
        {
            if (member.Value.ValueKind == JsonValueKind.String)
            {
                return member.Value.GetString();
            }

            policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, member.Name + " must be a string, not " + Kind(member.Value) + "."));
            return null;
        }

        private static IList<string>? StringList(LifecyclePolicy policy, string pointer, JsonProperty member)
        {
            if (member.Value.ValueKind != JsonValueKind.Array)
            {
                policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, member.Name + " must be an array of strings, not " + Kind(member.Value)
                    + (member.Value.ValueKind == JsonValueKind.String ? " (write [\"" + member.Value.GetString() + "\"])" : string.Empty) + "."));
                return null;
            }

            var list = new List<string>();
            int index = 0;
            foreach (JsonElement item in member.Value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(item.GetString()!);
                }
                else
                {
                    policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer + "/" + index, member.Name + " entries must be strings, not " + Kind(item) + "."));
                }

                index++;
            }

            return list;
        }

        private static void Unknown(LifecyclePolicy policy, string pointer, string name, string where, string known) =>
            policy.ReadProblems.Add(new LifecyclePolicyReadProblem(pointer, "'" + name + "' is not a member of " + where + " in a lifecycle policy (expected " + known + ")."));

        private static void Unknown(LifecyclePolicy policy, string pointer, string name, string where, HashSet<string> known) =>
            Unknown(policy, pointer, name, where, string.Join(", ", Sorted(known)));

        private static List<string> Sorted(HashSet<string> names)
        {
            var list = new List<string>(names);
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        private static string Kind(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "the number " + value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

        private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

        /// <summary>The byte offset of a 0-based line and byte position (what <see cref="JsonException"/> reports).</summary>
        private static long Offset(byte[] utf8, long line, long bytePosition)
        {
            long at = 0;
            for (long seen = 0; seen < line && at < utf8.Length; at++)
            {
                if (utf8[at] == (byte)'\n')
                {
                    seen++;
                }
            }

            return Math.Min(at + bytePosition, utf8.Length);
        }

        private static string FirstSentence(string message)
        {
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd();
        }
    }
}
