namespace TaskDefKit.Analyzers.Generator.Model
{
    // The generator's model: immutable records of strings, numbers and EquatableArray, compared by value all the way
    // down and holding no Roslyn object (a test walks the graph to prove it). Equal specs mean equal output, so the
    // pipeline stops at the spec step when an edit does not change a definition.

    /// <summary>The kind of a <see cref="ValueSpec"/>: the JSON value kinds the attributes can produce.</summary>
    internal enum ValueKind
    {
        String,
        Integer,
        Boolean,
        Object,
        List,
    }

    /// <summary>
    /// A JSON-shaped value declared by attributes: a string, an integer, a boolean, an object (members in
    /// declaration order; also used for string maps such as log options) or a list. Member names are the ECS API's
    /// JSON names; <see cref="ModelFactory"/> turns the tree into the shared typed model through its schema tables.
    /// </summary>
    internal sealed record ValueSpec(
        ValueKind Kind,
        string? Text,
        int Number,
        EquatableArray<MemberSpec> Members,
        EquatableArray<ValueSpec> Items)
    {
        public static ValueSpec String(string text) =>
            new ValueSpec(ValueKind.String, text, 0, EquatableArray<MemberSpec>.Empty, EquatableArray<ValueSpec>.Empty);

        public static ValueSpec Integer(int number) =>
            new ValueSpec(ValueKind.Integer, null, number, EquatableArray<MemberSpec>.Empty, EquatableArray<ValueSpec>.Empty);

        public static ValueSpec Boolean(bool value) =>
            new ValueSpec(ValueKind.Boolean, null, value ? 1 : 0, EquatableArray<MemberSpec>.Empty, EquatableArray<ValueSpec>.Empty);

        public static ValueSpec Object(EquatableArray<MemberSpec> members) =>
            new ValueSpec(ValueKind.Object, null, 0, members, EquatableArray<ValueSpec>.Empty);

        public static ValueSpec List(EquatableArray<ValueSpec> items) =>
            new ValueSpec(ValueKind.List, null, 0, EquatableArray<MemberSpec>.Empty, items);

        /// <summary>The member called <paramref name="name"/> of an object, or null.</summary>
        public ValueSpec? Find(string name)
        {
            foreach (MemberSpec member in Members)
            {
                if (member.Name == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    /// <summary>One member of an object <see cref="ValueSpec"/>: its JSON name and value.</summary>
    internal sealed record MemberSpec(string Name, ValueSpec Value);

    /// <summary>A type declaration to reopen: <c>class</c>, <c>record</c>, <c>struct</c>, <c>record struct</c> or <c>interface</c> and its name.</summary>
    internal sealed record TypeDeclarationSpec(string Keyword, string Name);

    /// <summary>A container property to implement: its declared modifiers (copied), name, and the container's index.</summary>
    internal sealed record ContainerPropertySpec(string Modifiers, string Name, int ContainerIndex);

    /// <summary>Everything the emitter needs for one attributed class.</summary>
    internal sealed record TaskDefinitionSpec(
        string? Namespace,
        EquatableArray<TypeDeclarationSpec> ContainingTypes,
        TypeDeclarationSpec Type,
        string FullyQualifiedName,
        string HintName,
        bool CanGenerate,
        bool IsRegistrable,
        EquatableArray<ContainerPropertySpec> ContainerProperties,
        ValueSpec Definition);

    /// <summary>A generated file: what the source output adds.</summary>
    internal sealed record GeneratedSource(string HintName, string Text);
}
