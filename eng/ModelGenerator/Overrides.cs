using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>One generation root: an API shape, and the folder and namespace its closure is written to.</summary>
    internal sealed record Root(string Shape, string Folder, string Namespace);

    /// <summary>The hand-tuned part of the model: roots, C# names and docs the API model does not give (overrides.json).</summary>
    internal sealed class Overrides
    {
        /// <summary>The overrides file's own name (overrides.json, overrides.events.json...), for messages.</summary>
        public string FileName { get; private set; } = "overrides.json";

        /// <summary>The botocore model this file generates from, relative to the models folder (<c>ecs/2014-11-13/service-2.json</c>).</summary>
        public string Model { get; private set; } = string.Empty;

        /// <summary>How generated docs name the service ("ECS API model shape ..."); default ECS.</summary>
        public string Service { get; private set; } = "ECS";

        public List<Root> Roots { get; } = new List<Root>();

        /// <summary>API shape name to C# type name, where the API's name is not the one we want.</summary>
        public Dictionary<string, string> TypeNames { get; } = new Dictionary<string, string>();

        /// <summary>"Shape.member" to the C# property name, where capitalising the JSON name is not enough.</summary>
        public Dictionary<string, string> MemberNames { get; } = new Dictionary<string, string>();

        /// <summary>"Shape.value" to the C# member name of an enum value.</summary>
        public Dictionary<string, string> EnumValueNames { get; } = new Dictionary<string, string>();

        /// <summary>"Shape" or "Shape.member" to the summary sentence, replacing the API model's first sentence.</summary>
        public Dictionary<string, string> Summaries { get; } = new Dictionary<string, string>();

        /// <summary>"Shape" to extra remarks lines written after the shape remark.</summary>
        public Dictionary<string, List<string>> Remarks { get; } = new Dictionary<string, List<string>>();

        /// <summary>API shape name to the folder its file goes to (relative to the root's folder).</summary>
        public Dictionary<string, string> Folders { get; } = new Dictionary<string, string>();

        public static Overrides Load(string path)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = doc.RootElement;
            var result = new Overrides { FileName = Path.GetFileName(path) };
            result.Model = root.TryGetProperty("model", out JsonElement model) ? model.GetString()! : string.Empty;
            if (root.TryGetProperty("service", out JsonElement service))
            {
                result.Service = service.GetString()!;
            }

            foreach (JsonElement r in root.GetProperty("roots").EnumerateArray())
            {
                result.Roots.Add(new Root(r.GetProperty("shape").GetString()!, r.GetProperty("folder").GetString()!, r.GetProperty("namespace").GetString()!));
            }

            Fill(root, "typeNames", result.TypeNames);
            Fill(root, "enumValueNames", result.EnumValueNames);
            Fill(root, "summaries", result.Summaries);
            Fill(root, "folders", result.Folders);
            Fill(root, "memberNames", result.MemberNames);
            if (root.TryGetProperty("remarks", out JsonElement remarks))
            {
                foreach (JsonProperty p in remarks.EnumerateObject())
                {
                    var lines = new List<string>();
                    foreach (JsonElement line in p.Value.EnumerateArray())
                    {
                        lines.Add(line.GetString()!);
                    }

                    result.Remarks[p.Name] = lines;
                }
            }

            return result;
        }

        private static void Fill(JsonElement root, string name, Dictionary<string, string> target)
        {
            if (!root.TryGetProperty(name, out JsonElement map))
            {
                return;
            }

            foreach (JsonProperty p in map.EnumerateObject())
            {
                target[p.Name] = p.Value.GetString()!;
            }
        }
    }
}
