using System;
using System.Collections.Generic;
using System.IO;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary><c>dotnet run --project eng/RuleCatalogGenerator [-- --check] [--root DIR]</c>.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            bool check = Array.IndexOf(args, "--check") >= 0;
            int rootAt = Array.IndexOf(args, "--root");
            string root = rootAt >= 0 && rootAt + 1 < args.Length ? args[rootAt + 1] : RepoRoot.Find(AppContext.BaseDirectory);

            CatalogOutcome outcome = CatalogFiles.Generate(root);
            if (outcome.Errors.Count > 0)
            {
                foreach (string error in outcome.Errors)
                {
                    Console.Error.WriteLine(error);
                }

                return 2;
            }

            if (check)
            {
                IReadOnlyList<string> stale = CatalogFiles.StaleFiles(root, outcome.Files);
                foreach (string path in stale)
                {
                    Console.Error.WriteLine(path + " is out of date; run: " + CatalogFiles.RegenerateCommand);
                }

                return stale.Count == 0 ? 0 : 1;
            }

            foreach (GeneratedFile file in outcome.Files)
            {
                string path = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, new System.Text.UTF8Encoding(false));
            }

            Console.WriteLine(outcome.Rules.Count + " rules; " + outcome.Files.Count + " files written.");
            return 0;
        }
    }
}
