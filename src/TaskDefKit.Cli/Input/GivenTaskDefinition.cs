using System.IO;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Input
{
    /// <summary><c>--task-definition FILE</c>: the task definition every service and RunTask input of the run is judged against.</summary>
    internal static class GivenTaskDefinition
    {
        /// <summary>The catalog holding the file's task definition (the first, when the file holds several); a usage error when it has none.</summary>
        public static TaskDefinitionCatalog Read(string path, CliConsole console)
        {
            InputItem item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? problem);
            if (bytes is null)
            {
                throw new UsageException("--task-definition " + path + ": " + problem!.Message);
            }

            byte[]? json = DefinitionJsonReader.Read(bytes, item, out string? why);
            TaskDefinitionDocument? document = json is null ? null : TaskDefinitionDocument.Parse(json, item.DisplayPath);
            if (document?.Definition is null)
            {
                throw new UsageException("--task-definition " + path + ": " + (why ?? "not a task definition") + " (validate the file on its own to see why)");
            }

            // Deferring: the ECR inputs still wait for the whole run (the lifecycle policies it puts); services pair with this one at once.
            return new TaskDefinitionCatalog(document.Definition, item.DisplayPath) { Deferring = true };
        }
    }
}
