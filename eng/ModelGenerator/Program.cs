using System;
using System.Collections.Generic;
using System.IO;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary><c>dotnet run --project eng/ModelGenerator -- --model service-2.json [--check] [--root DIR]</c>.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            bool check = Array.IndexOf(args, "--check") >= 0;
            string root = Option(args, "--root") ?? RepoRoot.Find(AppContext.BaseDirectory);
            string model = Option(args, "--model") ?? Path.Combine(root, "..", "shared", "oracles", "models", "ecs", "2014-11-13", "service-2.json");
            ModelOutcome outcome = ModelFiles.Generate(model, Path.Combine(root, ModelFiles.OverridesPath));
            foreach (string error in outcome.Errors)
            {
                Console.Error.WriteLine(error);
            }

            if (outcome.Errors.Count > 0)
            {
                return 2;
            }

            if (check)
            {
                IReadOnlyList<string> stale = ModelFiles.StaleFiles(root, outcome.Files);
                foreach (string path in stale)
                {
                    Console.Error.WriteLine(path + " differs from the API model + overrides; run: " + ModelFiles.RegenerateCommand);
                }

                return stale.Count == 0 ? 0 : 1;
            }

            foreach (GeneratedFile file in outcome.Files)
            {
                string path = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, new System.Text.UTF8Encoding(false));
            }

            Console.WriteLine(outcome.Files.Count + " model files written.");
            return 0;
        }

        private static string? Option(string[] args, string name)
        {
            int at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
    }
}
