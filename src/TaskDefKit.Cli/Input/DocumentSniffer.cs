using System;
using System.Text.Json;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Decides a document's kind cheaply: the first non-blank character, then top-level member names only (values
    /// are skipped, not built), stopping at the first name that settles it, usually the very first. Each kind of JSON
    /// object declares its own evidence (<see cref="JsonObjectKind"/>).
    /// </summary>
    internal static class DocumentSniffer
    {
        /// <summary>The coarse classification (what <see cref="Recognise"/> finds, as the enum older callers switch on).</summary>
        public static DocumentKind Sniff(byte[] bytes, string path) => Recognise(bytes, path).Document;

        /// <summary>The kind of input: by its first bytes for YAML, HCL, arrays and fragments; a JSON object by its members (<see cref="InputKinds"/>).</summary>
        public static InputKind Recognise(byte[] bytes, string path)
        {
            bool yamlExtension = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            bool jsonExtension = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            int first = FirstNonBlank(bytes);
            if (first >= 0 && bytes[first] == (byte)'"' && IsPlacementFragment(bytes.AsSpan(first)))
            {
                // "placementStrategy": [...] without braces, as the ECS documentation shows it.
                return InputKinds.Get<PlacementKind>();
            }

            if (first < 0 || (bytes[first] != (byte)'{' && bytes[first] != (byte)'['))
            {
                if (Terraform.TerraformSniffer.IsHcl(bytes, first, path))
                {
                    return TerraformHclKind.Instance;
                }

                // Not JSON-looking: YAML unless the name says JSON (then the JSON reader reports the problem).
                return jsonExtension || (first < 0 && !yamlExtension) ? InputKinds.Get<TaskDefinitionJsonKind>() : YamlKind.Instance;
            }

            if (yamlExtension && !IsWellFormedJson(bytes))
            {
                // Flow-style YAML ({Resources: {...}}) in a .yaml file is YAML, not broken JSON.
                return YamlKind.Instance;
            }

            if (bytes[first] == (byte)'[')
            {
                return ContainerDefinitionsKind.Instance;
            }

            return InputKinds.Recognise(bytes);
        }

        private static bool IsWellFormedJson(byte[] bytes)
        {
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                while (reader.Read())
                {
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static bool IsPlacementFragment(ReadOnlySpan<byte> text) =>
            text.StartsWith("\"placementStrategy\""u8) || text.StartsWith("\"placementConstraints\""u8);

        private static int FirstNonBlank(byte[] bytes)
        {
            int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            for (; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
