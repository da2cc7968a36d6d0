using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Builder.Description;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>The runtime library's builder types as the compilation sees them; null members when TaskDefKit is not referenced.</summary>
    internal sealed class BuilderTypes
    {
        public const string BuildersNamespace = "TaskDefKit.Builders";
        public const string ModelNamespace = "TaskDefKit.Model";
        public const string ServicesNamespace = "TaskDefKit.Builders.Services";

        private BuilderTypes(Compilation compilation)
        {
            TaskDefinitionBuilder = compilation.GetTypeByMetadataName(BuildersNamespace + ".TaskDefinitionBuilder");
            FargateSize = compilation.GetTypeByMetadataName(BuildersNamespace + ".FargateSize");
            PlacementBuilder = compilation.GetTypeByMetadataName("TaskDefKit.Placement.PlacementBuilder");
            PlacementStrategy = compilation.GetTypeByMetadataName(ModelNamespace + ".PlacementStrategy");
            PlacementConstraint = compilation.GetTypeByMetadataName(ModelNamespace + ".PlacementConstraint");
            ServiceBuilder = compilation.GetTypeByMetadataName(ServicesNamespace + ".ServiceBuilder");
            RunTaskBuilder = compilation.GetTypeByMetadataName(ServicesNamespace + ".RunTaskBuilder");
            ClusterBuilder = compilation.GetTypeByMetadataName(ServicesNamespace + ".ClusterBuilder");
        }

        public INamedTypeSymbol? ServiceBuilder { get; }

        public INamedTypeSymbol? RunTaskBuilder { get; }

        public INamedTypeSymbol? ClusterBuilder { get; }

        public INamedTypeSymbol? TaskDefinitionBuilder { get; }

        /// <summary>The builder methods' descriptions, read once per method for this compilation.</summary>
        public BuilderDescriptions Descriptions { get; } = new BuilderDescriptions();

        public INamedTypeSymbol? FargateSize { get; }

        public INamedTypeSymbol? PlacementBuilder { get; }

        public INamedTypeSymbol? PlacementStrategy { get; }

        public INamedTypeSymbol? PlacementConstraint { get; }

        public static BuilderTypes Create(Compilation compilation) => new BuilderTypes(compilation);

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type, expected);
    }
}
