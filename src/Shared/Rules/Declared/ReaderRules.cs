namespace TaskDefKit.Rules.Declared
{
    /// <summary>Rules the JSON reader decides while reading the text, before there is a model to check.</summary>
    [Rule("TDK0001", "MalformedJson", RuleSeverity.Error, "Input is not readable JSON")]
    [Rule("TDK0002", "UnrecognisedDocument", RuleSeverity.Error, "Input is not a task definition or placement document")]
    [Rule("TDK1010", "JsonType", RuleSeverity.Error, "Member has the wrong JSON type")]
    internal static class ReaderRules
    {
    }
}
