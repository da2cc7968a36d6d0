using System.IO;
using System.Text;
using TaskDefKit.Model;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Emits task definitions as the JSON <c>aws ecs register-task-definition --cli-input-json</c> takes: camelCase,
    /// nulls left out, task <c>cpu</c>/<c>memory</c> as strings, members in the ECS API model's order,
    /// byte-for-byte deterministic, <c>\n</c> newlines.
    /// </summary>
    public static class TaskDefinitionJson
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The JSON text, indented (two spaces) or compact.</summary>
        public static string Serialize(TaskDefinition definition, bool indented = true)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            return Json.ModelJsonWriter.Write(definition, indented);
        }

        /// <summary>The JSON as UTF-8 bytes without a byte-order mark, ending with a newline when indented.</summary>
        public static byte[] SerializeToUtf8(TaskDefinition definition, bool indented = true)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            return Utf8NoBom.GetBytes(Serialize(definition, indented) + (indented ? "\n" : string.Empty));
        }

        /// <summary>Writes the JSON to a file (UTF-8, no BOM, trailing newline when indented).</summary>
        public static void WriteFile(string path, TaskDefinition definition, bool indented = true)
        {
            Guard.ThrowIfNull(path, nameof(path));
            Guard.ThrowIfNull(definition, nameof(definition));
            File.WriteAllBytes(path, SerializeToUtf8(definition, indented));
        }

        /// <summary>Reads JSON text (register-input or describe-output form); see <see cref="TaskDefinitionDocument"/>.</summary>
        public static TaskDefinitionDocument Parse(string json) => TaskDefinitionDocument.Parse(json);
    }
}
