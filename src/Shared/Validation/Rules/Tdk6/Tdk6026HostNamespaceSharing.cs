using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6026: <c>pidMode: host</c> or <c>ipcMode: host</c> shares the host's process or IPC namespace with the containers.</summary>
    /// <remarks>Source: [CONFIG ecs-task-definition-pid-mode-check]; [CHECKOV CKV_AWS_335]; [BOTO:PidMode], [BOTO:IpcMode] ("heightened risk of undesired process namespace exposure").</remarks>
    [Rule("TDK6026", "HostNamespaceSharing", RuleSeverity.Info, "Host PID or IPC namespace shared", Controls = new[] { "ECS.3", "CKV_AWS_335", "CT.ECS.PR.10" })]
    internal sealed class Tdk6026HostNamespaceSharing : TaskDefinitionRule
    {
        public override string Id => RuleIds.HostNamespaceSharing;

        public override void Check(ValidationContext context)
        {
            if (context.Definition.PidMode == PidMode.Host)
            {
                context.Report(Id, "/pidMode",
                    MemberName.Mark("pidMode") + " is host, so containers can see and signal every process on the instance: use \"task\" (or remove " + MemberName.Mark("pidMode") + ") unless the task is a host-monitoring agent.");
            }

            if (context.Definition.IpcMode == IpcMode.Host)
            {
                context.Report(Id, "/ipcMode",
                    MemberName.Mark("ipcMode") + " is host, so containers share the instance's IPC namespace (shared memory, semaphores): use \"task\" or \"none\" unless the task really needs it.");
            }
        }
    }
}
