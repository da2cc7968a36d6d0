using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>One member of an API structure, in the model's order.</summary>
    internal sealed record ApiMember(string Name, string Shape, bool Required, string? Documentation);

    /// <summary>One shape of the botocore API model (service-2.json): only what the generator needs.</summary>
    internal sealed record ApiShape(string Name, string Type, string? Documentation, IReadOnlyList<ApiMember> Members, IReadOnlyList<string> EnumValues, string? ElementShape);

    /// <summary>Reads the shapes of a botocore service-2.json.</summary>
    internal static class ApiModel
    {
        public static Dictionary<string, ApiShape> Load(string path)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var shapes = new Dictionary<string, ApiShape>();
            foreach (JsonProperty shape in doc.RootElement.GetProperty("shapes").EnumerateObject())
            {
                shapes[shape.Name] = Read(shape.Name, shape.Value);
            }

            return shapes;
        }

        private static ApiShape Read(string name, JsonElement shape)
        {
            string type = shape.GetProperty("type").GetString()!;
            var required = new HashSet<string>();
            if (shape.TryGetProperty("required", out JsonElement req))
            {
                foreach (JsonElement r in req.EnumerateArray())
                {
                    required.Add(r.GetString()!);
                }
            }

            var members = new List<ApiMember>();
            if (shape.TryGetProperty("members", out JsonElement ms))
            {
                foreach (JsonProperty m in ms.EnumerateObject())
                {
                    members.Add(new ApiMember(m.Name, m.Value.GetProperty("shape").GetString()!, required.Contains(m.Name), Doc(m.Value)));
                }
            }

            var values = new List<string>();
            if (shape.TryGetProperty("enum", out JsonElement e))
            {
                foreach (JsonElement v in e.EnumerateArray())
                {
                    values.Add(v.GetString()!);
                }
            }

            string? element = null;
            if (shape.TryGetProperty("member", out JsonElement listMember))
            {
                element = listMember.GetProperty("shape").GetString();
            }
            else if (shape.TryGetProperty("value", out JsonElement mapValue))
            {
                element = mapValue.GetProperty("shape").GetString();
            }

            return new ApiShape(name, type, Doc(shape), members, values, element);
        }

        private static string? Doc(JsonElement e) =>
            e.TryGetProperty("documentation", out JsonElement d) ? d.GetString() : null;
    }
}
