namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>Names of the generator's incremental steps, asserted by the caching tests.</summary>
    public static class TrackingNames
    {
        /// <summary>Attributed class → <c>TaskDefinitionSpec</c> (runs after any edit; its output must compare equal when nothing relevant changed).</summary>
        public const string Specs = "TaskDefinitionSpecs";

        /// <summary>Specs that can be generated (the class is partial, non-generic, in partial containing types).</summary>
        public const string GeneratableSpecs = "GeneratableSpecs";

        /// <summary>Spec → generated file (hint name and text); runs only for specs that changed.</summary>
        public const string Sources = "GeneratedSources";
    }
}
