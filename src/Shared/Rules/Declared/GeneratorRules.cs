namespace TaskDefKit.Rules.Declared
{
    /// <summary>Rules the source generator reports on attributed task definition classes (TDK8xxx).</summary>
    [Rule("TDK8001", "NotPartial", RuleSeverity.Error, "Task definition class is not partial")]
    [Rule("TDK8002", "ContainerDeclaredTwice", RuleSeverity.Error, "Container declared twice")]
    [Rule("TDK8003", "UnknownReference", RuleSeverity.Error, "Reference to an undeclared container or volume")]
    [Rule("TDK8004", "InvalidAttributeValue", RuleSeverity.Error, "Invalid attribute value")]
    [Rule("TDK8005", "ContainerAttributeMisplaced", RuleSeverity.Error, "Container attribute on an invalid member")]
    [Rule("TDK8006", "NestedInGenericType", RuleSeverity.Error, "Task definition class is nested in a generic type")]
    [Rule("TDK8007", "GeneratedMemberConflict", RuleSeverity.Error, "Name taken by a generated member")]
    [Rule("TDK8008", "TaskDefinitionOnSeveralDeclarations", RuleSeverity.Error, "[TaskDefinition] on more than one partial declaration")]
    internal static class GeneratorRules
    {
    }
}
