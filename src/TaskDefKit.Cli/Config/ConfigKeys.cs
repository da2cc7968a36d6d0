using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TaskDefKit.Cli.Output;

namespace TaskDefKit.Cli.Config
{
    /// <summary>
    /// Refuses a configuration file with a top-level key the tool does not know: a misspelt <c>"severty"</c> would
    /// otherwise be ignored in silence and the build would pass with the defaults. The valid keys are read from the
    /// serializer's own description of <see cref="ConfigFile"/>, so they cannot drift from what is read.
    /// </summary>
    internal static class ConfigKeys
    {
        public static IReadOnlyList<string> Valid { get; } =
            CliJsonContext.Default.ConfigFile.Properties.Select(p => p.Name).ToArray();

        /// <summary>Throws a <see cref="UsageException"/> naming the first unknown key, its line and the valid keys.</summary>
        public static void CheckKnown(byte[] json, string path)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                // The serializer has already read the file, so every key here decodes (a lone surrogate failed there).
                string key = reader.GetString()!;

                if (!Valid.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    int line = 1 + json.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
                    throw new UsageException(path + ":" + line + ": unknown key '" + key + "' in the configuration file; valid keys: " + string.Join(", ", Valid));
                }

                reader.Skip();
            }
        }
    }
}
