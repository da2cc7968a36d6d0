using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary><c>aws application-autoscaling put-scheduled-action --cli-input-json</c> (TDK9101, TDK9102, TDK9106).</summary>
    internal sealed class PutScheduledActionKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("ScheduledActionName", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("ScalableTargetAction", MemberEvidence.Decisive, JsonTokenType.StartObject),
            new MemberEvidence("Schedule", 10, JsonTokenType.String),
        };

        public override string Name => "a put-scheduled-action input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Scaling;

        public override FileReport Judge(InputContext input) =>
            DeploymentJudge.Report(input, ScalingJson.ParseScheduledAction(input.Bytes, input.Display), action => ScalingValidator.Validate(action, input.Options));
    }
}
