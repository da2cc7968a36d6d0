using System;
using System.Collections.Generic;

namespace TaskDefKit.Rules
{
    /// <summary>One entry of the rule catalog.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string title, RuleSeverity defaultSeverity, RuleGroup group)
            : this(id, title, defaultSeverity, group, defaultSeverity, Array.Empty<string>())
        {
        }

        public RuleInfo(string id, string title, RuleSeverity defaultSeverity, RuleGroup group, RuleSeverity securitySeverity, IReadOnlyList<string> controls)
        {
            Id = id;
            Title = title;
            DefaultSeverity = defaultSeverity;
            Group = group;
            SecuritySeverity = securitySeverity;
            Controls = controls;
        }

        /// <summary>The public ID, <c>TDKnnnn</c>.</summary>
        public string Id { get; }

        public string Title { get; }

        /// <summary>The severity under the default profile. A rule may report a single finding at another severity where the catalog says so.</summary>
        public RuleSeverity DefaultSeverity { get; }

        /// <summary>The least severity of the rule's findings under <see cref="RuleProfile.Security"/>.</summary>
        public RuleSeverity SecuritySeverity { get; }

        public RuleGroup Group { get; }

        /// <summary>
        /// The controls of other tools this rule implements: AWS Security Hub (<c>ECS.4</c>), Checkov (<c>CKV_AWS_334</c>),
        /// Trivy (<c>AVD-AWS-0036</c>), KICS (<c>KICS:&lt;query id&gt;</c>), AWS Control Tower (<c>CT.ECS.PR.11</c>).
        /// </summary>
        public IReadOnlyList<string> Controls { get; }

        /// <summary>The rule's documentation page.</summary>
        public string HelpUri => RuleCatalog.HelpUri(Id);

        /// <summary>The severity of a finding reported at <paramref name="reported"/> under <paramref name="profile"/>.</summary>
        public RuleSeverity SeverityIn(RuleProfile profile, RuleSeverity reported) => profile switch
        {
            RuleProfile.Strict => RuleSeverity.Error,
            RuleProfile.Security => reported < SecuritySeverity ? SecuritySeverity : reported,
            _ => reported,
        };

        /// <summary>True when the rule implements <paramref name="control"/> (case-insensitive, <c>ecs.5</c> matches <c>ECS.5</c>).</summary>
        public bool Implements(string control)
        {
            foreach (string own in Controls)
            {
                if (string.Equals(own, control, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
