using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>One file the generator owns: repository-relative path and content ('\n' line ends).</summary>
    internal sealed record GeneratedFile(string Path, string Content);

    /// <summary>What one run produced.</summary>
    internal sealed record ModelOutcome(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Errors);

    /// <summary>
    /// Generates the model files of every overrides file (one per API model) and compares them with the checked-in
    /// ones (check mode).
    /// </summary>
    internal static class ModelFiles
    {
        /// <summary>The folder holding overrides.json (ECS) and overrides.&lt;service&gt;.json, one per API model.</summary>
        public const string OverridesFolder = "eng/ModelGenerator";
        public const string ModelFolder = "src/Shared/Model";
        public const string RegenerateCommand = "dotnet run --project eng/ModelGenerator";

        /// <summary>overrides.json first, then overrides.*.json in ordinal order: the order of generation.</summary>
        public static IReadOnlyList<string> OverridesFiles(string root)
        {
            string folder = Path.Combine(root, OverridesFolder);
            return Directory.EnumerateFiles(folder, "overrides*.json")
                .Select(path => Path.GetFileName(path))
                .Where(name => name == "overrides.json" || name.StartsWith("overrides.", StringComparison.Ordinal))
                .OrderBy(name => name == "overrides.json" ? string.Empty : name, StringComparer.Ordinal)
                .Select(name => Path.Combine(folder, name))
                .ToList();
        }

        /// <summary>Generates from each overrides file with the API model it names (relative to <paramref name="modelsFolder"/>).</summary>
        public static ModelOutcome Generate(string modelsFolder, IReadOnlyList<string> overridesPaths)
        {
            var errors = new List<string>();
            var files = new List<GeneratedFile>();
            foreach (string overridesPath in overridesPaths)
            {
                Overrides overrides = Overrides.Load(overridesPath);
                if (overrides.Model.Length == 0)
                {
                    errors.Add(overrides.FileName + " names no \"model\" (for example \"ecs/2014-11-13/service-2.json\").");
                    continue;
                }

                string modelPath = Path.Combine(modelsFolder, overrides.Model);
                if (!File.Exists(modelPath))
                {
                    errors.Add(overrides.FileName + ": API model " + modelPath + " not found.");
                    continue;
                }

                ModelPlan plan = ModelPlan.Build(ApiModel.Load(modelPath), overrides, ModelFolder);
                errors.AddRange(plan.Errors);
                foreach (PlannedType type in plan.Order)
                {
                    string content = type.IsEnum ? EnumWriter.Write(type, overrides) : ClassWriter.Write(type, plan, overrides, errors);
                    files.Add(new GeneratedFile(type.FilePath, content));
                }
            }

            // Two shapes (of one model or of two) written to one file: the later would silently replace the earlier.
            foreach (var duplicate in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                errors.Add("two shapes map to " + duplicate.Key + "; give one a name in its overrides file's typeNames, or another folder.");
            }

            return new ModelOutcome(files, errors);
        }

        /// <summary>Every generated file says where it came from ("ECS API model shape", "EventBridge API model shape"); hand-written files (Schema/, PlacementDocument) do not.</summary>
        public const string GeneratedMarker = " API model shape <c>";

        /// <summary>Generated files no root of any overrides file produces any more (a root was removed or a shape renamed): to delete.</summary>
        public static IReadOnlyList<string> OrphanFiles(string root, IReadOnlyList<GeneratedFile> files)
        {
            string folder = Path.Combine(root, ModelFolder);
            if (!Directory.Exists(folder))
            {
                return Array.Empty<string>();
            }

            var generated = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
            return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(path => !generated.Contains(path) && File.ReadAllText(Path.Combine(root, path)).Contains(GeneratedMarker, StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }

        public static IReadOnlyList<string> StaleFiles(string root, IReadOnlyList<GeneratedFile> files) =>
            files.Where(f =>
            {
                string path = Path.Combine(root, f.Path);
                return !File.Exists(path) || File.ReadAllText(path) != f.Content;
            }).Select(f => f.Path).ToList();
    }
}
