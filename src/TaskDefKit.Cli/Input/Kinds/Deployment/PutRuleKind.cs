using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary><c>aws events put-rule --cli-input-json</c>: its schedule expression judged (TDK9001).</summary>
    internal sealed class PutRuleKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("EventPattern", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("EventBusName", 10),
            new MemberEvidence("ScheduleExpression", 10, JsonTokenType.String),
        };

        public override string Name => "a put-rule input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.ScheduledTask;

        public override FileReport Judge(InputContext input) =>
            DeploymentJudge.Report(input, EventsJson.ParseRule(input.Bytes, input.Display), rule => ScheduledTaskValidator.Validate(rule, input.Options));
    }
}
