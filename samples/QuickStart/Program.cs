using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Builders;
using TaskDefKit.Validation;

namespace TaskDefKit.Samples.QuickStart
{
    /// <summary>
    /// Builds the sample task definitions, validates them, and writes their JSON.
    /// Usage: <c>dotnet run --project samples/QuickStart [output-folder]</c>. Without a folder it writes to
    /// <c>samples/QuickStart/out</c> of the repository it is run from (or <c>./out</c> outside a checkout).
    /// Exit code 0 when every definition was written, 1 when one has errors (its JSON is not written).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string folder = Path.GetFullPath(args.Length > 0 ? args[0] : DefaultFolder());
            Directory.CreateDirectory(folder);
            Console.WriteLine("Writing task definitions to " + folder);

            int failed = 0;
            foreach ((string fileName, TaskDefinitionBuilder builder) in QuickStartDefinitions.All())
            {
                TaskDefinitionBuildResult result = builder.Build();
                string path = Path.Combine(folder, fileName);
                if (result.HasErrors)
                {
                    failed++;
                    Console.WriteLine("  NOT written " + path + " (" + Count(result.Errors.Count, "error") + ")");
                }
                else
                {
                    result.WriteFile(path);
                    Console.WriteLine("  wrote " + path + " (" + Count(result.Definition.ContainerDefinitions?.Count ?? 0, "container")
                        + ", " + Count(result.Warnings.Count, "warning") + ")");
                }

                foreach (RuleDiagnostic diagnostic in result.Diagnostics)
                {
                    Console.WriteLine("    " + diagnostic);
                }
            }

            if (failed > 0)
            {
                Console.Error.WriteLine(Count(failed, "task definition") + " had errors.");
                return 1;
            }

            return 0;
        }

        /// <summary><c>samples/QuickStart/out</c> of the repository around the current directory, else <c>./out</c>.</summary>
        private static string DefaultFolder()
        {
            for (string? directory = Environment.CurrentDirectory; directory != null; directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, "TaskDefKit.sln")))
                {
                    return Path.Combine(directory, "samples", "QuickStart", "out");
                }
            }

            return "out";
        }

        private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
