using Microsoft.CodeAnalysis;

namespace TaskDefKit.Analyzers.Diagnostics
{
    /// <summary>
    /// The one descriptor table of the analyzer assembly. Catalog rules (TDK0xxx-TDK8xxx) are in
    /// <c>Descriptors.Catalog.cs</c>, written from the rules' [Rule] attributes by <c>eng/RuleCatalogGenerator</c>; analyzers and code
    /// fixes added later put their descriptors here. Every descriptor is a <c>new DiagnosticDescriptor(...)</c> with
    /// constant ID, category and severity, so release tracking (AnalyzerReleases.*.md) sees it.
    /// </summary>
    public static partial class Descriptors
    {
        /// <summary>Catalog findings carry their whole message (naming the value and the fix) as the one argument.</summary>
        public const string MessageFormat = "{0}";

        /// <summary>Categories, one per rule group.</summary>
        public static class Categories
        {
            public const string Input = "TaskDefKit.Input";
            public const string TaskDefinition = "TaskDefKit.TaskDefinition";
            public const string Container = "TaskDefKit.Container";
            public const string Storage = "TaskDefKit.Storage";
            public const string Networking = "TaskDefKit.Networking";
            public const string Placement = "TaskDefKit.Placement";
            public const string Security = "TaskDefKit.Security";
            public const string Service = "TaskDefKit.Service";
            public const string Generator = "TaskDefKit.Generator";
            public const string Deployment = "TaskDefKit.Deployment";
        }
    }
}
