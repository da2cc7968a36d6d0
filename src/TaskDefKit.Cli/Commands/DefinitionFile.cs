using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Input;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>Reads the task definitions of one named file (or <c>-</c>, standard input) for diff, emit and import.</summary>
    internal static class DefinitionFile
    {
        /// <summary>The definitions in file order, or null with <paramref name="problem"/> saying why.</summary>
        public static List<NamedDefinition>? Read(string path, CliConsole console, out string display, out string? problem)
        {
            byte[]? bytes = Bytes(path, console, out InputItem item, out problem);
            display = item.DisplayPath;
            return bytes is null ? null : DefinitionSet.Read(bytes, item, out problem);
        }

        /// <summary>The file's bytes (within the size limit), or null with <paramref name="problem"/> saying why.</summary>
        public static byte[]? Bytes(string path, CliConsole console, out InputItem item, out string? problem)
        {
            item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? unreadable);
            problem = bytes is null ? unreadable?.Message : null;
            return bytes;
        }

        /// <summary>The definition's model, or null with the reader's first problem (with its line and column) in <paramref name="problem"/>.</summary>
        public static TaskDefKit.Model.TaskDefinition? Model(NamedDefinition definition, out string problem)
        {
            TaskDefKit.Json.TaskDefinitionDocument document = TaskDefKit.Json.TaskDefinitionDocument.Parse(definition.Json);
            problem = string.Empty;
            if (document.Definition is null)
            {
                TaskDefKit.Validation.RuleDiagnostic? first = document.ReadDiagnostics.Count > 0 ? document.ReadDiagnostics[0] : null;
                problem = first is null ? definition.Label + " is not a task definition object"
                    : (first.Location is { Line: > 0 } at ? at.Line + ":" + at.Column + ": " : string.Empty) + first.Message;
            }

            return document.Definition;
        }
    }
}
