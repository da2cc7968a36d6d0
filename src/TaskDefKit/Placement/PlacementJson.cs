using System.IO;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Model;

namespace TaskDefKit.Placement
{
    /// <summary>
    /// Emits placement documents as <c>{"placementStrategy": [...], "placementConstraints": [...]}</c> with the shared
    /// writer: camelCase, members in the ECS API model's order, unset members left out, deterministic bytes,
    /// <c>\n</c> newlines. The two arrays are the same JSON inside a CreateService, UpdateService or RunTask input.
    /// </summary>
    public static class PlacementJson
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The JSON text, indented (two spaces) or compact.</summary>
        public static string Serialize(PlacementDocument placement, bool indented = true)
        {
            Guard.ThrowIfNull(placement, nameof(placement));
            return ModelJsonWriter.Write(placement, PlacementDocument.Schema, indented);
        }

        /// <summary>UTF-8 without a byte-order mark, ending with a newline when indented.</summary>
        public static byte[] SerializeToUtf8(PlacementDocument placement, bool indented = true)
        {
            Guard.ThrowIfNull(placement, nameof(placement));
            return Utf8NoBom.GetBytes(Serialize(placement, indented) + (indented ? "\n" : string.Empty));
        }

        /// <summary>Writes the JSON to a file (UTF-8, no BOM, trailing newline when indented).</summary>
        public static void WriteFile(string path, PlacementDocument placement, bool indented = true)
        {
            Guard.ThrowIfNull(path, nameof(path));
            Guard.ThrowIfNull(placement, nameof(placement));
            File.WriteAllBytes(path, SerializeToUtf8(placement, indented));
        }

        /// <summary>Reads a placement document, service/RunTask input or documentation fragment; see <see cref="PlacementJsonDocument"/>.</summary>
        public static PlacementJsonDocument Parse(string json, string? file = null) => PlacementJsonDocument.Parse(json, file);
    }
}
