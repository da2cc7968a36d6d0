using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1022: <c>ipcMode</c> is host, task or none; not supported on Fargate or for Windows.</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.ipcMode: "This parameter is not supported for Windows containers or
    /// tasks run on Fargate."</remarks>
    [Rule("TDK1022", "IpcMode", RuleSeverity.Error, "Invalid ipcMode for the platform")]
    internal sealed class Tdk1022IpcMode : TaskDefinitionRule
    {
        private const string Pointer = "/ipcMode";

        public override string Id => RuleIds.IpcMode;

        public override void Check(ValidationContext context)
        {
            IpcMode? mode = context.Definition.IpcMode;
            if (mode is null)
            {
                return;
            }

            IpcMode value = mode.Value;
            if (!value.IsKnown)
            {
                context.Report(
                    Id,
                    Pointer,
                    (value.Value.Length == 0 ? MemberName.Mark("ipcMode") + " is empty" : MemberName.Mark("ipcMode") + " '" + value.Value + "' is not valid") + ": use \"host\", \"task\" or \"none\", or remove it.");
            }
            else if (context.IsFargate)
            {
                context.Report(Id, Pointer, "Fargate does not support " + MemberName.Mark("ipcMode") + ": remove \"" + MemberName.Mark("ipcMode") + "\": \"" + value.Value + "\".");
            }
            else if (context.IsWindows)
            {
                context.Report(Id, Pointer, MemberName.Mark("ipcMode") + " is not supported for Windows containers: remove \"" + MemberName.Mark("ipcMode") + "\": \"" + value.Value + "\".");
            }
        }
    }
}
