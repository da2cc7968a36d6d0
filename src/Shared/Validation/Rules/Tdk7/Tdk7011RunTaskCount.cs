using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>TDK7011: a RunTask call starts 1 to 10 tasks (<c>count</c>; 1 when omitted).</summary>
    /// <remarks>Source: RunTask API reference, count: "You can specify up to 10 tasks for each call."</remarks>
    [Rule("TDK7011", "RunTaskCount", RuleSeverity.Error, "RunTask count outside 1-10")]
    [BuilderInputs("/count")]
    internal sealed class Tdk7011RunTaskCount : ServiceRule
    {
        private const int MaxCount = 10;

        public override string Id => RuleIds.RunTaskCount;

        public override void CheckRunTask(RunTaskValidationContext context)
        {
            if (context.RunTask.Count is int count && (count < 1 || count > MaxCount))
            {
                context.Report(Id, "/count", MemberName.Mark("count") + " " + count + " is outside 1-" + MaxCount + ": one RunTask call starts at most " + MaxCount
                    + " tasks; call it several times or run a service.");
            }
        }
    }
}
