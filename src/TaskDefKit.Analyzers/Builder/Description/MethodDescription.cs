using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Builder.Description
{
    /// <summary>Which attribute of <c>TaskDefKit.Builders.Description</c> an effect comes from.</summary>
    internal enum EffectKind
    {
        Sets,
        Replaces,
        Adds,
        Unreadable,

        /// <summary><c>[RunsTaskDefinition]</c>: a role for Build(); <see cref="Effect.Path"/> holds the parameter's name.</summary>
        RunsTaskDefinition,

        /// <summary><c>[Chooses]</c>: a role for Build(); <see cref="Effect.Path"/> holds the choice.</summary>
        Chooses,
    }

    /// <summary>What one builder method does to the model, in the order its attributes are written.</summary>
    internal sealed class MethodDescription
    {
        public MethodDescription(IReadOnlyList<Effect> effects, IReadOnlyList<string> errors)
        {
            Effects = effects;
            Errors = errors;
        }

        public IReadOnlyList<Effect> Effects { get; }

        /// <summary>Mistakes in the attributes (a coverage test shows them); a method with any is read as unknown.</summary>
        public IReadOnlyList<string> Errors { get; }
    }

    /// <summary>One description attribute: a target (path), member bindings and an optional nested builder lambda.</summary>
    internal sealed class Effect
    {
        public Effect(EffectKind kind, string[] path, IReadOnlyList<Binding> bindings, string? at, Binding? nested, bool unique, bool ifAbsent, bool locatesList,
            string? from = null, IReadOnlyList<string>? keeps = null, IReadOnlyList<string>? unreadable = null)
        {
            From = from;
            Keeps = keeps ?? new string[0];
            UnreadableMembers = unreadable ?? new string[0];
            Kind = kind;
            Path = path;
            Bindings = bindings;
            At = at;
            Nested = nested;
            Unique = unique;
            IfAbsent = ifAbsent;
            LocatesList = locatesList;
        }

        public EffectKind Kind { get; }

        /// <summary>The object or list the effect works on, as member names below the builder's target (empty: the target).</summary>
        public string[] Path { get; }

        public IReadOnlyList<Binding> Bindings { get; }

        /// <summary>The parameter whose argument locates a new object or element; null: the method name.</summary>
        public string? At { get; }

        /// <summary>The configuring lambda: its parameter (one parameter part) and the path it configures.</summary>
        public Binding? Nested { get; }

        public bool Unique { get; }

        public bool IfAbsent { get; }

        public bool LocatesList { get; }

        /// <summary>The parameter whose argument is made by described calls applied to the effect's object; null when none.</summary>
        public string? From { get; }

        /// <summary>Members of a replaced object the new one keeps.</summary>
        public IReadOnlyList<string> Keeps { get; }

        /// <summary>Members of an added element the method may set unseen.</summary>
        public IReadOnlyList<string> UnreadableMembers { get; }
    }

    /// <summary><c>target=source</c>: a member path (empty for a list element itself) and the parts its value is made of.</summary>
    internal sealed class Binding
    {
        public Binding(string[] target, IReadOnlyList<ValuePart> parts, bool omitWhenAbsent)
        {
            Target = target;
            Parts = parts;
            OmitWhenAbsent = omitWhenAbsent;
        }

        /// <summary>Member names; a segment <c>{p}</c> is a map key taken from parameter <c>p</c>.</summary>
        public string[] Target { get; }

        public IReadOnlyList<ValuePart> Parts { get; }

        /// <summary>Written <c>parameter?</c>: an absent, null, false or empty argument leaves the member out.</summary>
        public bool OmitWhenAbsent { get; }
    }

    internal enum ValuePartKind
    {
        /// <summary><c>'text'</c>: a constant as JSON spells it.</summary>
        Literal,

        /// <summary><c>null</c>: clears the member.</summary>
        Null,

        /// <summary><c>{}</c>: a new empty object.</summary>
        EmptyObject,

        /// <summary>A parameter's argument, or a member of it (<c>size.Cpu</c>).</summary>
        Parameter,

        /// <summary><c>flag?'A':'B'</c>: a bool argument picks one of two constants.</summary>
        Conditional,
    }

    internal sealed class ValuePart
    {
        public ValuePart(ValuePartKind kind, string text, string? member = null, string? whenTrue = null, string? whenFalse = null)
        {
            Kind = kind;
            Text = text;
            Member = member;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        /// <summary>For <c>flag?'A':'B'</c>: <c>A</c>.</summary>
        public string? WhenTrue { get; }

        /// <summary>For <c>flag?'A':'B'</c>: <c>B</c>.</summary>
        public string? WhenFalse { get; }

        /// <summary>The part reads an argument (a parameter or a conditional).</summary>
        public bool ReadsArgument => Kind == ValuePartKind.Parameter || Kind == ValuePartKind.Conditional;

        public ValuePartKind Kind { get; }

        /// <summary>The literal's text, or the parameter's name.</summary>
        public string Text { get; }

        /// <summary>For <c>size.Cpu</c>: <c>Cpu</c>.</summary>
        public string? Member { get; }
    }
}
