using System;
using System.Diagnostics;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// What a rule reads, for the builder analyzer: a finding on a partly known builder chain is reported only when none of
    /// the JSON pointers the rule reads is unknown (<c>*</c> matches any index; <c>/containerDefinitions/#</c> is the
    /// number of containers). A rule without this attribute is reported only for a chain that is entirely known and whole.
    /// </summary>
    /// <remarks>
    /// It sits on the rule class beside <c>[Rule]</c>, so what a rule reads is written where the rule reads it.
    /// Conditional: only the analyzer assembly (which defines the symbol) carries it; the runtime does not need it.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("TASKDEFKIT_BUILDER_ANALYZER")]
    internal sealed class BuilderInputsAttribute : Attribute
    {
        public BuilderInputsAttribute(params string[] reads)
        {
            Reads = reads;
        }

        /// <summary>The pointers the rule reads.</summary>
        public string[] Reads { get; }

        /// <summary>
        /// Later calls could remove the finding (add an essential container, an execution role): report it only for a
        /// whole definition — one that reaches <c>Build()</c> or that nothing in the compilation extends.
        /// </summary>
        public bool WholeDefinition { get; set; }

        /// <summary>A pointer to report at instead of the finding's own (which may have no call of its own).</summary>
        public string? ReportAt { get; set; }
    }
}
