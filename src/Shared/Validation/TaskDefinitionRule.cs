namespace TaskDefKit.Validation
{
    /// <summary>
    /// One catalog rule. Each rule is one class in <c>Validation/Rules/</c>, in a file named after its ID, and reports
    /// only under its own ID.
    /// </summary>
    public abstract class TaskDefinitionRule
    {
        /// <summary>The rule ID, a constant of <see cref="TaskDefKit.Rules.RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the definition in <paramref name="context"/> and reports findings through it.</summary>
        public abstract void Check(ValidationContext context);
    }
}
