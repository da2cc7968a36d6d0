using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary><c>aws application-autoscaling put-scaling-policy --cli-input-json</c> (TDK9101, TDK9103–TDK9105, TDK9107).</summary>
    internal sealed class PutScalingPolicyKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("PolicyName", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("TargetTrackingScalingPolicyConfiguration", MemberEvidence.Decisive),
            new MemberEvidence("StepScalingPolicyConfiguration", MemberEvidence.Decisive),
            new MemberEvidence("PolicyType", 10),
        };

        public override string Name => "a put-scaling-policy input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Scaling;

        public override FileReport Judge(InputContext input) =>
            DeploymentJudge.Report(input, ScalingJson.ParseScalingPolicy(input.Bytes, input.Display), policy => ScalingValidator.Validate(policy, input.Options));
    }
}
