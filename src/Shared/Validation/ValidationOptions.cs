using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>How to validate: the launch type to assume, and which rules to leave out or re-grade.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The default: no target launch type, every rule at its catalog severity.</summary>
        public static ValidationOptions Default { get; } = new ValidationOptions();

        /// <summary>
        /// A launch type to validate against in addition to <c>requiresCompatibilities</c>. A definition that lists none
        /// is registered without Fargate checks, yet fails when run on Fargate; set <see cref="Compatibility.Fargate"/>
        /// here to run the Fargate rules anyway.
        /// </summary>
        public Compatibility? TargetLaunchType { get; set; }

        /// <summary>Rule IDs to leave out.</summary>
        public ISet<string>? IgnoredRules { get; set; }

        /// <summary>Per-rule severity changes (for example from a configuration file).</summary>
        public IDictionary<string, RuleSeverity>? SeverityOverrides { get; set; }
    }
}
