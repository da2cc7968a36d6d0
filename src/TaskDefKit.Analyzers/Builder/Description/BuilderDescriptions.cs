using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TaskDefKit.Analyzers.Builder.Description
{
    /// <summary>
    /// Reads the description attributes (<c>[Sets]</c>, <c>[Replaces]</c>, <c>[Adds]</c>, <c>[Unreadable]</c> of
    /// <c>TaskDefKit.Builders.Description</c>, see <c>src/Shared/Builders/BuilderDescription.cs</c>) of a builder method
    /// from its symbol, once per method per compilation.
    /// </summary>
    internal sealed class BuilderDescriptions
    {
        public const string Namespace = "TaskDefKit.Builders.Description";

        private readonly ConcurrentDictionary<IMethodSymbol, MethodDescription?> _cache =
            new ConcurrentDictionary<IMethodSymbol, MethodDescription?>(SymbolEqualityComparer.Default);

        /// <summary>The method's description; null when it has none (or a mistake in it): the analyzer cannot follow the call.</summary>
        public MethodDescription? Get(IMethodSymbol method)
        {
            MethodDescription? description = _cache.GetOrAdd(method.OriginalDefinition, Read);
            return description is null || description.Errors.Count > 0 ? null : description;
        }

        /// <summary>The description as written, mistakes included; null when the method carries no description attribute.</summary>
        public static MethodDescription? Read(IMethodSymbol method)
        {
            var effects = new List<Effect>();
            var errors = new List<string>();
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type || type.ContainingNamespace?.ToDisplayString() != Namespace)
                {
                    continue;
                }

                EffectKind kind;
                switch (type.Name)
                {
                    case "SetsAttribute": kind = EffectKind.Sets; break;
                    case "ReplacesAttribute": kind = EffectKind.Replaces; break;
                    case "AddsAttribute": kind = EffectKind.Adds; break;
                    case "UnreadableAttribute": kind = EffectKind.Unreadable; break;
                    case "RunsTaskDefinitionAttribute": kind = EffectKind.RunsTaskDefinition; break;
                    case "ChoosesAttribute": kind = EffectKind.Chooses; break;
                    default: errors.Add("unknown description attribute " + type.Name); continue;
                }

                effects.Add(ReadEffect(kind, attribute, method, errors));
            }

            return effects.Count == 0 && errors.Count == 0 ? null : new MethodDescription(effects, errors);
        }

        private static Effect ReadEffect(EffectKind kind, AttributeData attribute, IMethodSymbol method, List<string> errors)
        {
            ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
            string path = string.Empty;
            var bindings = new List<Binding>();
            foreach (TypedConstant argument in arguments)
            {
                if (argument.Kind == TypedConstantKind.Array)
                {
                    foreach (TypedConstant element in argument.Values)
                    {
                        string text = element.Value as string ?? string.Empty;
                        if (DescriptionSyntax.TryParseBinding(text, out Binding? binding, out string? error))
                        {
                            bindings.Add(binding!);
                            Check(binding!, method, errors, text);
                        }
                        else
                        {
                            errors.Add("binding '" + text + "': " + error);
                        }
                    }
                }
                else if (argument.Value is string text)
                {
                    path = text;
                }
            }

            if (kind == EffectKind.RunsTaskDefinition && FindParameter(method, path) is null)
            {
                errors.Add("RunsTaskDefinition names no parameter '" + path + "'");
            }

            if (kind == EffectKind.RunsTaskDefinition || kind == EffectKind.Chooses)
            {
                // A role, not a path: kept whole in Path.
                return new Effect(kind, new[] { path }, bindings, null, null, false, false, false);
            }

            string? at = null, from = null;
            Binding? nested = null;
            List<string>? keeps = null, unreadable = null;
            bool unique = false, ifAbsent = false, locatesList = false;
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "At":
                        at = named.Value.Value as string;
                        if (at != null && FindParameter(method, at) is null)
                        {
                            errors.Add("At names no parameter '" + at + "'");
                        }

                        break;
                    case "Nested":
                        string text = named.Value.Value as string ?? string.Empty;
                        if (DescriptionSyntax.TryParseNested(text, out nested) && FindParameter(method, nested!.Parts[0].Text) is { } parameter &&
                            NestedBuilderType(parameter) != null)
                        {
                            break;
                        }

                        nested = null;
                        errors.Add("Nested '" + text + "' names no Action<builder> parameter");
                        break;
                    case "Unique":
                        unique = named.Value.Value is true;
                        break;
                    case "LocatesList":
                        locatesList = named.Value.Value is true;
                        break;
                    case "IfAbsent":
                        ifAbsent = named.Value.Value is true;
                        break;
                    case "From":
                        from = named.Value.Value as string;
                        if (from != null && FindParameter(method, from) is null)
                        {
                            errors.Add("From names no parameter '" + from + "'");
                        }

                        break;
                    case "Keeps":
                        keeps = Strings(named.Value);
                        break;
                    case "Unreadable":
                        unreadable = Strings(named.Value);
                        break;
                }
            }

            return new Effect(kind, DescriptionSyntax.SplitPath(path), bindings, at, nested, unique, ifAbsent, locatesList, from, keeps, unreadable);
        }

        private static List<string> Strings(TypedConstant array)
        {
            var values = new List<string>();
            if (array.Kind == TypedConstantKind.Array)
            {
                foreach (TypedConstant element in array.Values)
                {
                    if (element.Value is string text)
                    {
                        values.Add(text);
                    }
                }
            }

            return values;
        }

        /// <summary>Every parameter a binding names exists.</summary>
        private static void Check(Binding binding, IMethodSymbol method, List<string> errors, string text)
        {
            foreach (ValuePart part in binding.Parts)
            {
                if (part.ReadsArgument && FindParameter(method, part.Text) is null)
                {
                    errors.Add("binding '" + text + "' names no parameter '" + part.Text + "'");
                }
            }

            foreach (string segment in binding.Target)
            {
                if (DescriptionSyntax.IsKeyParameter(segment, out string? key) && FindParameter(method, key!) is null)
                {
                    errors.Add("binding '" + text + "' names no parameter '" + key + "'");
                }
            }
        }

        public static IParameterSymbol? FindParameter(IMethodSymbol method, string name)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>The builder type an <c>Action&lt;T&gt;</c> parameter configures; null for any other parameter.</summary>
        public static ITypeSymbol? NestedBuilderType(IParameterSymbol parameter) =>
            parameter.Type is INamedTypeSymbol { Name: "Action", TypeArguments.Length: 1 } action &&
            action.ContainingNamespace?.ToDisplayString() == "System"
                ? action.TypeArguments[0]
                : null;
    }
}
