using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Generator.Model;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// Turns each <c>[TaskDefinition]</c> partial class into <c>Definition</c>, <c>DefinitionJson</c>, its container
    /// properties and a <c>[assembly: TaskDefinitionSource]</c> registration. The pipeline only wires: the parser
    /// makes a value-equatable spec (no Roslyn objects), the emitter makes text from the spec. The generator reports
    /// nothing; <see cref="Attributes.TaskDefinitionAttributeAnalyzer"/> runs the same parser and reports.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TaskDefinitionGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<TaskDefinitionSpec> specs = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeTable.TaskDefinitionAttributeMetadataName,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax,
                    static (context, cancellationToken) => context.TargetSymbol is INamedTypeSymbol type && Parser.IsPrimaryDeclaration(type, context.TargetNode)
                        ? Parser.Parse(type, sink: null, cancellationToken)
                        : null)
                .WithTrackingName(TrackingNames.Specs)
                .Where(static spec => spec is { CanGenerate: true })
                .Select(static (spec, _) => spec!)
                .WithTrackingName(TrackingNames.GeneratableSpecs);

            IncrementalValuesProvider<GeneratedSource> sources = specs
                .Select(static (spec, _) => Emitter.Emit(spec))
                .WithTrackingName(TrackingNames.Sources);

            context.RegisterSourceOutput(sources, static (output, source) => output.AddSource(source.HintName, source.Text));
        }
    }
}
