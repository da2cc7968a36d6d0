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
            InputItem item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            display = item.DisplayPath;
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? unreadable);
            if (bytes is null)
            {
                problem = unreadable?.Message;
                return null;
            }

            return DefinitionSet.Read(bytes, item, out problem);
        }
    }
}
