using System.Collections.Generic;
using System.Text.Json.Serialization;
using TaskDefKit.Cli.Config;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// Every type the tool reads or writes as JSON, with source-generated serializers: no reflection at startup
    /// (a one-file run is dominated by startup) and trim/AOT-safe.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true)]
    [JsonSerializable(typeof(ConfigFile))]
    [JsonSerializable(typeof(JsonFileResult))]
    [JsonSerializable(typeof(JsonSummary))]
    [JsonSerializable(typeof(List<JsonRule>))]
    [JsonSerializable(typeof(SarifTool))]
    [JsonSerializable(typeof(SarifResult))]
    [JsonSerializable(typeof(List<SarifInvocation>))]
    internal sealed partial class CliJsonContext : JsonSerializerContext
    {
        /// <summary>
        /// Writes quotes and apostrophes as they are (the default escapes them as \u0027): messages quote values, and
        /// people read this output. It is never embedded in HTML.
        /// </summary>
        public static CliJsonContext Output { get; } = new CliJsonContext(new System.Text.Json.JsonSerializerOptions
        {
            PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
