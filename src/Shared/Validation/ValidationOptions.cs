using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>How to validate: the launch type to assume, and which rules to leave out or re-grade.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The default: no target launch type, the default profile.</summary>
        public static ValidationOptions Default { get; } = new ValidationOptions();

        /// <summary>
        /// A launch type to validate against in addition to <c>requiresCompatibilities</c>. A definition that lists none
        /// is registered without Fargate checks, yet fails when run on Fargate; set <see cref="Compatibility.Fargate"/>
        /// here to run the Fargate rules anyway.
        /// </summary>
        public Compatibility? TargetLaunchType { get; set; }

        /// <summary>
        /// The rule profile: <see cref="RuleProfile.Default"/>, <see cref="RuleProfile.Security"/> (Security Hub controls
        /// at least warnings) or <see cref="RuleProfile.Strict"/> (every finding an error). <see cref="SeverityOverrides"/>
        /// apply after it.
        /// </summary>
        public RuleProfile Profile { get; set; }

        /// <summary>
        /// Tag keys every task definition must carry in <c>tags</c> (Security Hub ECS.15's <c>requiredTagKeys</c>; keys are
        /// case-sensitive). TDK6033 reports each one missing; null or empty leaves it silent. The same list as
        /// <see cref="OrganisationPolicy.RequiredTagKeys"/> of <see cref="Policy"/>: setting it here sets it there.
        /// </summary>
        public IList<string>? RequiredTagKeys
        {
            get => Policy?.RequiredTagKeys;
            set
            {
                if (value != null || Policy != null)
                {
                    (Policy ??= new OrganisationPolicy()).RequiredTagKeys = value;
                }
            }
        }

        /// <summary>
        /// The organisation's policy (allowed registries, pinned images, required tags, Fargate sizes, platforms,
        /// capabilities, log driver; TDK9402–TDK9408 and TDK6033), as the <c>policy</c> section of <c>.taskdefkit.json</c>
        /// declares it for the tool and the analyzers. Null checks nothing.
        /// </summary>
        public OrganisationPolicy? Policy { get; set; }

        /// <summary>
        /// Report a task definition whose network mode is not <c>awsvpc</c> (TDK6034, AWS Control Tower CT.ECS.PR.4). Off
        /// by default: bridge and host are legitimate choices on EC2, so only an organisation that requires awsvpc turns it on.
        /// </summary>
        public bool RequireAwsvpcNetworkMode { get; set; }

        /// <summary>Rule IDs to leave out.</summary>
        public ISet<string>? IgnoredRules { get; set; }

        /// <summary>Per-rule severity changes (for example from a configuration file).</summary>
        public IDictionary<string, RuleSeverity>? SeverityOverrides { get; set; }

        /// <summary>
        /// The severity of a finding of <paramref name="ruleId"/> reported at <paramref name="reported"/>: the profile's,
        /// then <see cref="SeverityOverrides"/>. Applying it twice gives the same result.
        /// </summary>
        internal RuleSeverity Grade(string ruleId, RuleSeverity reported)
        {
            if (SeverityOverrides != null && SeverityOverrides.TryGetValue(ruleId, out RuleSeverity overridden))
            {
                return overridden;
            }

            RuleInfo? rule = RuleCatalog.Find(ruleId);
            return rule is null ? reported : rule.SeverityIn(Profile, reported);
        }
    }
}
