using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>One file the tool owns (or, for the docs page, the part between markers), as it should read.</summary>
    internal sealed record GeneratedFile(string Path, string Content);

    /// <summary>What a run found: the rules, the files they produce, and mistakes in the declarations.</summary>
    internal sealed record CatalogOutcome(IReadOnlyList<RuleDeclaration> Rules, IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Errors);

    /// <summary>Reads the declarations under src/Shared and produces every generated file.</summary>
    internal static class CatalogFiles
    {
        public const string RegenerateCommand = "dotnet run --project eng/RuleCatalogGenerator";
        public const string HelpUriBase = "https://github.com/taskdefkit/taskdefkit/blob/main/docs/rules/";
        private const string SharedDir = "src/Shared";

        public static CatalogOutcome Generate(string root)
        {
            string shared = Path.Combine(root, SharedDir);
            var reader = new RuleSourceReader(RuleSourceReader.ReadGroups(File.ReadAllText(Path.Combine(shared, "Rules", "RuleGroup.cs"))));
            foreach (string file in Directory.EnumerateFiles(shared, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                reader.Read(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText(file));
            }

            reader.Finish();
            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (RuleDeclaration rule in reader.Rules)
            {
                string page = Path.Combine(root, RulePageWriter.PathOf(rule.Id));
                if (File.Exists(page))
                {
                    pages[rule.Id] = File.ReadAllText(page);
                }
            }

            return Produce(reader.Rules, reader.Errors, File.ReadAllText(Path.Combine(root, RuleTableWriter.Path)), pages);
        }

        /// <summary>The files from already-read declarations (tests call this with source text of their own).</summary>
        /// <param name="rules">The declarations, in ID order.</param>
        /// <param name="readErrors">Mistakes found while reading them.</param>
        /// <param name="rulesPage">The text of docs/rules/README.md.</param>
        /// <param name="rulePages">The text of each rule's page by ID, where it exists.</param>
        public static CatalogOutcome Produce(IReadOnlyList<RuleDeclaration> rules, IReadOnlyList<string> readErrors, string rulesPage, IReadOnlyDictionary<string, string>? rulePages = null)
        {
            var errors = new List<string>(readErrors);
            var files = new List<GeneratedFile>
            {
                new GeneratedFile(RuleIdsWriter.Path, RuleIdsWriter.Write(rules)),
                new GeneratedFile(RuleCatalogWriter.Path, RuleCatalogWriter.Write(rules)),
                new GeneratedFile(RuleSetWriter.Path, RuleSetWriter.Write(rules)),
                new GeneratedFile(DescriptorsWriter.Path, DescriptorsWriter.Write(rules)),
                new GeneratedFile(ReleaseTrackingWriter.Path, ReleaseTrackingWriter.Write(rules)),
            };
            files.AddRange(GlobalConfigWriter.Write(rules));
            string? page = RuleTableWriter.Write(rules, rulesPage, errors);
            if (page != null)
            {
                files.Add(new GeneratedFile(RuleTableWriter.Path, page));
            }

            foreach (RuleDeclaration rule in rules)
            {
                if (rulePages != null && rulePages.TryGetValue(rule.Id, out string? text))
                {
                    string? written = RulePageWriter.Write(rule, text, errors);
                    if (written != null)
                    {
                        files.Add(new GeneratedFile(RulePageWriter.PathOf(rule.Id), written));
                    }
                }
                else if (rule.Controls.Count > 0)
                {
                    errors.Add(RulePageWriter.PathOf(rule.Id) + " is missing; a rule with controls needs its page.");
                }
            }

            return new CatalogOutcome(rules, files, errors);
        }

        /// <summary>The generated files whose checked-in text differs (line endings aside).</summary>
        public static IReadOnlyList<string> StaleFiles(string root, IReadOnlyList<GeneratedFile> files) =>
            files.Where(f =>
            {
                string path = Path.Combine(root, f.Path);
                return !File.Exists(path) || File.ReadAllText(path).Replace("\r\n", "\n") != f.Content;
            }).Select(f => f.Path).ToList();
    }
}
