using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecr
{
    /// <summary>
    /// <c>aws ecr create-repository --cli-input-json</c>: the repository settings (TDK9210 scan on push, TDK9211 tag
    /// immutability) and TDK9212 — no put-lifecycle-policy input for the same repository in the run.
    /// </summary>
    internal sealed class CreateRepositoryKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            // Members only CreateRepository has; repositoryName alone is shared with put-lifecycle-policy, whose
            // lifecyclePolicyText decides it.
            new MemberEvidence("imageScanningConfiguration", MemberEvidence.Decisive, JsonTokenType.StartObject),
            new MemberEvidence("imageTagMutability", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("imageTagMutabilityExclusionFilters", MemberEvidence.Decisive, JsonTokenType.StartArray),
            new MemberEvidence("encryptionConfiguration", MemberEvidence.Decisive, JsonTokenType.StartObject),
            new MemberEvidence("repositoryName", 10, JsonTokenType.String),
            new MemberEvidence("registryId", 1),
        };

        public override string Name => "a create-repository input";

        public override RuleFamilies Judges => RuleFamilies.Ecr;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) => EcrInputJudge.Judge(input);
    }
}
