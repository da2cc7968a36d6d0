namespace TaskDefKit.Rules
{
    /// <summary>One entry of the rule catalog.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string title, RuleSeverity defaultSeverity, RuleGroup group)
        {
            Id = id;
            Title = title;
            DefaultSeverity = defaultSeverity;
            Group = group;
        }

        /// <summary>The public ID, <c>TDKnnnn</c>.</summary>
        public string Id { get; }

        public string Title { get; }

        /// <summary>The catalog's severity. A rule may report a single finding at another severity where the catalog says so.</summary>
        public RuleSeverity DefaultSeverity { get; }

        public RuleGroup Group { get; }

        /// <summary>The rule's documentation page.</summary>
        public string HelpUri => RuleCatalog.HelpUri(Id);
    }
}
