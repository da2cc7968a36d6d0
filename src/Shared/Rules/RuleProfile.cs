namespace TaskDefKit.Rules
{
    /// <summary>
    /// How strict the rules are: one switch for the validator (<c>ValidationOptions.Profile</c>), the <c>taskdef</c> tool
    /// (<c>--profile</c>) and the build (MSBuild property <c>TaskDefKitProfile</c>, which selects a shipped globalconfig).
    /// The exact rule list of each profile is in <c>docs/rules/README.md</c>.
    /// </summary>
    public enum RuleProfile
    {
        /// <summary>Correctness errors, the high-value security findings as warnings, hygiene advice as suggestions.</summary>
        Default = 0,

        /// <summary>The default, plus every rule that implements an AWS Security Hub control at least a warning.</summary>
        Security = 1,

        /// <summary>Every finding is an error.</summary>
        Strict = 2,
    }
}
