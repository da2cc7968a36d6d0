using System.Text;
using TaskDefKit.Model.Scheduler;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Reads and writes the JSON that <c>aws scheduler create-schedule --cli-input-json</c> takes (EventBridge
    /// Scheduler): PascalCase, nulls left out, the API model's member order, deterministic. Reading never throws for
    /// bad input.
    /// </summary>
    public static class SchedulerJson
    {
        public static string Serialize(Schedule schedule, bool indented = true) =>
            ModelJsonWriter.Write(Guard.NotNull(schedule, nameof(schedule)), Schedule.Schema, indented);

        public static EcsInputDocument<Schedule> ParseSchedule(string json, string? file = null) =>
            EcsInputReader.Read<Schedule>(new UTF8Encoding(false).GetBytes(Guard.NotNull(json, nameof(json))), file, Schedule.Schema, "a create-schedule input");

        /// <summary>Reads UTF-8 bytes (a byte order mark is skipped; UTF-16/32 are decoded).</summary>
        public static EcsInputDocument<Schedule> ParseSchedule(byte[] utf8, string? file = null) =>
            EcsInputReader.Read<Schedule>(Guard.NotNull(utf8, nameof(utf8)), file, Schedule.Schema, "a create-schedule input");
    }
}
