using System;
using System.IO;

namespace TaskDefKit.Testing
{
    /// <summary>Where the repository and the read-only <c>shared/</c> folder beside it are (linked into every test project).</summary>
    public static class RepoPaths
    {
        private static readonly Lazy<string> s_root = new Lazy<string>(FindRoot);

        /// <summary>The folder holding <c>TaskDefKit.sln</c>.</summary>
        public static string Root => s_root.Value;

        /// <summary><c>../shared</c> next to the repository (or <c>TASKDEFKIT_SHARED</c>).</summary>
        public static string Shared
        {
            get
            {
                string? fromEnvironment = Environment.GetEnvironmentVariable("TASKDEFKIT_SHARED");
                return !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            }
        }

        public static string CorpusTaskDefinitions => Path.Combine(Shared, "corpus", "realworld", "taskdefs");

        public static string CorpusPlacement => Path.Combine(Shared, "corpus", "realworld", "placement");

        public static string Oracles => Path.Combine(Shared, "oracles");

        /// <summary>The botocore API models (<c>ecs/2014-11-13/service-2.json</c>, <c>events/...</c>, ...).</summary>
        public static string Models => Path.Combine(Oracles, "models");

        public static string EcsModel => Path.Combine(Models, "ecs", "2014-11-13", "service-2.json");

        public static string RulesSpec => Path.Combine(Shared, "spec", "rules.md");

        private static string FindRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null)
            {
                if (File.Exists(Path.Combine(directory, "TaskDefKit.sln")))
                {
                    return directory;
                }

                directory = Path.GetDirectoryName(directory);
            }

            throw new InvalidOperationException("TaskDefKit.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
