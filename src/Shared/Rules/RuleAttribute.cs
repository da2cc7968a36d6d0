using System;
using System.Diagnostics;

namespace TaskDefKit.Rules
{
    /// <summary>
    /// The one source of a rule's catalog entry: its ID, the name of its <see cref="RuleIds"/> constant, its severity under
    /// the default profile, its title and the controls of other tools it implements. It sits on the rule's class (<c>Validation/Rules/TdkN/</c>), or, for a rule reported elsewhere or not
    /// yet implemented, on a holder class in <c>Rules/Declared/</c>. The group and the help link follow from the ID.
    /// <c>eng/RuleCatalogGenerator</c> reads these attributes from the source and writes the ID constants, the catalog,
    /// the rule lists, the analyzer descriptors, release tracking and the docs table; a test fails when they drift.
    /// </summary>
    /// <remarks>Conditional: the attribute is read from source only, so it costs nothing in the built assemblies.</remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("TASKDEFKIT_RULE_SOURCE")]
    internal sealed class RuleAttribute : Attribute
    {
        public RuleAttribute(string id, string name, RuleSeverity severity, string title)
        {
            Id = id;
            Name = name;
            Severity = severity;
            Title = title;
        }

        /// <summary>The public ID, <c>TDKnnnn</c>.</summary>
        public string Id { get; }

        /// <summary>The name of the generated <see cref="RuleIds"/> constant.</summary>
        public string Name { get; }

        /// <summary>The catalog severity (shared/spec/rules.md, departures in docs/judgement.md).</summary>
        public RuleSeverity Severity { get; }

        /// <summary>The one-line title: the descriptor's title, the docs table's and the constant's summary.</summary>
        public string Title { get; }

        /// <summary>
        /// The controls of other tools this rule implements, by their own IDs: AWS Security Hub <c>ECS.4</c>, Checkov
        /// <c>CKV_AWS_334</c>, Trivy <c>AVD-AWS-0036</c>, KICS <c>KICS:&lt;query id&gt;</c>, AWS Control Tower
        /// <c>CT.ECS.PR.11</c>. A Security Hub control makes the rule at least a warning under the security profile.
        /// </summary>
        public string[]? Controls { get; set; }
    }
}
