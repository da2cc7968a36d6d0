extern alias analyzers;

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using BuilderDescriptions = analyzers::TaskDefKit.Analyzers.Builder.Description.BuilderDescriptions;
using Binding = analyzers::TaskDefKit.Analyzers.Builder.Description.Binding;
using DescriptionSyntax = analyzers::TaskDefKit.Analyzers.Builder.Description.DescriptionSyntax;
using Effect = analyzers::TaskDefKit.Analyzers.Builder.Description.Effect;
using EffectKind = analyzers::TaskDefKit.Analyzers.Builder.Description.EffectKind;
using MethodDescription = analyzers::TaskDefKit.Analyzers.Builder.Description.MethodDescription;
using ValuePartKind = analyzers::TaskDefKit.Analyzers.Builder.Description.ValuePartKind;
using ClassSchema = analyzers::TaskDefKit.Model.Schema.ClassSchema;
using MemberSchema = analyzers::TaskDefKit.Model.Schema.MemberSchema;
using SchemaKind = analyzers::TaskDefKit.Model.Schema.SchemaKind;
using ModelTaskDefinition = analyzers::TaskDefKit.Model.TaskDefinition;
using ModelServiceDefinition = analyzers::TaskDefKit.Model.Services.ServiceDefinition;
using ModelRunTask = analyzers::TaskDefKit.Model.Services.RunTask;
using ModelClusterDefinition = analyzers::TaskDefKit.Model.Services.ClusterDefinition;
using ModelPlacementDocument = analyzers::TaskDefKit.Model.PlacementDocument;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// The builder analyzer knows a builder method only from its description attributes: every public method of every
    /// builder is described (or is one of the chain's roles listed here), and every description names parameters
    /// and model members that exist, with argument types that fit the member.
    /// </summary>
    public class BuilderDescriptionTests
    {
        /// <summary>
        /// Methods that are roles in a chain rather than changes to the model: <c>Create</c> starts a chain (its family
        /// is read by <c>TaskDefinitionChainReader.IsRoot</c>), <c>From</c> starts from a model the analyzer cannot see
        /// (a chain starting there is not followed), <c>Build</c> ends it (<c>ChainReading</c>).
        /// </summary>
        /// <remarks>
        /// <c>PlacementBuilder</c>'s <c>ToJson</c> ends a chain like <c>Build</c>; <c>TaskDefinitionMemberOf</c> is a static
        /// helper that makes a task definition's constraint, not a chain call.
        /// The service, RunTask and cluster builders have the same roles (their <c>Create</c> with a name is described:
        /// <c>EcsInputChainReader</c> applies it; RunTask's takes nothing).
        /// </remarks>
        private static readonly string[] s_chainRoles =
        {
            "TaskDefinitionBuilder.Create", "TaskDefinitionBuilder.From", "TaskDefinitionBuilder.Build",
            "ServiceBuilder.From", "ServiceBuilder.Build", "RunTaskBuilder.Create", "RunTaskBuilder.From", "RunTaskBuilder.Build",
            "ClusterBuilder.From", "ClusterBuilder.Build",
            "PlacementBuilder.Create", "PlacementBuilder.Build", "PlacementBuilder.ToJson", "PlacementBuilder.TaskDefinitionMemberOf",
        };

        /// <summary>The builders a chain starts with, and the model each builds.</summary>
        private static readonly (string Type, ClassSchema Schema)[] s_roots =
        {
            ("TaskDefKit.Builders.TaskDefinitionBuilder", ModelTaskDefinition.Schema),
            ("TaskDefKit.Builders.Services.ServiceBuilder", ModelServiceDefinition.Schema),
            ("TaskDefKit.Builders.Services.RunTaskBuilder", ModelRunTask.Schema),
            ("TaskDefKit.Builders.Services.ClusterBuilder", ModelClusterDefinition.Schema),
            ("TaskDefKit.Placement.PlacementBuilder", ModelPlacementDocument.Schema),
        };

        private static IReadOnlyList<INamedTypeSymbol> BuilderTypes(out Compilation compilation)
        {
            compilation = GeneratorHarness.Compile("class C { }");
            INamespaceSymbol builders = compilation.GetTypeByMetadataName("TaskDefKit.Builders.TaskDefinitionBuilder")!.ContainingNamespace;
            INamespaceSymbol services = compilation.GetTypeByMetadataName("TaskDefKit.Builders.Services.ServiceBuilder")!.ContainingNamespace;
            INamedTypeSymbol placement = compilation.GetTypeByMetadataName("TaskDefKit.Placement.PlacementBuilder")!;
            return builders.GetTypeMembers().Concat(services.GetTypeMembers()).Concat(new[] { placement })
                .Where(t => t.DeclaredAccessibility == Accessibility.Public && t.Name.EndsWith("Builder", System.StringComparison.Ordinal))
                .OrderBy(t => t.Name, System.StringComparer.Ordinal)
                .ToList();
        }

        private static IEnumerable<IMethodSymbol> PublicMethods(INamedTypeSymbol type) => type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public);

        private static string Name(IMethodSymbol method) =>
            method.ContainingType.Name + "." + method.Name + "(" + string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name)) + ")";

        [Fact]
        public void Every_public_builder_method_is_described_or_a_chain_role()
        {
            var missing = new List<string>();
            var roles = new List<string>();
            foreach (INamedTypeSymbol type in BuilderTypes(out _))
            {
                foreach (IMethodSymbol method in PublicMethods(type))
                {
                    string role = type.Name + "." + method.Name;
                    if (s_chainRoles.Contains(role))
                    {
                        roles.Add(role);
                    }
                    else if (BuilderDescriptions.Read(method) is null)
                    {
                        missing.Add(Name(method));
                    }
                }
            }

            Assert.True(
                missing.Count == 0,
                "Say what these builder methods do to the model with [Sets]/[Replaces]/[Adds]/[Unreadable] " +
                "(TaskDefKit.Builders.Description, grammar in src/Shared/Builders/BuilderDescription.cs), " +
                "or, if one is a role in the chain rather than a change to the model, list it in s_chainRoles with the reason: " +
                string.Join("; ", missing));
            Assert.Equal(s_chainRoles.OrderBy(r => r, System.StringComparer.Ordinal), roles.Distinct().OrderBy(r => r, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Every_description_names_parameters_and_model_members_that_exist()
        {
            IReadOnlyList<INamedTypeSymbol> types = BuilderTypes(out Compilation compilation);
            var problems = new List<string>();
            var visited = new Dictionary<string, string>();
            var queue = new Queue<(INamedTypeSymbol Type, ClassSchema Schema)>();
            foreach ((string type, ClassSchema schema) in s_roots)
            {
                queue.Enqueue((compilation.GetTypeByMetadataName(type)!, schema));
            }

            while (queue.Count > 0)
            {
                (INamedTypeSymbol type, ClassSchema schema) = queue.Dequeue();
                if (visited.ContainsKey(type.Name))
                {
                    continue;
                }

                visited.Add(type.Name, schema.ApiShapeName);
                foreach (IMethodSymbol method in PublicMethods(type))
                {
                    MethodDescription? description = BuilderDescriptions.Read(method);
                    if (description is null)
                    {
                        continue;
                    }

                    var context = new CheckContext(method, problems);
                    problems.AddRange(description.Errors.Select(e => Name(method) + ": " + e));
                    foreach (Effect effect in description.Effects)
                    {
                        ClassSchema? target = CheckEffect(context, schema, effect);
                        if (effect.Nested != null && target != null)
                        {
                            ClassSchema? configured = context.Walk(target, effect.Nested.Target, effect.Nested.Target.Length, "Nested");
                            IParameterSymbol? parameter = BuilderDescriptions.FindParameter(method, effect.Nested.Parts[0].Text);
                            if (configured != null && parameter != null && BuilderDescriptions.NestedBuilderType(parameter) is INamedTypeSymbol nested)
                            {
                                queue.Enqueue((nested, configured));
                            }
                        }

                        // From: the argument's own described methods (a preset, a strategy) apply to the same object.
                        if (effect.From != null && target != null && BuilderDescriptions.FindParameter(method, effect.From)?.Type is INamedTypeSymbol made)
                        {
                            queue.Enqueue((made, target));
                        }
                    }
                }
            }

            foreach (INamedTypeSymbol type in types)
            {
                if (!visited.ContainsKey(type.Name))
                {
                    problems.Add(type.Name + " is not reached from a chain's builder through a Nested lambda of a description");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>The object an effect's bindings are relative to (null when its path does not resolve).</summary>
        private static ClassSchema? CheckEffect(CheckContext context, ClassSchema schema, Effect effect)
        {
            switch (effect.Kind)
            {
                case EffectKind.Sets:
                    foreach (Binding binding in effect.Bindings)
                    {
                        context.CheckBinding(schema, binding);
                    }

                    return schema;
                case EffectKind.RunsTaskDefinition:
                case EffectKind.Chooses:
                    return null; // roles, checked when the description is read
                case EffectKind.Replaces:
                case EffectKind.Adds:
                    ClassSchema? parent = context.Walk(schema, effect.Path, effect.Path.Length - 1, "path");
                    MemberSchema? member = parent?.Find(effect.Path.LastOrDefault() ?? string.Empty);
                    SchemaKind expected = effect.Kind == EffectKind.Adds ? SchemaKind.List : SchemaKind.Object;
                    if (member is null || member.Kind != expected)
                    {
                        context.Report("path '" + string.Join("/", effect.Path) + "' is no " + expected + " member");
                        return null;
                    }

                    if (effect.Kind == EffectKind.Adds && member.ElementKind != SchemaKind.Object)
                    {
                        foreach (Binding binding in effect.Bindings)
                        {
                            if (binding.Target.Length != 0)
                            {
                                context.Report("a list of values takes element bindings without a member name");
                            }
                            else
                            {
                                context.CheckValue(member, SchemaKind.List, binding);
                            }
                        }

                        return null;
                    }

                    foreach (Binding binding in effect.Bindings)
                    {
                        if (binding.Target.Length > 0)
                        {
                            context.CheckBinding(member.ObjectSchema!, binding);
                        }
                    }

                    foreach (string named in effect.Keeps.Concat(effect.UnreadableMembers))
                    {
                        if (member.ObjectSchema!.Find(named) is null)
                        {
                            context.Report("'" + named + "' is no member of " + member.ObjectSchema.ApiShapeName);
                        }
                    }

                    return member.ObjectSchema;
                default:
                    if (effect.Path.Length > 0 && context.Walk(schema, effect.Path, effect.Path.Length - 1, "path")?.Find(effect.Path.Last()) is null)
                    {
                        context.Report("path '" + string.Join("/", effect.Path) + "' is no member");
                    }

                    return null;
            }
        }

        private sealed class CheckContext
        {
            private readonly IMethodSymbol _method;
            private readonly List<string> _problems;

            public CheckContext(IMethodSymbol method, List<string> problems)
            {
                _method = method;
                _problems = problems;
            }

            public void Report(string problem) => _problems.Add(Name(_method) + ": " + problem);

            public ClassSchema? Walk(ClassSchema schema, string[] path, int count, string what)
            {
                ClassSchema? current = schema;
                for (int i = 0; i < count && current != null; i++)
                {
                    MemberSchema? member = current.Find(path[i]);
                    current = member?.Kind == SchemaKind.Object ? member.ObjectSchema : null;
                    if (current is null)
                    {
                        Report(what + " segment '" + path[i] + "' is no object member of " + schema.ApiShapeName);
                    }
                }

                return current;
            }

            public void CheckBinding(ClassSchema schema, Binding binding)
            {
                string[] path = binding.Target;
                if (path.Length == 0)
                {
                    Report("a member binding needs a member name");
                    return;
                }

                if (path.Length >= 2 && Walk(schema, path, path.Length - 2, "binding")?.Find(path[path.Length - 2]) is { Kind: SchemaKind.Map } map)
                {
                    if (DescriptionSyntax.IsKeyParameter(path[path.Length - 1], out string? key) &&
                        BuilderDescriptions.FindParameter(_method, key!)?.Type.SpecialType != SpecialType.System_String)
                    {
                        Report("map key parameter '" + key + "' is no string");
                    }

                    CheckValue(map, SchemaKind.String, binding);
                    return;
                }

                MemberSchema? member = Walk(schema, path, path.Length - 1, "binding")?.Find(path[path.Length - 1]);
                if (member is null)
                {
                    Report("'" + string.Join("/", path) + "' is no member of " + schema.ApiShapeName);
                    return;
                }

                CheckValue(member, member.Kind, binding);
            }

            /// <summary>Each argument's type fits the member (or list element) kind it is converted to.</summary>
            public void CheckValue(MemberSchema member, SchemaKind kind, Binding binding)
            {
                foreach (var part in binding.Parts)
                {
                    if (part.Kind == ValuePartKind.EmptyObject && kind != SchemaKind.Object)
                    {
                        Report("{} into a " + kind + " member");
                    }

                    if (part.Kind == ValuePartKind.Conditional)
                    {
                        if (BuilderDescriptions.FindParameter(_method, part.Text)?.Type.SpecialType != SpecialType.System_Boolean)
                        {
                            Report("'" + part.Text + "?…' needs a bool parameter");
                        }

                        continue;
                    }

                    if (part.Kind != ValuePartKind.Parameter || BuilderDescriptions.FindParameter(_method, part.Text) is not { } parameter)
                    {
                        continue;
                    }

                    ITypeSymbol type = parameter.Type;
                    if (part.Member != null)
                    {
                        if (type.Name != "FargateSize" || kind != SchemaKind.String || (part.Member != "Cpu" && part.Member != "Memory"))
                        {
                            Report("'" + part.Text + "." + part.Member + "': only FargateSize.Cpu/Memory into a string member are read");
                        }

                        continue;
                    }

                    SchemaKind elementKind = kind == SchemaKind.List ? member.ElementKind : kind;
                    ITypeSymbol element = Element(type) ?? type;
                    if (kind != SchemaKind.List && Element(type) != null && kind != SchemaKind.String)
                    {
                        Report("parameter '" + part.Text + "' is a collection, member kind " + kind);
                    }
                    else if (!Fits(element, elementKind, member))
                    {
                        Report("parameter '" + part.Text + "' (" + type.ToDisplayString() + ") does not fit a " + elementKind + " member");
                    }
                }
            }

            private static ITypeSymbol? Element(ITypeSymbol type) => type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } enumerable => enumerable.TypeArguments[0],
                _ => null,
            };

            private static bool Fits(ITypeSymbol type, SchemaKind kind, MemberSchema member)
            {
                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    type = nullable.TypeArguments[0];
                }

                return kind switch
                {
                    SchemaKind.String => type.SpecialType is SpecialType.System_String or SpecialType.System_Int32,
                    SchemaKind.Integer => type.SpecialType == SpecialType.System_Int32,
                    SchemaKind.Boolean => type.SpecialType == SpecialType.System_Boolean,
                    SchemaKind.Number => type.SpecialType is SpecialType.System_Double or SpecialType.System_Int32,
                    SchemaKind.Object => member.ObjectSchema != null && type.Name == member.ObjectSchema.Create().GetType().Name, // a model object: read as unknown
                    SchemaKind.Enum => member.EnumFactory != null && type.Name == member.EnumFactory(string.Empty).GetType().Name,
                    _ => false,
                };
            }
        }
    }
}
