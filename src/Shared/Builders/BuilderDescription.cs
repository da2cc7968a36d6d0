using System;

// The vocabulary in which each fluent builder method says what it does to the model. The runtime's builder methods
// carry these attributes; the builder analyzer reads them from the method symbol (attributes of internal types are in
// metadata) and replays a chain of constant arguments with one interpreter (src/TaskDefKit.Analyzers/Builder/Description).
// The file is shared so that both sides compile the same names.
//
// Paths and bindings are in the model's JSON names, relative to what the builder builds (a TaskDefinitionBuilder the
// task definition, a ContainerBuilder its container, a nested builder the object its lambda configures):
//   "member=parameter"            the member from that argument (string, number, bool, enum, list; an int into a string
//                                 member is written in invariant digits, an array into a string member is joined by ",")
//   "member='value'"              a constant, as JSON spells it ('awsvpc', 'true', '0'); null clears; {} an empty object
//   "a/b=parameter"               objects on the way are created when absent
//   "map/key=parameter"           one entry of a string map; "map/{parameter}=value" takes the key from an argument
//   "member='CMD'+parameter+..."  parts joined: text for a string member, elements for a list member
//   "member=size.Cpu"             a member of a typed constant argument (FargateSize: Cpu, Memory)
//   "member=parameter?"           left out (set to null) when the argument is absent, null, false or an empty params array
//   "member=flag?'A':'B'"         a bool argument picks one of two constants ('ENABLED' when true, 'DISABLED' when false)
//   "parameter" (no '=')          in [Adds]: the element itself (each element of a params array); a model object
//                                 argument the analyzer cannot see into makes the element unknown
// A value is located on its argument when it comes from exactly one (non-params) argument, otherwise on the method name.
// From = "parameter" (on [Sets]/[Replaces]): the argument is made by calls of described methods of its own type (a
// preset's factory, CapacityStrategy.Provider(..).And(..)); their effects apply to the same target, read the same way.
// [RunsTaskDefinition] and [Chooses] are roles for the builder's Build(), read by the chain readers of the ECS inputs.
namespace TaskDefKit.Builders.Description
{
    /// <summary>Sets members of what the builder builds (or of objects below it, created when absent).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    internal sealed class SetsAttribute : Attribute
    {
        public SetsAttribute(params string[] bindings)
        {
            Bindings = bindings;
        }

        public string[] Bindings { get; }

        /// <summary>Only when the member has no value yet (and is not unknown).</summary>
        public bool IfAbsent { get; set; }

        /// <summary>A lambda parameter configuring a nested builder: <c>"parameter"</c> or <c>"path=parameter"</c> (object created when absent).</summary>
        public string? Nested { get; set; }

        /// <summary>A parameter whose argument is made by described calls (a preset or strategy) applied to the builder's target.</summary>
        public string? From { get; set; }
    }

    /// <summary>Replaces the object at <see cref="Path"/> with a new one, then sets its members.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    internal sealed class ReplacesAttribute : Attribute
    {
        public ReplacesAttribute(string path, params string[] bindings)
        {
            Path = path;
            Bindings = bindings;
        }

        public string Path { get; }

        public string[] Bindings { get; }

        /// <summary>The parameter whose argument locates the new object (default: the method name).</summary>
        public string? At { get; set; }

        /// <summary>A lambda parameter configuring the new object (or <c>"path=parameter"</c> for an object below it).</summary>
        public string? Nested { get; set; }

        /// <summary>A parameter whose argument is made by described calls (a preset) applied to the new object.</summary>
        public string? From { get; set; }

        /// <summary>Members of the replaced object the new one keeps.</summary>
        public string[]? Keeps { get; set; }
    }

    /// <summary>Adds an element to the list at <see cref="Path"/> (created when absent), then sets its members.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    internal sealed class AddsAttribute : Attribute
    {
        public AddsAttribute(string path, params string[] bindings)
        {
            Path = path;
            Bindings = bindings;
        }

        public string Path { get; }

        public string[] Bindings { get; }

        /// <summary>The parameter whose argument locates the new element (default: the method name).</summary>
        public string? At { get; set; }

        /// <summary>A lambda parameter configuring the new element (or <c>"path=parameter"</c> for an object below it).</summary>
        public string? Nested { get; set; }

        /// <summary>A list of values that holds each value once (an existing value is not added again).</summary>
        public bool Unique { get; set; }

        /// <summary>
        /// The list itself is located on the call that first adds to it, for findings about having the list at all
        /// (tmpfs on Fargate); otherwise such a finding falls back to the object holding the list.
        /// </summary>
        public bool LocatesList { get; set; }

        /// <summary>Members of the new element the method may set in a way the analyzer does not follow (rules that read them skip).</summary>
        public string[]? Unreadable { get; set; }
    }

    /// <summary>
    /// Changes <see cref="Path"/> in a way the analyzer does not follow (a collection or a delegate over the raw model):
    /// rules that read it skip. <c>""</c> is everything the builder builds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    internal sealed class UnreadableAttribute : Attribute
    {
        public UnreadableAttribute(string path)
        {
            Path = path;
        }

        public string Path { get; }
    }

    /// <summary>
    /// The builder runs the task definition given in <see cref="Parameter"/>: its <c>Build()</c> builds a
    /// <c>TaskDefinitionBuilder</c> given there, fills <c>taskDefinition</c> from its family when not set, and judges the
    /// input against it. The analyzer reads the task definition from a builder chain it can follow; anything else
    /// (a built result, a model) leaves it unknown. A builder passed there is finished: nothing else adds to it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    internal sealed class RunsTaskDefinitionAttribute : Attribute
    {
        public RunsTaskDefinitionAttribute(string parameter)
        {
            Parameter = parameter;
        }

        public string Parameter { get; }
    }

    /// <summary>
    /// A choice the builder's <c>Build()</c> reads besides the model: <c>"deployment"</c> (ServiceBuilder) — a deployment
    /// was chosen, so <c>Build()</c> adds no default deployment.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    internal sealed class ChoosesAttribute : Attribute
    {
        public ChoosesAttribute(string choice)
        {
            Choice = choice;
        }

        public string Choice { get; }
    }
}
