using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary><c>aws application-autoscaling register-scalable-target --cli-input-json</c> (TDK9101, TDK9102).</summary>
    internal sealed class RegisterScalableTargetKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("MinCapacity", 10),
            new MemberEvidence("MaxCapacity", 10),
            new MemberEvidence("SuspendedState", 10),
            new MemberEvidence("ScalableDimension", 5),
            new MemberEvidence("ServiceNamespace", 5),
            new MemberEvidence("ResourceId", 5),
        };

        public override string Name => "a register-scalable-target input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Scaling;

        public override FileReport Judge(InputContext input) =>
            DeploymentJudge.Report(input, ScalingJson.ParseScalableTarget(input.Bytes, input.Display), target => ScalingValidator.Validate(target, input.Options));
    }
}
