using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json
{
    /// <summary>
    /// Every readable corpus file survives read → emit → read, and what is emitted says what the input said, apart from
    /// whitespace, member order, nulls, read-only members and values the reader reported as the wrong JSON type.
    /// </summary>
    public class CorpusRoundTripTests
    {
        public static IEnumerable<object[]> CorpusFiles() => CorpusReadTests.CorpusFiles();

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void Readable_files_round_trip(string name)
        {
            string path = Path.Combine(RepoPaths.CorpusTaskDefinitions, name);
            TaskDefinitionDocument document = TaskDefinitionDocument.Load(path);
            if (document.Definition is null)
            {
                Assert.Contains(document.ReadDiagnostics, d => d.RuleId == RuleIds.MalformedJson || d.RuleId == RuleIds.UnrecognisedDocument);
                return;
            }

            string emitted = TaskDefinitionJson.Serialize(document.Definition);
            TaskDefinitionDocument again = TaskDefinitionDocument.Parse(emitted);
            Assert.Empty(again.ReadDiagnostics);
            Assert.Equal(emitted, TaskDefinitionJson.Serialize(again.Definition!));

            JsonNode expected = Normalize(ToRegisterInput(JsonNode.Parse(File.ReadAllText(path))!, document.Form), document, isInput: true);
            JsonNode actual = Normalize(JsonNode.Parse(emitted)!, document, isInput: false);
            Assert.True(JsonNode.DeepEquals(expected, actual), "emitted JSON differs from the input.\nexpected: " + expected.ToJsonString() + "\nactual:   " + actual.ToJsonString());
        }

        [Fact]
        public void Emitting_is_deterministic_and_compact_form_says_the_same()
        {
            foreach (string path in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json"))
            {
                TaskDefinitionDocument document = TaskDefinitionDocument.Load(path);
                if (document.Definition is null)
                {
                    continue;
                }

                byte[] first = TaskDefinitionJson.SerializeToUtf8(document.Definition);
                byte[] second = TaskDefinitionJson.SerializeToUtf8(TaskDefinitionDocument.Load(path).Definition!);
                Assert.Equal(first, second);
                string compact = TaskDefinitionJson.Serialize(document.Definition, indented: false);
                Assert.DoesNotContain("\n", compact);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(first)));
            }
        }

        private static JsonNode ToRegisterInput(JsonNode input, DocumentForm form)
        {
            if (form != DocumentForm.DescribeOutput)
            {
                return input;
            }

            JsonObject definition = input["taskDefinition"]!.AsObject().DeepClone().AsObject();
            if (input["tags"] is JsonArray tags && (definition["tags"] is null || tags.Count > 0))
            {
                JsonArray merged = definition["tags"] as JsonArray ?? new JsonArray();
                foreach (JsonNode? tag in tags)
                {
                    merged.Add(tag?.DeepClone());
                }

                definition["tags"] = merged.Parent is null ? merged : merged.DeepClone();
            }

            return definition;
        }

        private static JsonNode Normalize(JsonNode node, TaskDefinitionDocument document, bool isInput)
        {
            JsonNode copy = node.DeepClone();
            var drop = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (RuleDiagnostic diagnostic in document.ReadDiagnostics)
            {
                if (diagnostic.RuleId == RuleIds.JsonType)
                {
                    drop.Add(ModelPointer(diagnostic.Pointer, document));
                }
            }

            if (copy is JsonObject root)
            {
                foreach (string readOnly in new[] { "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy", "deregisteredAt", "deleteRequestedAt" })
                {
                    root.Remove(readOnly);
                }
            }

            return Clean(copy, string.Empty, drop)!;
        }

        private static string ModelPointer(string filePointer, TaskDefinitionDocument document) =>
            document.Form == DocumentForm.DescribeOutput && filePointer.StartsWith("/taskDefinition", System.StringComparison.Ordinal)
                ? filePointer.Substring("/taskDefinition".Length)
                : filePointer;

        private static JsonNode? Clean(JsonNode? node, string pointer, HashSet<string> drop)
        {
            switch (node)
            {
                case JsonObject obj:
                    var result = new JsonObject();
                    foreach (KeyValuePair<string, JsonNode?> member in obj.OrderBy(m => m.Key, System.StringComparer.Ordinal))
                    {
                        string child = JsonPointer.Member(pointer, member.Key);
                        if (member.Value is null || drop.Contains(child))
                        {
                            continue;
                        }

                        result[member.Key] = Clean(member.Value, child, drop);
                    }

                    return result;
                case JsonArray array:
                    var list = new JsonArray();
                    int index = 0;
                    foreach (JsonNode? element in array)
                    {
                        string child = JsonPointer.Index(pointer, index++);
                        if (element is null || drop.Contains(child))
                        {
                            continue;
                        }

                        list.Add(Clean(element, child, drop));
                    }

                    return list;
                default:
                    return node!.DeepClone();
            }
        }
    }
}
