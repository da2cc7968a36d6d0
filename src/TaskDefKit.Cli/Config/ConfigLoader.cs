using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Output;

namespace TaskDefKit.Cli.Config
{
    /// <summary>
    /// Loads configuration files and finds the one that applies to a file: the nearest <c>.taskdefkit.json</c> in its
    /// folder or above. Lookups are cached per folder, so 10,000 files in one folder cost one search.
    /// </summary>
    internal sealed class ConfigLoader
    {
        public const string FileName = ".taskdefkit.json";

        private readonly Dictionary<string, string?> _nearestByFolder = new Dictionary<string, string?>(StringComparer.Ordinal);
        private readonly Dictionary<string, ConfigFile> _loaded = new Dictionary<string, ConfigFile>(StringComparer.Ordinal);

        /// <summary>Reads a configuration file; a malformed one is a usage error naming the file.</summary>
        public ConfigFile Load(string path)
        {
            if (_loaded.TryGetValue(path, out ConfigFile? cached))
            {
                return cached;
            }

            ConfigFile? config;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
                config = JsonSerializer.Deserialize(bytes, CliJsonContext.Default.ConfigFile);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException(path + ": cannot read the configuration file: " + Input.InputExpander.Describe(exception));
            }
            catch (JsonException exception)
            {
                throw new UsageException(path + ":" + ((exception.LineNumber ?? 0) + 1) + ": not a valid configuration file: " + Explain(exception));
            }

            ConfigKeys.CheckKnown(bytes, path);
            config ??= new ConfigFile();
            if (config.MaxFileSize is long size && (size <= 0 || size > Commands.ValidateCommand.MaxFileSizeLimit))
            {
                throw new UsageException(path + ": \"maxFileSize\" must be a number of bytes from 1 to " + Commands.ValidateCommand.MaxFileSizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (2047 MB), not " + size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // The policy (requiredTagKeys, the same list, and requireAwsvpcNetworkMode) through the reader the analyzers use, so both apply it alike.
            TaskDefKit.Validation.Policy.ConfigPolicy? resolved = TaskDefKit.Validation.Policy.PolicyReader.ReadConfig(DecodeText(bytes), path, out string? problem, out _);
            config.ResolvedPolicy = resolved ?? throw new UsageException(problem ?? path + ": not a valid configuration file");

            _loaded[path] = config;
            return config;
        }

        /// <summary>
        /// What was wrong, in the file's own terms: System.Text.Json's message names .NET types
        /// ("System.Nullable`1[System.Int64]"), which mean nothing to someone editing JSON.
        /// </summary>
        private static string Explain(JsonException exception)
        {
            string? member = exception.Path is string jsonPath && jsonPath.StartsWith("$.", StringComparison.Ordinal)
                ? jsonPath.Substring(2).Split('.', '[')[0]
                : null;
            string? expected = member?.ToLowerInvariant() switch
            {
                "ignore" => "an array of rule IDs, like [\"TDK2040\"]",
                "severity" => "an object of rule IDs and severities, like { \"TDK2008\": \"error\" }",
                "launchtype" => "a launch type string, like \"FARGATE\"",
                "maxfilesize" => "a number of bytes, like 10485760",
                "requiredtagkeys" => "an array of tag keys, like [\"team\", \"env\"]",
                "requireawsvpcnetworkmode" => "true or false",
                "policy" => "an object with the keys " + string.Join(", ", TaskDefKit.Validation.Policy.PolicyReader.Keys),
                _ => null,
            };
            if (expected != null)
            {
                return "\"" + member + "\" must be " + expected;
            }

            if (exception.InnerException is InvalidOperationException)
            {
                // Legal JSON that is not Unicode: System.Text.Json fails to decode a lone surrogate escape.
                return "a key or string is not valid Unicode text (a lone surrogate escape such as \\ud800)";
            }

            // A syntax error: the reader's own text without its .NET details (path and byte position).
            string message = exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0];
            return message.Contains("System.", StringComparison.Ordinal) || message.Contains("TaskDefKit.", StringComparison.Ordinal) ? "the file must be one JSON object with the keys " + string.Join(", ", ConfigKeys.Valid) : message;
        }

        /// <summary>The file's text; the serializer has read it as UTF-8 already (a byte-order mark is skipped).</summary>
        private static string DecodeText(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes);

        /// <summary>The path of the nearest <c>.taskdefkit.json</c> at or above the folder, or null.</summary>
        public string? FindFor(string folder)
        {
            var visited = new List<string>();
            string? current = folder;
            string? found = null;
            while (current != null)
            {
                if (_nearestByFolder.TryGetValue(current, out found))
                {
                    break;
                }

                visited.Add(current);
                string candidate = Path.Combine(current, FileName);
                if (File.Exists(candidate))
                {
                    found = candidate;
                    break;
                }

                current = Path.GetDirectoryName(current);
            }

            foreach (string seen in visited)
            {
                _nearestByFolder[seen] = found;
            }

            return found;
        }
    }
}
