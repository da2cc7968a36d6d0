using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TaskDefKit.Analyzers.Diagnostics;
using TaskDefKit.Analyzers.Generator;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Attributes
{
    /// <summary>
    /// Reports, for each <c>[TaskDefinition]</c> class, the generator's own findings (TDK8xxx) and every finding of
    /// the shared validator on the model the attributes declare, each on the attribute argument that set the
    /// offending member. It runs the generator's parser with a sink that records which argument set which JSON
    /// pointer, so any rule the validator implements is reported without code here.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TaskDefinitionAttributeAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Catalog rules that a generator finding already explains when they point at the same member.</summary>
        private static readonly Dictionary<string, string[]> s_explainedBy = new Dictionary<string, string[]>
        {
            [RuleIds.ContainerDeclaredTwice] = new[] { RuleIds.DuplicateContainerName },
            [RuleIds.UnknownReference] = new[] { RuleIds.DependsOn, RuleIds.VolumesFrom, RuleIds.UnknownSourceVolume },
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.CatalogRules;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? attribute = start.Compilation.GetTypeByMetadataName(AttributeTable.TaskDefinitionAttributeMetadataName);
                if (attribute is null)
                {
                    return; // TaskDefKit is not referenced: nothing to do.
                }

                ValidationOptions? policy = Policy.PolicyFile.Read(start.Options, start.CancellationToken).Options;
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attribute, policy), SymbolKind.NamedType);
                start.RegisterSymbolAction(symbolContext => AnalyzeStrayContainer(symbolContext, attribute), SymbolKind.Property);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attribute, ValidationOptions? policy)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!HasAttribute(type, attribute))
            {
                return;
            }

            var sink = new LocatingSink(type, context.CancellationToken);
            Generator.Model.TaskDefinitionSpec spec = Parser.Parse(type, sink, context.CancellationToken);
            foreach (Diagnostic diagnostic in sink.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }

            TaskDefinition model = ModelFactory.Build(spec.Definition);
            foreach (RuleDiagnostic finding in TaskDefinitionValidator.Validate(model, policy))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Diagnostic? diagnostic = sink.ToDiagnostic(finding);
                if (diagnostic != null)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>TDK8005 for container attributes in a class without <c>[TaskDefinition]</c>: they would be silently ignored.</summary>
        private static void AnalyzeStrayContainer(SymbolAnalysisContext context, INamedTypeSymbol attribute)
        {
            if (context.Symbol.ContainingType is not INamedTypeSymbol owner)
            {
                return;
            }

            // The property's own attributes first: most properties have none, and then the owner is never looked at.
            foreach (AttributeData data in context.Symbol.GetAttributes())
            {
                if (data.AttributeClass is { } attributeClass &&
                    IsAttributesNamespace(attributeClass.ContainingNamespace) &&
                    AttributeTable.Find(attributeClass.Name) is { Scope: AttributeScope.Container })
                {
                    if (HasAttribute(owner, attribute))
                    {
                        return;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.ContainerAttributeMisplaced,
                        context.Symbol.Locations.Length > 0 ? context.Symbol.Locations[0] : Location.None,
                        "Property '" + context.Symbol.Name + "' has container attributes, but '" + owner.Name +
                        "' has no [TaskDefinition]: add [TaskDefinition(\"family\")] to the class or remove them."));
                    return;
                }
            }
        }

        /// <summary><c>TaskDefKit.Attributes</c> (<see cref="AttributeTable.Namespace"/>), compared without building its display string.</summary>
        private static bool IsAttributesNamespace(INamespaceSymbol? ns) =>
            ns is { Name: "Attributes", ContainingNamespace: { Name: "TaskDefKit", ContainingNamespace.IsGlobalNamespace: true } };

        private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attribute)
        {
            foreach (AttributeData data in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Maps JSON pointers to the attribute arguments that set them and collects the parser's findings.</summary>
        internal sealed class LocatingSink : IParseSink
        {
            private readonly INamedTypeSymbol _type;
            private readonly CancellationToken _cancellationToken;
            private readonly Dictionary<string, KeyValuePair<AttributeData, string?>> _map = new Dictionary<string, KeyValuePair<AttributeData, string?>>(System.StringComparer.Ordinal);
            private readonly List<KeyValuePair<string, string>> _explained = new List<KeyValuePair<string, string>>();

            public LocatingSink(INamedTypeSymbol type, CancellationToken cancellationToken)
            {
                _type = type;
                _cancellationToken = cancellationToken;
            }

            public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

            public void Map(string pointer, AttributeData attribute, string? argument)
            {
                if (!_map.ContainsKey(pointer))
                {
                    _map.Add(pointer, new KeyValuePair<AttributeData, string?>(attribute, argument));
                }
            }

            public void Report(string ruleId, string pointer, string message)
            {
                if (s_explainedBy.TryGetValue(ruleId, out string[]? explained))
                {
                    foreach (string id in explained)
                    {
                        _explained.Add(new KeyValuePair<string, string>(id, pointer));
                    }
                }

                Add(ruleId, Locate(pointer), message, pointer);
            }

            public void Report(string ruleId, ISymbol symbol, string message) =>
                Add(ruleId, symbol.Locations.Length > 0 ? symbol.Locations[0] : ClassLocation(), message, null);

            public void Report(string ruleId, AttributeData attribute, string? argument, string message) =>
                Add(ruleId, ArgumentLocation(attribute, argument), message, null);

            /// <summary>A validator finding as a compiler diagnostic on the argument that caused it; null when a generator finding explains it.</summary>
            public Diagnostic? ToDiagnostic(RuleDiagnostic finding)
            {
                DiagnosticDescriptor? descriptor = Descriptors.Find(finding.RuleId);
                if (descriptor is null)
                {
                    return null; // a rule newer than this table; the catalog test keeps them in step
                }

                foreach (KeyValuePair<string, string> explained in _explained)
                {
                    if (explained.Key == finding.RuleId && Related(finding.Pointer, explained.Value))
                    {
                        return null;
                    }
                }

                return Diagnostic.Create(
                    descriptor,
                    Locate(finding.Pointer),
                    Severities.Of(finding.Severity),
                    additionalLocations: null,
                    properties: ImmutableDictionary<string, string?>.Empty.Add("Pointer", finding.Pointer),
                    finding.Message);
            }

            /// <summary>The location of the argument that set <paramref name="pointer"/> or its nearest set ancestor; else the class.</summary>
            public Location Locate(string pointer)
            {
                string current = pointer;
                while (true)
                {
                    if (_map.TryGetValue(current, out KeyValuePair<AttributeData, string?> source))
                    {
                        return ArgumentLocation(source.Key, source.Value);
                    }

                    if (current.Length == 0)
                    {
                        return ClassLocation();
                    }

                    int slash = current.LastIndexOf('/');
                    current = slash <= 0 ? string.Empty : current.Substring(0, slash);
                }
            }

            private static bool Related(string finding, string explained) =>
                finding == explained ||
                finding.StartsWith(explained + "/", System.StringComparison.Ordinal) ||
                (explained.LastIndexOf('/') > 0 && finding == explained.Substring(0, explained.LastIndexOf('/')));

            private void Add(string ruleId, Location location, string message, string? pointer)
            {
                DiagnosticDescriptor? descriptor = Descriptors.Find(ruleId);
                if (descriptor is null)
                {
                    return;
                }

                ImmutableDictionary<string, string?> properties = pointer is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add("Pointer", pointer);
                Diagnostics.Add(Diagnostic.Create(descriptor, location, properties, message));
            }

            private Location ClassLocation() => _type.Locations.Length > 0 ? _type.Locations[0] : Location.None;

            private Location ArgumentLocation(AttributeData attribute, string? argument)
            {
                if (attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is not AttributeSyntax syntax)
                {
                    return ClassLocation();
                }

                if (argument is null || syntax.ArgumentList is null)
                {
                    return syntax.GetLocation();
                }

                SeparatedSyntaxList<AttributeArgumentSyntax> arguments = syntax.ArgumentList.Arguments;
                foreach (AttributeArgumentSyntax candidate in arguments)
                {
                    string? name = candidate.NameEquals?.Name.Identifier.ValueText ?? candidate.NameColon?.Name.Identifier.ValueText;
                    if (name == argument)
                    {
                        return candidate.Expression.GetLocation();
                    }
                }

                ImmutableArray<IParameterSymbol> parameters = attribute.AttributeConstructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty;
                for (int i = 0; i < parameters.Length; i++)
                {
                    if (parameters[i].Name == argument && i < arguments.Count && arguments[i].NameEquals is null && arguments[i].NameColon is null)
                    {
                        return arguments[i].Expression.GetLocation();
                    }
                }

                return syntax.GetLocation();
            }
        }
    }
}
