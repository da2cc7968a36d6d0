using System.Text;
using TaskDefKit.Model.Scaling;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Reads and writes the JSON that <c>aws application-autoscaling register-scalable-target</c>,
    /// <c>put-scaling-policy</c> and <c>put-scheduled-action</c> take with <c>--cli-input-json</c>: PascalCase, nulls left
    /// out, the API model's member order, deterministic. Reading never throws for bad input.
    /// </summary>
    public static class ScalingJson
    {
        public static string Serialize(ScalableTarget target, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(target, nameof(target)), ScalableTarget.Schema, indented);

        public static string Serialize(ScalingPolicy policy, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(policy, nameof(policy)), ScalingPolicy.Schema, indented);

        public static string Serialize(ScheduledAction action, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(action, nameof(action)), ScheduledAction.Schema, indented);

        public static EcsInputDocument<ScalableTarget> ParseScalableTarget(string json, string? file = null) =>
            EcsInputReader.Read<ScalableTarget>(Utf8(json), file, ScalableTarget.Schema, "a register-scalable-target input");

        public static EcsInputDocument<ScalingPolicy> ParseScalingPolicy(string json, string? file = null) =>
            EcsInputReader.Read<ScalingPolicy>(Utf8(json), file, ScalingPolicy.Schema, "a put-scaling-policy input");

        public static EcsInputDocument<ScheduledAction> ParseScheduledAction(string json, string? file = null) =>
            EcsInputReader.Read<ScheduledAction>(Utf8(json), file, ScheduledAction.Schema, "a put-scheduled-action input");

        private static byte[] Utf8(string json) => new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json)));

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<ScalableTarget> ParseScalableTarget(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ScalableTarget>(Guard.NotNull(utf8, nameof(utf8)), file, ScalableTarget.Schema, "a register-scalable-target input");

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<ScalingPolicy> ParseScalingPolicy(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ScalingPolicy>(Guard.NotNull(utf8, nameof(utf8)), file, ScalingPolicy.Schema, "a put-scaling-policy input");

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<ScheduledAction> ParseScheduledAction(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<ScheduledAction>(Guard.NotNull(utf8, nameof(utf8)), file, ScheduledAction.Schema, "a put-scheduled-action input");
    }
}
