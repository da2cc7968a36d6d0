using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TaskDefKit.Analyzers.Generator.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>
    /// Turns a <c>[TaskDefinition]</c> class into a <see cref="TaskDefinitionSpec"/>: reads the class's and its
    /// container properties' attributes through <see cref="AttributeTable"/> into a JSON-shaped tree. Never throws on
    /// incomplete code: arguments in error are skipped (the compiler reports them), everything else is kept.
    /// </summary>
    internal static class Parser
    {
        public static TaskDefinitionSpec Parse(INamedTypeSymbol type, IParseSink? sink, CancellationToken cancellationToken)
        {
            var root = NodeBuilder.NewObject(JsonPointer.Root);
            var parser = new ParserState(sink);

            foreach (AttributeData attribute in type.GetAttributes())
            {
                AttributeRule? rule = FindRule(attribute);
                if (rule is null)
                {
                    continue;
                }

                if (rule.Scope != AttributeScope.Task)
                {
                    continue; // AttributeUsage keeps container attributes off classes; the compiler reports misuse.
                }

                if (rule.Name == AttributeTable.TaskDefinitionAttribute)
                {
                    sink?.Map(JsonPointer.Root, attribute, null);
                }

                parser.Apply(rule, attribute, root);
            }

            var containers = new List<ContainerPropertySpec>();
            NodeBuilder? containerList = null;
            var containerNames = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (ISymbol member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.Kind != SymbolKind.Property)
                {
                    continue;
                }

                ImmutableArray<AttributeData> attributes = member.GetAttributes();
                AttributeData? containerAttribute = null;
                bool hasContainerAttributes = false;
                foreach (AttributeData attribute in attributes)
                {
                    AttributeRule? rule = FindRule(attribute);
                    if (rule?.Scope == AttributeScope.Container)
                    {
                        hasContainerAttributes = true;
                        if (rule.Name == AttributeTable.ContainerAttribute && containerAttribute is null)
                        {
                            containerAttribute = attribute;
                        }
                    }
                }

                if (!hasContainerAttributes)
                {
                    continue;
                }

                if (containerAttribute is null)
                {
                    sink?.Report(RuleIds.ContainerAttributeMisplaced, member,
                        "Property '" + member.Name + "' has container attributes but no [Container]: add [Container(\"name\", \"image\")] or remove them.");
                    continue;
                }

                containerList ??= root.Child("containerDefinitions", list: true)!;
                int index = containerList.Count;
                NodeBuilder container = containerList.AddObject();
                sink?.Map(container.Pointer, containerAttribute, null);
                parser.Apply(AttributeTable.Find(AttributeTable.ContainerAttribute)!, containerAttribute, container);
                foreach (AttributeData attribute in attributes)
                {
                    AttributeRule? rule = FindRule(attribute);
                    if (rule?.Scope == AttributeScope.Container && rule.Name != AttributeTable.ContainerAttribute)
                    {
                        parser.Apply(rule, attribute, container);
                    }
                }

                if (container.Get("name") is ValueSpec { Kind: ValueKind.String } name)
                {
                    if (containerNames.TryGetValue(name.Text!, out int first))
                    {
                        sink?.Report(RuleIds.ContainerDeclaredTwice, container.PointerOf("name"),
                            "Container '" + name.Text + "' is declared twice (containers " + first.ToString(CultureInfo.InvariantCulture) + " and " +
                            index.ToString(CultureInfo.InvariantCulture) + "): give each container its own name.");
                    }
                    else
                    {
                        containerNames.Add(name.Text!, index);
                    }
                }

                string? modifiers = ContainerPropertyModifiers((IPropertySymbol)member, sink);
                if (modifiers != null)
                {
                    containers.Add(new ContainerPropertySpec(modifiers, Identifier(member.Name), index));
                }
            }

            if (sink != null)
            {
                CheckReferences(root, containerNames, sink);
            }

            return Describe(type, sink, containers, root.Freeze());
        }

        /// <summary>
        /// TDK8003: dependsOn, volumesFrom and mount points must name a container or volume of this class. Reported by
        /// the analyzer only; the JSON keeps the reference as written.
        /// </summary>
        private static void CheckReferences(NodeBuilder root, Dictionary<string, int> containerNames, IParseSink sink)
        {
            var volumeNames = new HashSet<string>(System.StringComparer.Ordinal);
            if (root.Get("volumes") is NodeBuilder volumes)
            {
                foreach (object volume in volumes.Items)
                {
                    if (volume is NodeBuilder node && node.Get("name") is ValueSpec { Kind: ValueKind.String } name)
                    {
                        volumeNames.Add(name.Text!);
                    }
                }
            }

            if (root.Get("containerDefinitions") is not NodeBuilder containers)
            {
                return;
            }

            foreach (object item in containers.Items)
            {
                if (item is not NodeBuilder container)
                {
                    continue;
                }

                string containerName = container.Get("name") is ValueSpec { Kind: ValueKind.String } n ? n.Text! : "?";
                CheckList(container, "dependsOn", "containerName", containerNames.ContainsKey, containerName, "depends on container", "containers", sink, containerNames.Keys);
                CheckList(container, "volumesFrom", "sourceContainer", containerNames.ContainsKey, containerName, "mounts volumes from container", "containers", sink, containerNames.Keys);
                CheckList(container, "mountPoints", "sourceVolume", volumeNames.Contains, containerName, "mounts volume", "volumes", sink, volumeNames);
            }
        }

        private static void CheckList(
            NodeBuilder container,
            string listName,
            string memberName,
            System.Func<string, bool> exists,
            string containerName,
            string verb,
            string kind,
            IParseSink sink,
            IEnumerable<string> known)
        {
            if (container.Get(listName) is not NodeBuilder list)
            {
                return;
            }

            foreach (object item in list.Items)
            {
                if (item is NodeBuilder entry && entry.Get(memberName) is ValueSpec { Kind: ValueKind.String } reference && !exists(reference.Text!))
                {
                    var names = new List<string>(known);
                    names.Sort(System.StringComparer.Ordinal);
                    string declared = names.Count == 0 ? "none are declared" : "declared: " + string.Join(", ", names);
                    sink.Report(RuleIds.UnknownReference, entry.PointerOf(memberName),
                        "Container '" + containerName + "' " + verb + " '" + reference.Text + "', which this task definition does not declare (" + kind + " " + declared + ").");
                }
            }
        }

        private static AttributeRule? FindRule(AttributeData attribute)
        {
            INamedTypeSymbol? attributeClass = attribute.AttributeClass;
            if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
            {
                return null;
            }

            INamespaceSymbol? ns = attributeClass.ContainingNamespace;
            if (ns is null || ns.Name != "Attributes" || ns.ContainingNamespace?.Name != "TaskDefKit" || ns.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace != true)
            {
                return null;
            }

            return AttributeTable.Find(attributeClass.Name);
        }

        /// <summary>The modifiers of a valid container property (<c>static partial</c>, of type ContainerDefinition, <c>{ get; }</c>); null and TDK8005 otherwise.</summary>
        private static string? ContainerPropertyModifiers(IPropertySymbol property, IParseSink? sink)
        {
            PropertyDeclarationSyntax? declaration = null;
            foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is PropertyDeclarationSyntax syntax && IsDefinitionPart(syntax))
                {
                    declaration = syntax;
                    break;
                }
            }

            bool isContainerType = property.Type is INamedTypeSymbol { Name: "ContainerDefinition" } t &&
                t.ContainingNamespace?.ToDisplayString() == "TaskDefKit.Model";
            if (declaration is null || !property.IsStatic || !isContainerType || property.SetMethod != null)
            {
                sink?.Report(RuleIds.ContainerAttributeMisplaced, property,
                    "Container property '" + property.Name + "' must be declared 'static partial ContainerDefinition " + property.Name +
                    " { get; }' so the generator can implement it; the container is still part of Definition.");
                return null;
            }

            var modifiers = new StringBuilder();
            foreach (SyntaxToken modifier in declaration.Modifiers)
            {
                if (modifiers.Length > 0)
                {
                    modifiers.Append(' ');
                }

                modifiers.Append(modifier.Text);
            }

            return modifiers.ToString();
        }

        private static bool IsDefinitionPart(PropertyDeclarationSyntax syntax)
        {
            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword) || syntax.ExpressionBody != null || syntax.AccessorList is null)
            {
                return false;
            }

            foreach (AccessorDeclarationSyntax accessor in syntax.AccessorList.Accessors)
            {
                if (accessor.Body != null || accessor.ExpressionBody != null)
                {
                    return false;
                }
            }

            return true;
        }

        private static TaskDefinitionSpec Describe(INamedTypeSymbol type, IParseSink? sink, List<ContainerPropertySpec> containers, ValueSpec definition)
        {
            bool canGenerate = true;
            bool registrable = true;
            var chain = new List<TypeDeclarationSpec>();
            for (INamedTypeSymbol? current = type.ContainingType; current != null; current = current.ContainingType)
            {
                if (!IsPartial(current))
                {
                    canGenerate = false;
                    sink?.Report(RuleIds.NotPartial, type,
                        "Class '" + type.Name + "' is nested in '" + current.Name + "', which is not partial: make '" + current.Name + "' partial so the generator can add Definition.");
                }

                if (current.Arity > 0)
                {
                    // The generated part would have to repeat the type parameters, and Definition would be one per
                    // construction of the generic type: there is no single task definition to generate.
                    canGenerate = false;
                    sink?.Report(RuleIds.NestedInGenericType, type,
                        "Class '" + type.Name + "' is nested in the generic type '" + current.Name + "': declare the task definition outside generic types.");
                }

                registrable &= IsAccessibleFromAssembly(current);
                chain.Insert(0, new TypeDeclarationSpec(Keyword(current), Identifier(current.Name)));
            }

            if (!IsPartial(type))
            {
                canGenerate = false;
                sink?.Report(RuleIds.NotPartial, type,
                    "Class '" + type.Name + "' has [TaskDefinition] but is not partial: declare it 'partial' so the generator can add Definition and DefinitionJson.");
            }
            else if (type.Arity > 0 || type.IsFileLocal)
            {
                canGenerate = false;
                sink?.Report(RuleIds.NotPartial, type,
                    "Class '" + type.Name + "' has [TaskDefinition] but is " + (type.Arity > 0 ? "generic" : "file-local") + ": declare the task definition on a non-generic, non-file-local partial class.");
            }

            canGenerate &= !HasGeneratedMemberConflict(type, sink);
            ReportSeveralDeclarations(type, sink);

            registrable &= IsAccessibleFromAssembly(type);
            string fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return new TaskDefinitionSpec(
                NamespaceName(type.ContainingNamespace),
                new EquatableArray<TypeDeclarationSpec>(chain),
                new TypeDeclarationSpec(Keyword(type), Identifier(type.Name)),
                fullName,
                HintNames.For(type),
                canGenerate,
                registrable,
                new EquatableArray<ContainerPropertySpec>(containers),
                definition);
        }

        private static bool IsPartial(INamedTypeSymbol type)
        {
            if (type.DeclaringSyntaxReferences.Length == 0)
            {
                return false;
            }

            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAccessibleFromAssembly(INamedTypeSymbol type) =>
            type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

        private static string Keyword(INamedTypeSymbol type)
        {
            if (type.IsRecord)
            {
                return type.TypeKind == TypeKind.Struct ? "record struct" : "record";
            }

            return type.TypeKind switch
            {
                TypeKind.Struct => "struct",
                TypeKind.Interface => "interface",
                _ => "class",
            };
        }

        /// <summary>A name as a C# identifier: reserved keywords get <c>@</c> (<c>@class</c>, <c>@default</c>).</summary>
        internal static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        private static string? NamespaceName(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return null;
            }

            string? parent = NamespaceName(ns.ContainingNamespace);
            return parent is null ? Identifier(ns.Name) : parent + "." + Identifier(ns.Name);
        }

        /// <summary>Names the generator adds to the class; a user declaration of either (or a class named so) cannot compile beside the generated part.</summary>
        private static readonly string[] s_generatedMemberNames = { "Definition", "DefinitionJson" };

        /// <summary>TDK8007: the class declares (or is named) <c>Definition</c>/<c>DefinitionJson</c> itself.</summary>
        private static bool HasGeneratedMemberConflict(INamedTypeSymbol type, IParseSink? sink)
        {
            bool conflict = false;
            foreach (string name in s_generatedMemberNames)
            {
                if (type.Name == name)
                {
                    conflict = true;
                    sink?.Report(RuleIds.GeneratedMemberConflict, type,
                        "Class '" + type.Name + "' has the name of the member '" + name + "' the generator adds to it: rename the class.");
                    continue;
                }

                foreach (ISymbol member in type.GetMembers(name))
                {
                    if (IsDeclaredByUser(member))
                    {
                        conflict = true;
                        sink?.Report(RuleIds.GeneratedMemberConflict, member,
                            "'" + name + "' is a member the generator adds to '" + type.Name + "': rename this member.");
                        break;
                    }
                }
            }

            return conflict;
        }

        /// <summary>
        /// True for a member written in the user's code. The analyzer sees the generator's own <c>Definition</c> in
        /// the compilation; those declarations are in trees this generator added (their path names the generator).
        /// </summary>
        private static bool IsDeclaredByUser(ISymbol member)
        {
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                string path = reference.SyntaxTree.FilePath;
                bool generated = path.EndsWith(HintNames.Suffix, System.StringComparison.Ordinal) &&
                    path.IndexOf(typeof(TaskDefinitionGenerator).FullName, System.StringComparison.Ordinal) >= 0;
                if (!generated)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The partial declarations of <paramref name="type"/> that carry a <c>[TaskDefinition]</c>, in attribute order.</summary>
        private static List<SyntaxNode> TaskDefinitionDeclarations(INamedTypeSymbol type, List<AttributeData>? attributes = null)
        {
            var declarations = new List<SyntaxNode>();
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (FindRule(attribute)?.Name != AttributeTable.TaskDefinitionAttribute)
                {
                    continue;
                }

                if (attribute.ApplicationSyntaxReference?.GetSyntax().Parent?.Parent is TypeDeclarationSyntax declaration && !declarations.Contains(declaration))
                {
                    declarations.Add(declaration);
                    attributes?.Add(attribute);
                }
            }

            return declarations;
        }

        /// <summary>
        /// True when <paramref name="node"/> is the declaration the generator generates from: the first one carrying
        /// <c>[TaskDefinition]</c>. The generator is called once per attributed declaration; generating for each would
        /// add one file twice (CS8785, which drops every generated file of the project).
        /// </summary>
        internal static bool IsPrimaryDeclaration(INamedTypeSymbol type, SyntaxNode node)
        {
            List<SyntaxNode> declarations = TaskDefinitionDeclarations(type);
            return declarations.Count == 0 || declarations[0] == node;
        }

        /// <summary>TDK8008: <c>[TaskDefinition]</c> on more than one partial declaration; reported on each attribute after the first.</summary>
        private static void ReportSeveralDeclarations(INamedTypeSymbol type, IParseSink? sink)
        {
            if (sink is null)
            {
                return;
            }

            var attributes = new List<AttributeData>();
            TaskDefinitionDeclarations(type, attributes);
            for (int i = 1; i < attributes.Count; i++)
            {
                sink.Report(RuleIds.TaskDefinitionOnSeveralDeclarations, attributes[i], null,
                    "'" + type.Name + "' has [TaskDefinition] on more than one partial declaration: keep it on one.");
            }
        }

        /// <summary>Applies attributes to the tree and keeps the bookkeeping of one parse.</summary>
        private sealed class ParserState
        {
            private readonly IParseSink? _sink;

            public ParserState(IParseSink? sink)
            {
                _sink = sink;
            }

            public void Apply(AttributeRule rule, AttributeData attribute, NodeBuilder scope)
            {
                NodeBuilder? target = rule.Target == AttributeTarget.Object ? scope.Walk(rule.Path) : scope.Walk(rule.Path, lastIsList: rule.Target == AttributeTarget.Element);
                if (target is null)
                {
                    _sink?.Report(RuleIds.InvalidAttributeValue, attribute, null,
                        "[" + ShortName(rule) + "] cannot be applied: '" + rule.Path + "' is already set to a value of another kind.");
                    return;
                }

                if (rule.Target == AttributeTarget.Element)
                {
                    // A finding about the whole list ("secrets need an execution role") lands on its first entry's attribute.
                    _sink?.Map(target.Pointer, attribute, null);
                    target = target.AddObject();
                }

                if (rule.Target != AttributeTarget.MapEntry)
                {
                    _sink?.Map(target.Pointer, attribute, null);
                }

                var arguments = Arguments(attribute);
                if (rule.Target == AttributeTarget.MapEntry)
                {
                    ApplyEntry(rule, attribute, target, arguments);
                    return;
                }

                foreach (string path in rule.Ensure)
                {
                    target.Walk(path);
                }

                foreach (Binding binding in rule.Bindings)
                {
                    if (arguments.TryGetValue(binding.Argument, out Argument argument))
                    {
                        Bind(rule, attribute, target, binding, argument);
                    }
                }

                foreach (KeyValuePair<string, string> value in rule.Fixed)
                {
                    SetAt(rule, attribute, target, value.Key, ValueSpec.String(value.Value), null, reportConflict: true);
                }

                foreach (KeyValuePair<string, string> value in rule.Defaults)
                {
                    SetAt(rule, attribute, target, value.Key, ValueSpec.String(value.Value), null, reportConflict: false);
                }
            }

            private void ApplyEntry(AttributeRule rule, AttributeData attribute, NodeBuilder map, Dictionary<string, Argument> arguments)
            {
                if (!arguments.TryGetValue(rule.KeyArgument!, out Argument key) || !arguments.TryGetValue(rule.ValueArgument!, out Argument value))
                {
                    return;
                }

                string? keyText = AsString(key.Constant);
                string? valueText = AsString(value.Constant);
                if (keyText is null || valueText is null)
                {
                    if (!key.Constant.IsNull && !value.Constant.IsNull)
                    {
                        return; // an argument in error: the compiler reports it
                    }

                    _sink?.Report(RuleIds.InvalidAttributeValue, attribute, keyText is null ? rule.KeyArgument : rule.ValueArgument,
                        "[" + ShortName(rule) + "] needs a " + (keyText is null ? "name" : "value") + "; null is not allowed.");
                    return;
                }

                string pointer = map.PointerOf(keyText);
                _sink?.Map(pointer, attribute, rule.ValueArgument);
                if (!map.Set(keyText, ValueSpec.String(valueText)))
                {
                    _sink?.Report(RuleIds.InvalidAttributeValue, attribute, rule.KeyArgument,
                        "'" + keyText + "' is set twice in " + rule.Path + ": keep one [" + ShortName(rule) + "] per key.");
                }
            }

            private void Bind(AttributeRule rule, AttributeData attribute, NodeBuilder target, Binding binding, Argument argument)
            {
                TypedConstant constant = argument.Constant;
                if (constant.Kind == TypedConstantKind.Error)
                {
                    return;
                }

                ValueSpec? value = null;
                string? problem = null;
                switch (binding.Conversion)
                {
                    case Conversion.String:
                        if (AsString(constant) is string s)
                        {
                            value = ValueSpec.String(s);
                        }
                        else if (constant.IsNull && argument.IsConstructorArgument)
                        {
                            problem = "must not be null";
                        }

                        break;
                    case Conversion.StringAsList:
                        if (AsString(constant) is string single)
                        {
                            value = ValueSpec.List(new EquatableArray<ValueSpec>(ImmutableArray.Create(ValueSpec.String(single))));
                        }

                        break;
                    case Conversion.Integer:
                        if (constant.Value is int i)
                        {
                            value = ValueSpec.Integer(i);
                        }

                        break;
                    case Conversion.Boolean:
                        if (constant.Value is bool b)
                        {
                            value = ValueSpec.Boolean(b);
                        }

                        break;
                    case Conversion.EnabledDisabled:
                        if (constant.Value is bool enabled)
                        {
                            value = ValueSpec.String(enabled ? "ENABLED" : "DISABLED");
                        }

                        break;
                    case Conversion.BooleanString:
                        if (constant.Value is bool flag)
                        {
                            value = ValueSpec.String(flag ? "true" : "false");
                        }

                        break;
                    case Conversion.StringList:
                    case Conversion.IntegerList:
                        value = List(constant, binding.Conversion == Conversion.IntegerList, out problem);
                        if (value is null && constant.IsNull && argument.IsConstructorArgument)
                        {
                            problem = "must not be null";
                        }

                        break;
                    case Conversion.KeyValueMap:
                        BindMap(rule, attribute, target, binding, constant);
                        return;
                }

                if (problem != null)
                {
                    _sink?.Report(RuleIds.InvalidAttributeValue, attribute, binding.Argument,
                        "[" + ShortName(rule) + "] " + binding.Argument + " " + problem + ".");
                }

                if (value != null)
                {
                    SetAt(rule, attribute, target, binding.Path, value, binding.Argument, reportConflict: true);
                }
            }

            private void BindMap(AttributeRule rule, AttributeData attribute, NodeBuilder target, Binding binding, TypedConstant constant)
            {
                if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
                {
                    return;
                }

                NodeBuilder? map = target.Walk(binding.Path);
                if (map is null)
                {
                    return;
                }

                _sink?.Map(map.Pointer, attribute, binding.Argument);
                foreach (TypedConstant element in constant.Values)
                {
                    string? pair = AsString(element);
                    int equals = pair?.IndexOf('=') ?? -1;
                    if (pair is null || equals <= 0)
                    {
                        if (element.Kind != TypedConstantKind.Error)
                        {
                            _sink?.Report(RuleIds.InvalidAttributeValue, attribute, binding.Argument,
                                "[" + ShortName(rule) + "] " + binding.Argument + " entries are \"key=value\"; '" + (pair ?? "null") + "' is not.");
                        }

                        continue;
                    }

                    string key = pair.Substring(0, equals);
                    if (!map.Set(key, ValueSpec.String(pair.Substring(equals + 1))))
                    {
                        _sink?.Report(RuleIds.InvalidAttributeValue, attribute, binding.Argument,
                            "[" + ShortName(rule) + "] " + binding.Argument + " sets '" + key + "' twice.");
                    }
                }
            }

            private void SetAt(AttributeRule rule, AttributeData attribute, NodeBuilder target, string path, ValueSpec value, string? argument, bool reportConflict)
            {
                int slash = path.LastIndexOf('/');
                NodeBuilder? parent = slash < 0 ? target : target.Walk(path.Substring(0, slash));
                string name = slash < 0 ? path : path.Substring(slash + 1);
                if (parent is null)
                {
                    return;
                }

                string pointer = parent.PointerOf(name);
                object? existing = parent.Get(name);
                if (existing is null)
                {
                    if (argument != null)
                    {
                        _sink?.Map(pointer, attribute, argument);
                        MapOwnedObjects(rule, attribute, target, path, argument);
                    }

                    parent.Set(name, value);
                    return;
                }

                if (reportConflict && !(existing is ValueSpec old && old.Equals(value)))
                {
                    _sink?.Report(RuleIds.InvalidAttributeValue, attribute, argument,
                        "[" + ShortName(rule) + "] sets '" + pointer + "', which another attribute or argument already sets: set it once.");
                }
            }

            /// <summary>
            /// Maps the objects on <paramref name="path"/> that only this argument fills (<c>ephemeralStorage</c> for
            /// <c>EphemeralStorageGiB</c>, <c>host</c> for <c>HostPath</c>) to the argument, so a finding about the whole
            /// object lands on it rather than on the attribute. Objects several arguments fill keep the attribute.
            /// </summary>
            private void MapOwnedObjects(AttributeRule rule, AttributeData attribute, NodeBuilder target, string path, string argument)
            {
                if (_sink is null)
                {
                    return;
                }

                for (int slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
                {
                    string prefix = path.Substring(0, slash + 1);
                    int writers = 0;
                    foreach (Binding binding in rule.Bindings)
                    {
                        if (binding.Path.StartsWith(prefix, System.StringComparison.Ordinal))
                        {
                            writers++;
                        }
                    }

                    if (writers == 1 && target.Walk(path.Substring(0, slash)) is NodeBuilder owned)
                    {
                        _sink.Map(owned.Pointer, attribute, argument);
                    }
                }
            }

            private static ValueSpec? List(TypedConstant constant, bool integers, out string? problem)
            {
                problem = null;
                if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
                {
                    return null;
                }

                ImmutableArray<ValueSpec>.Builder items = ImmutableArray.CreateBuilder<ValueSpec>(constant.Values.Length);
                foreach (TypedConstant element in constant.Values)
                {
                    if (integers && element.Value is int number)
                    {
                        items.Add(ValueSpec.Integer(number));
                    }
                    else if (!integers && AsString(element) is string text)
                    {
                        items.Add(ValueSpec.String(text));
                    }
                    else if (element.Kind != TypedConstantKind.Error)
                    {
                        problem = "must not contain null";
                    }
                }

                return ValueSpec.List(new EquatableArray<ValueSpec>(items.ToImmutable()));
            }

            private static string? AsString(TypedConstant constant) =>
                constant.Kind == TypedConstantKind.Primitive ? constant.Value as string : null;

            private static string ShortName(AttributeRule rule) =>
                rule.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? rule.Name.Substring(0, rule.Name.Length - "Attribute".Length) : rule.Name;

            /// <summary>The attribute's arguments by constructor parameter name and property name.</summary>
            private static Dictionary<string, Argument> Arguments(AttributeData attribute)
            {
                var arguments = new Dictionary<string, Argument>(System.StringComparer.Ordinal);
                IMethodSymbol? constructor = attribute.AttributeConstructor;
                ImmutableArray<TypedConstant> values = attribute.ConstructorArguments;
                if (constructor != null)
                {
                    for (int i = 0; i < values.Length && i < constructor.Parameters.Length; i++)
                    {
                        arguments[constructor.Parameters[i].Name] = new Argument(values[i], isConstructorArgument: true);
                    }
                }

                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    arguments[named.Key] = new Argument(named.Value, isConstructorArgument: false);
                }

                return arguments;
            }
        }

        private readonly struct Argument
        {
            public Argument(TypedConstant constant, bool isConstructorArgument)
            {
                Constant = constant;
                IsConstructorArgument = isConstructorArgument;
            }

            public TypedConstant Constant { get; }

            public bool IsConstructorArgument { get; }
        }
    }
}
