namespace TaskDefKit.Rules.Declared
{
    /// <summary>
    /// Rules of shared/spec/rules.md that nothing reports yet: their IDs are taken and documented. To implement one,
    /// move its attribute onto the new rule class.
    /// </summary>
    [Rule("TDK7002", "SchedulingStrategy", RuleSeverity.Error, "Invalid scheduling strategy")]
    [Rule("TDK7003", "DaemonServiceSettings", RuleSeverity.Error, "Invalid daemon or replica service settings")]
    [Rule("TDK7006", "DeploymentCircuitBreaker", RuleSeverity.Error, "Invalid deployment circuit breaker or percentages")]
    [Rule("TDK7007", "MinimumHealthyPercent", RuleSeverity.Warning, "minimumHealthyPercent not below maximumPercent")]
    [Rule("TDK7008", "DeploymentStrategy", RuleSeverity.Error, "Invalid deployment strategy")]
    [Rule("TDK7009", "FargatePlatformVersionPinned", RuleSeverity.Info, "Fargate platform version pinned", Controls = new[] { "ECS.10", "CKV_AWS_332", "CT.ECS.PR.1" })]
    [Rule("TDK7010", "PublicIpAssigned", RuleSeverity.Info, "Public IP assigned to the service", Controls = new[] { "ECS.2", "CKV_AWS_333", "CT.ECS.PR.9" })]
    [Rule("TDK7011", "RunTaskCount", RuleSeverity.Error, "RunTask count outside 1-10")]
    internal static class ReservedRules
    {
    }
}
