using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1021: <c>pidMode</c> is host or task; not for Windows; on Fargate only task.</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.pidMode: "On Fargate for Linux containers, the only valid value is
    /// task"; "This parameter is not supported for Windows containers." (Fargate needs Linux platform 1.4.0, a run-time
    /// matter; CDK's demand for runtimePlatform with pidMode on Fargate is CDK-only and not checked.)</remarks>
    [Rule("TDK1021", "PidMode", RuleSeverity.Error, "Invalid pidMode for the platform")]
    internal sealed class Tdk1021PidMode : TaskDefinitionRule
    {
        private const string Pointer = "/pidMode";

        public override string Id => RuleIds.PidMode;

        public override void Check(ValidationContext context)
        {
            PidMode? mode = context.Definition.PidMode;
            if (mode is null)
            {
                return;
            }

            PidMode value = mode.Value;
            if (!value.IsKnown)
            {
                context.Report(
                    Id,
                    Pointer,
                    (value.Value.Length == 0 ? MemberName.Mark("pidMode") + " is empty" : MemberName.Mark("pidMode") + " '" + value.Value + "' is not valid") +
                    ": use \"task\" (share one process namespace among the task's containers) or \"host\", or remove it.");
            }
            else if (context.IsWindows)
            {
                context.Report(Id, Pointer, MemberName.Mark("pidMode") + " is not supported for Windows containers: remove \"" + MemberName.Mark("pidMode") + "\": \"" + value.Value + "\".");
            }
            else if (context.IsFargate && value == PidMode.Host)
            {
                context.Report(Id, Pointer, "Fargate does not support " + MemberName.Mark("pidMode") + " 'host': use \"" + MemberName.Mark("pidMode") + "\": \"task\" or remove it.");
            }
        }
    }
}
