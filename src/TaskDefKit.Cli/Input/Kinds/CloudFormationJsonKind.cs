using System.Collections.Generic;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>A CloudFormation template in JSON; judged like a YAML one (<see cref="CloudFormationTemplateJudge"/>).</summary>
    internal sealed class CloudFormationJsonKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("Resources", MemberEvidence.Decisive),
            new MemberEvidence("AWSTemplateFormatVersion", MemberEvidence.Decisive),
        };

        public override string Name => "a CloudFormation template";

        public override DocumentKind Document => DocumentKind.CloudFormationJson;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) => CloudFormationTemplateJudge.Judge(input, new[] { JsonSourceReader.Read(input.Bytes) });
    }
}
