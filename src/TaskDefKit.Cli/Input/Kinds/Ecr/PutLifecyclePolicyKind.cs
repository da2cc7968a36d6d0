using System.Collections.Generic;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecr
{
    /// <summary>
    /// <c>aws ecr put-lifecycle-policy --cli-input-json</c>: the policy text inside <c>lifecyclePolicyText</c> (a JSON
    /// string) judged like a policy file, findings on the outer file's lines; its repository counts as having a policy
    /// for the run's create-repository inputs (TDK9212).
    /// </summary>
    internal sealed class PutLifecyclePolicyKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("lifecyclePolicyText", MemberEvidence.Decisive),
        };

        public override string Name => "a put-lifecycle-policy input";

        public override RuleFamilies Judges => RuleFamilies.Ecr;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) => EcrInputJudge.Judge(input);
    }
}
