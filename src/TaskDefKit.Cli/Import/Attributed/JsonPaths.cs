using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TaskDefKit.Cli.Import.Attributed
{
    /// <summary>Paths into a definition's JSON: the attribute table's relative paths (<c>a/b</c>) and JSON pointers.</summary>
    internal static class JsonPaths
    {
        /// <summary>The value at a relative path; false when a member on the way is missing or null.</summary>
        public static bool TryGet(JsonElement node, string path, out JsonElement value)
        {
            value = node;
            if (path.Length == 0)
            {
                return node.ValueKind != JsonValueKind.Null;
            }

            foreach (string name in path.Split('/'))
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                {
                    return false;
                }
            }

            return value.ValueKind != JsonValueKind.Null;
        }

        /// <summary>A pointer one step further: <c>/a</c> + <c>b/c</c> is <c>/a/b/c</c> (names escaped as RFC 6901 says).</summary>
        public static string Append(string pointer, string relative)
        {
            if (relative.Length == 0)
            {
                return pointer;
            }

            string result = pointer;
            foreach (string name in relative.Split('/'))
            {
                result = Member(result, name);
            }

            return result;
        }

        public static string Member(string pointer, string name) => pointer + "/" + name.Replace("~", "~0", System.StringComparison.Ordinal).Replace("/", "~1", System.StringComparison.Ordinal);

        public static string Item(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The pointers of the values a definition must keep: strings, numbers and booleans. Nulls and empty objects and
        /// lists are not among them: ECS (and <c>taskdef diff</c>) treat them as absent.
        /// </summary>
        public static void Leaves(JsonElement node, string pointer, List<string> leaves)
        {
            switch (node.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty member in node.EnumerateObject())
                    {
                        Leaves(member.Value, Member(pointer, member.Name), leaves);
                    }

                    break;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in node.EnumerateArray())
                    {
                        Leaves(item, Item(pointer, index++), leaves);
                    }

                    break;
                case JsonValueKind.String:
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False:
                    leaves.Add(pointer);
                    break;
            }
        }

        /// <summary>True when <paramref name="pointer"/> is <paramref name="ancestor"/> or lies under it.</summary>
        public static bool IsUnder(string pointer, string ancestor) =>
            pointer.Length >= ancestor.Length && pointer.StartsWith(ancestor, System.StringComparison.Ordinal) &&
            (pointer.Length == ancestor.Length || pointer[ancestor.Length] == '/');
    }
}
