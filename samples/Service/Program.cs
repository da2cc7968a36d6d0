using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Samples.Service
{
    /// <summary>
    /// Builds the web service, its task definition and its cluster, validates them (the service against its task
    /// definition), and writes the inputs of <c>aws ecs create-cluster</c>, <c>register-task-definition</c> and
    /// <c>create-service</c> (<c>--cli-input-json file://…</c>).
    /// Usage: <c>dotnet run --project samples/Service [output-folder]</c> (default <c>samples/Service/out</c> of the
    /// checkout, or <c>./out</c> elsewhere). Exit code 0 when everything was written, 1 when an input has errors (nothing
    /// of it is written).
    /// </summary>
    public static class Program
    {
        /// <summary>The files the program writes, in the order a deployment uses them.</summary>
        public static readonly IReadOnlyList<string> Files = new[] { "cluster.json", "web-taskdef.json", "web-service.json" };

        public static int Main(string[] args)
        {
            string folder = Path.GetFullPath(args.Length > 0 ? args[0] : DefaultFolder());
            Directory.CreateDirectory(folder);
            Console.WriteLine("Writing the shop-web service to " + folder);

            ClusterBuildResult cluster = WebServiceDefinitions.Cluster().Build();
            ServiceBuildResult service = WebServiceDefinitions.WebService().Build();
            TaskDefinitionBuildResult task = service.TaskDefinition!;

            bool ok = Report("cluster.json", cluster.Diagnostics, cluster.HasErrors)
                & Report("web-taskdef.json", task.Diagnostics, task.HasErrors)
                & Report("web-service.json", service.Diagnostics, service.HasErrors);
            if (!ok)
            {
                Console.Error.WriteLine("Not written: fix the errors above.");
                return 1;
            }

            cluster.WriteFile(Path.Combine(folder, "cluster.json"));
            task.WriteFile(Path.Combine(folder, "web-taskdef.json"));
            service.WriteFile(Path.Combine(folder, "web-service.json"));
            foreach (string file in Files)
            {
                Console.WriteLine("  wrote " + Path.Combine(folder, file));
            }

            return 0;
        }

        private static bool Report(string file, IReadOnlyList<RuleDiagnostic> diagnostics, bool hasErrors)
        {
            foreach (RuleDiagnostic diagnostic in diagnostics)
            {
                Console.WriteLine("  " + file + ": " + diagnostic);
            }

            return !hasErrors;
        }

        /// <summary><c>samples/Service/out</c> of the repository around the current directory, else <c>./out</c>.</summary>
        private static string DefaultFolder()
        {
            for (string? directory = Environment.CurrentDirectory; directory != null; directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, "TaskDefKit.sln")))
                {
                    return Path.Combine(directory, "samples", "Service", "out");
                }
            }

            return "out";
        }
    }
}
