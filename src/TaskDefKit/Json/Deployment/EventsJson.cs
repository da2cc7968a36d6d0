using System.Text;
using TaskDefKit.Model.Events;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Reads and writes the JSON that <c>aws events put-rule</c> and <c>aws events put-targets</c> take with
    /// <c>--cli-input-json</c>: PascalCase as the EventBridge API spells it, nulls left out, members in the API model's
    /// order, deterministic, <c>\n</c> newlines. Reading never throws for bad input: problems come back as diagnostics
    /// with JSON pointer and line/column.
    /// </summary>
    public static class EventsJson
    {
        public static string Serialize(EventRule rule, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(rule, nameof(rule)), EventRule.Schema, indented);

        public static string Serialize(EventTargets targets, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(targets, nameof(targets)), EventTargets.Schema, indented);

        public static EcsInputDocument<EventRule> ParseRule(string json, string? file = null) =>
            EcsInputReader.Read<EventRule>(Utf8(json), file, EventRule.Schema, "a put-rule input");

        public static EcsInputDocument<EventTargets> ParseTargets(string json, string? file = null) =>
            EcsInputReader.Read<EventTargets>(Utf8(json), file, EventTargets.Schema, "a put-targets input");

        private static byte[] Utf8(string json) => new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json)));

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<EventRule> ParseRule(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<EventRule>(Guard.NotNull(utf8, nameof(utf8)), file, EventRule.Schema, "a put-rule input");

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<EventTargets> ParseTargets(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<EventTargets>(Guard.NotNull(utf8, nameof(utf8)), file, EventTargets.Schema, "a put-targets input");
    }
}
