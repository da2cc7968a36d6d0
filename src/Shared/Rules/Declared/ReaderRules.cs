namespace TaskDefKit.Rules.Declared
{
    /// <summary>Rules the JSON reader decides while reading the text, before there is a model to check (TDK0003: the
    /// command-line tool, when validating one input failed unexpectedly; the run goes on with the other inputs; TDK9401:
    /// the analyzers, when the policy section of .taskdefkit.json cannot be read — the tool makes it a usage error).</summary>
    [Rule("TDK0001", "MalformedJson", RuleSeverity.Error, "Input is not readable JSON")]
    [Rule("TDK0002", "UnrecognisedDocument", RuleSeverity.Error, "Input is not a task definition or placement document")]
    [Rule("TDK0003", "InternalError", RuleSeverity.Error, "Validating the input failed unexpectedly")]
    [Rule("TDK1010", "JsonType", RuleSeverity.Error, "Member has the wrong JSON type")]
    [Rule("TDK9401", "PolicyInvalid", RuleSeverity.Error, "Organisation policy in .taskdefkit.json is not valid")]
    // The command-line tool, while resolving references between a CloudFormation template's resources (issue 11, item 5).
    [Rule("TDK7100", "CircularReference", RuleSeverity.Error, "Template resources reference each other in a circle")]
    internal static class ReaderRules
    {
    }
}
