using System.Collections.Generic;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>A shape the generator writes: a class for a structure, an extensible enum struct for an enum.</summary>
    internal sealed record PlannedType(ApiShape Shape, string TypeName, string Namespace, string FilePath)
    {
        public bool IsEnum => Shape.Type == "string";

        public string FullName => "global::" + Namespace + "." + TypeName;
    }

    /// <summary>
    /// Walks the API model from each root in order; every structure and enum reached is planned once, in the folder
    /// and namespace of the first root that reaches it (so later roots reuse the task definition's Tag, KeyValuePair...).
    /// </summary>
    internal sealed class ModelPlan
    {
        private readonly Dictionary<string, ApiShape> _shapes;
        private readonly Overrides _overrides;

        private ModelPlan(Dictionary<string, ApiShape> shapes, Overrides overrides)
        {
            _shapes = shapes;
            _overrides = overrides;
        }

        public Dictionary<string, PlannedType> Types { get; } = new Dictionary<string, PlannedType>();

        public List<PlannedType> Order { get; } = new List<PlannedType>();

        public List<string> Errors { get; } = new List<string>();

        public static ModelPlan Build(Dictionary<string, ApiShape> shapes, Overrides overrides, string modelFolder)
        {
            var plan = new ModelPlan(shapes, overrides);
            foreach (Root root in overrides.Roots)
            {
                plan.Walk(root.Shape, root, modelFolder);
            }

            return plan;
        }

        public ApiShape Shape(string name) => _shapes[name];

        private void Walk(string name, Root root, string modelFolder)
        {
            if (Types.ContainsKey(name))
            {
                return;
            }

            if (!_shapes.TryGetValue(name, out ApiShape? shape))
            {
                Errors.Add(_overrides.FileName + " names shape '" + name + "', which the API model " + _overrides.Model + " does not have.");
                return;
            }

            switch (shape.Type)
            {
                case "structure":
                    Add(shape, root, modelFolder, isEnum: false);
                    foreach (ApiMember member in shape.Members)
                    {
                        Walk(member.Shape, root, modelFolder);
                    }

                    break;
                case "list":
                case "map":
                    Walk(shape.ElementShape!, root, modelFolder);
                    break;
                case "string" when shape.EnumValues.Count > 0:
                    Add(shape, root, modelFolder, isEnum: true);
                    break;
            }
        }

        private void Add(ApiShape shape, Root root, string modelFolder, bool isEnum)
        {
            string typeName = _overrides.TypeNames.TryGetValue(shape.Name, out string? n) ? n : shape.Name;
            string folder = root.Folder;
            if (isEnum)
            {
                folder = Join(folder, "Enums");
            }
            else if (_overrides.Folders.TryGetValue(shape.Name, out string? f))
            {
                folder = Join(folder, f);
            }

            var planned = new PlannedType(shape, typeName, root.Namespace, Join(Join(modelFolder, folder), typeName + ".cs"));
            Types[shape.Name] = planned;
            Order.Add(planned);
        }

        private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "/" + b;
    }
}
