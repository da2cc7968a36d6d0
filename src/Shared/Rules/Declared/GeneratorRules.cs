namespace TaskDefKit.Rules.Declared
{
    /// <summary>Rules the source generator reports on attributed task definition classes (TDK8xxx).</summary>
    [Rule("TDK8001", "NotPartial", RuleSeverity.Error, "Task definition class is not partial")]
    [Rule("TDK8002", "ContainerDeclaredTwice", RuleSeverity.Error, "Container declared twice")]
    [Rule("TDK8003", "UnknownReference", RuleSeverity.Error, "Reference to an undeclared container or volume")]
    [Rule("TDK8004", "InvalidAttributeValue", RuleSeverity.Error, "Invalid attribute value")]
    [Rule("TDK8005", "ContainerAttributeMisplaced", RuleSeverity.Error, "Container attribute on an invalid member")]
    internal static class GeneratorRules
    {
    }
}
