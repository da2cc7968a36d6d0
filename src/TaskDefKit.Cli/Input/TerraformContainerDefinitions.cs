using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Task-level settings for a Terraform <c>container_definitions</c> array, which holds only the containers.</summary>
    internal sealed class TaskSettings
    {
        public string? Family { get; set; }

        public string? NetworkMode { get; set; }

        public IReadOnlyList<string>? RequiresCompatibilities { get; set; }

        public string? Cpu { get; set; }

        public string? Memory { get; set; }
    }

    /// <summary>
    /// Wraps a JSON array of container definitions (Terraform's <c>container_definitions</c>) in a task definition with
    /// the task-level settings given on the command line. A family that is not given is made up and never reported.
    /// </summary>
    internal static class TerraformContainerDefinitions
    {
        public static TranslatedDocument Translate(SourceNode array, TaskSettings settings, string path)
        {
            using var writer = new TranslationWriter();
            writer.Record(string.Empty, array);
            writer.Json.WriteStartObject();
            if (settings.Family != null)
            {
                writer.Json.WriteString("family", settings.Family);
            }
            else
            {
                writer.Json.WriteString("family", FamilyFrom(path));
                writer.Unknown.Add("/family");
            }

            if (settings.NetworkMode != null)
            {
                writer.Json.WriteString("networkMode", settings.NetworkMode);
            }

            writer.Json.WritePropertyName("containerDefinitions");
            writer.WriteGeneric(array, "/containerDefinitions");
            if (settings.RequiresCompatibilities is { Count: > 0 })
            {
                writer.Json.WriteStartArray("requiresCompatibilities");
                foreach (string compatibility in settings.RequiresCompatibilities)
                {
                    writer.Json.WriteStringValue(compatibility);
                }

                writer.Json.WriteEndArray();
            }

            if (settings.Cpu != null)
            {
                writer.Json.WriteString("cpu", settings.Cpu);
            }

            if (settings.Memory != null)
            {
                writer.Json.WriteString("memory", settings.Memory);
            }

            writer.Json.WriteEndObject();
            return writer.Finish(null);
        }

        private static string FamilyFrom(string path)
        {
            var family = new StringBuilder();
            foreach (char c in Path.GetFileNameWithoutExtension(path))
            {
                if (char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')
                {
                    family.Append(c);
                }
            }

            return family.Length == 0 ? "container-definitions" : family.ToString();
        }
    }
}
