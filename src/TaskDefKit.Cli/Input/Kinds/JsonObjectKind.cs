using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// A kind of JSON object input, recognised from its top-level members: each member named in <see cref="Evidence"/>
    /// adds its weight; a decisive member settles it at once; otherwise the kind with the most weight wins (ties go to
    /// the lower <see cref="Order"/>). An object with no evidence for any kind is read as a task definition.
    /// Subclasses are found by <see cref="InputKinds"/>: adding the file adds the kind.
    /// </summary>
    internal abstract class JsonObjectKind : InputKind
    {
        /// <summary>The members that point at this kind.</summary>
        public abstract IReadOnlyList<MemberEvidence> Evidence { get; }

        /// <summary>Breaks ties between kinds with the same weight (lower first); 0 unless a kind needs it.</summary>
        public virtual int Order => 0;
    }
}
