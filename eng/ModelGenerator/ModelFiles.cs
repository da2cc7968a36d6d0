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

    /// <summary>Generates the model files and compares them with the checked-in ones (check mode).</summary>
    internal static class ModelFiles
    {
        public const string OverridesPath = "eng/ModelGenerator/overrides.json";
        public const string ModelFolder = "src/Shared/Model";
        public const string RegenerateCommand = "dotnet run --project eng/ModelGenerator -- --model ../shared/oracles/models/ecs/2014-11-13/service-2.json";

        public static ModelOutcome Generate(string apiModelPath, string overridesPath)
        {
            Overrides overrides = Overrides.Load(overridesPath);
            ModelPlan plan = ModelPlan.Build(ApiModel.Load(apiModelPath), overrides, ModelFolder);
            var errors = new List<string>(plan.Errors);
            var files = new List<GeneratedFile>();
            foreach (PlannedType type in plan.Order)
            {
                string content = type.IsEnum ? EnumWriter.Write(type, overrides) : ClassWriter.Write(type, plan, overrides, errors);
                files.Add(new GeneratedFile(type.FilePath, content));
            }

            var duplicate = files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
            {
                errors.Add("two shapes map to " + duplicate.Key + "; give one a name in overrides.json typeNames.");
            }

            return new ModelOutcome(files, errors);
        }

        /// <summary>Every generated file says where it came from; hand-written files (Schema/, PlacementDocument) do not.</summary>
        public const string GeneratedMarker = "ECS API model shape <c>";

        /// <summary>Generated files no root produces any more (a root was removed or a shape renamed): to delete.</summary>
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
