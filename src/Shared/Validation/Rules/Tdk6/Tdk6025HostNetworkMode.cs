using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6025: <c>networkMode: host</c> bypasses task-level network isolation.</summary>
    /// <remarks>Source: AWS Config ecs-task-definition-network-mode-not-host; [KICS ecs_task_definition_network_mode_not_recommended].</remarks>
    [Rule("TDK6025", "HostNetworkMode", RuleSeverity.Info, "Host network mode", Controls = new[] { "ECS.17" })]
    internal sealed class Tdk6025HostNetworkMode : TaskDefinitionRule
    {
        public override string Id => RuleIds.HostNetworkMode;

        public override void Check(ValidationContext context)
        {
            if (context.IsHostNetwork)
            {
                context.Report(Id, "/networkMode",
                    MemberName.Mark("networkMode") + " is host, so containers share the instance's network stack without task-level isolation or security groups: use \"awsvpc\" unless the task really needs the host network.");
            }
        }
    }
}
