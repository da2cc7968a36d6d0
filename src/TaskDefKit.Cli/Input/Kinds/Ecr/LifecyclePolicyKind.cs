using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecr
{
    /// <summary>
    /// ECR lifecycle policy text (<c>{"rules": [...]}</c>, what <c>aws ecr put-lifecycle-policy --lifecycle-policy-text
    /// file://policy.json</c> reads): the grammar rules TDK9201–TDK9207, and TDK9208 against the run's task definitions.
    /// </summary>
    internal sealed class LifecyclePolicyKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("rules", MemberEvidence.Decisive, JsonTokenType.StartArray),
            new MemberEvidence("rules", 10),
        };

        public override string Name => "an ECR lifecycle policy";

        public override RuleFamilies Judges => RuleFamilies.Ecr;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) => EcrInputJudge.Judge(input);
    }
}
