namespace TaskDefKit.Validation.Policy
{
    /// <summary>
    /// What a <c>.taskdefkit.json</c> asks of every task definition, whoever judges it: the organisation policy and the
    /// opt-in awsvpc requirement (TDK6034). <see cref="PolicyReader"/> makes it from the file's text, for the
    /// <c>taskdef</c> tool and the analyzers alike, and <see cref="ApplyTo"/> is the one place those settings become
    /// validation options, so a key one surface honours the other cannot miss.
    /// </summary>
    internal sealed class ConfigPolicy
    {
        public static readonly ConfigPolicy None = new ConfigPolicy(null, false);

        public ConfigPolicy(OrganisationPolicy? policy, bool requireAwsvpcNetworkMode)
        {
            Policy = policy;
            RequireAwsvpcNetworkMode = requireAwsvpcNetworkMode;
        }

        /// <summary>The <c>policy</c> section (with the top-level <c>requiredTagKeys</c>), or null when the file has none.</summary>
        public OrganisationPolicy? Policy { get; }

        /// <summary>The top-level <c>requireAwsvpcNetworkMode</c>: TDK6034 (Control Tower CT.ECS.PR.4) is on.</summary>
        public bool RequireAwsvpcNetworkMode { get; }

        /// <summary>True when the file asks nothing of task definitions: the validator's defaults apply.</summary>
        public bool IsEmpty => Policy is null && !RequireAwsvpcNetworkMode;

        /// <summary>Sets these settings on <paramref name="options"/> and returns it.</summary>
        public ValidationOptions ApplyTo(ValidationOptions options)
        {
            Guard.ThrowIfNull(options, nameof(options));
            options.Policy = Policy;
            options.RequireAwsvpcNetworkMode = RequireAwsvpcNetworkMode;
            return options;
        }
    }
}
