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

        public string? ExecutionRoleArn { get; set; }

        public string? TaskRoleArn { get; set; }
    }

    /// <summary>
    /// Wraps a JSON array of container definitions (Terraform's <c>container_definitions</c>) in a task definition with
    /// the task-level settings given on the command line. A family that is not given is made up and never reported.
    /// </summary>
    internal static class TerraformContainerDefinitions
    {
        public static TranslatedDocument Translate(SourceNode array, TaskSettings settings, string path)
        {
            TranslatedDocument document = Translate(array, settings, path, placeholders: false);
            if (document.Unknown.Count > (settings.Family is null ? 1 : 0))
            {
                document.PlaceholderJson = Translate(array, settings, path, placeholders: true).Json;
            }

            return document;
        }

        /// <summary>
        /// A setting that is not given is unknown (it lives in the Terraform resource, not in this file): it is left out,
        /// or written as a placeholder in the second translation, and findings that depend on it are dropped.
        /// </summary>
        private static TranslatedDocument Translate(SourceNode array, TaskSettings settings, string path, bool placeholders)
        {
            using var writer = new TranslationWriter { Placeholders = placeholders };
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

            WriteSetting(writer, "networkMode", settings.NetworkMode);
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
            else
            {
                writer.Unknown.Add("/requiresCompatibilities");
            }

            WriteSetting(writer, "cpu", settings.Cpu);
            WriteSetting(writer, "memory", settings.Memory);
            WriteSetting(writer, "executionRoleArn", settings.ExecutionRoleArn);
            WriteSetting(writer, "taskRoleArn", settings.TaskRoleArn);
            writer.Json.WriteEndObject();
            return writer.Finish(null);
        }

        /// <summary>
        /// The problem when the array holds task definitions rather than containers (an element has <c>family</c> or
        /// <c>containerDefinitions</c>, which no container definition has): a task definition saved inside <c>[ ]</c>.
        /// Null when the array looks like container definitions. <paramref name="at"/> is the first such element.
        /// </summary>
        public static string? WrappedTaskDefinitions(SourceNode array, out SourceNode? at)
        {
            at = null;
            int count = 0;
            if (array.Kind != SourceNodeKind.Sequence)
            {
                return null;
            }

            foreach (SourceNode item in array.Items)
            {
                if (item.Kind == SourceNodeKind.Mapping && (item.Get("family") != null || item.Get("containerDefinitions") != null))
                {
                    at ??= item;
                    count++;
                }
            }

            if (count == 0)
            {
                return null;
            }

            return count == 1 && array.Items.Count == 1
                ? "The input is a task definition wrapped in a JSON array: unwrap it (remove the enclosing [ ]). A task definition is a JSON object; register-task-definition reads one object, and a JSON array is read as Terraform container_definitions."
                : "The input is a JSON array holding " + count + " task definition(s), not container definitions: put each task definition in its own file as a JSON object (register-task-definition reads one object).";
        }

        private static void WriteSetting(TranslationWriter writer, string name, string? value)
        {
            if (value != null)
            {
                writer.Json.WriteString(name, value);
                return;
            }

            writer.Unknown.Add("/" + name);
            if (writer.Placeholders)
            {
                writer.Json.WritePropertyName(name);
                writer.WritePlaceholder(null, name);
            }
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
