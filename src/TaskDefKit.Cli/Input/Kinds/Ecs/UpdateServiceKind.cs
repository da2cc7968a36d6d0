using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>
    /// <c>aws ecs update-service --cli-input-json</c>: read with locations and judged by the placement rules (the
    /// service rules judge a whole CreateService input; an update changes only some members of a service not in the file).
    /// </summary>
    internal sealed class UpdateServiceKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("service", MemberEvidence.Decisive, JsonTokenType.String),
            new MemberEvidence("forceNewDeployment", 10),
        };

        public override string Name => "an update-service input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Placement;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<ServiceUpdate> document = ServiceJson.ParseServiceUpdate(input.Bytes, input.Display);
            if (document.Value is null)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            ServiceUpdate update = document.Value;
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            findings.AddRange(EcsInputJudge.Placement(document, update.PlacementConstraints, update.PlacementStrategy, null, update.CapacityProviderStrategy, null, null, input.Options));
            return input.Report(findings, placements: update.PlacementConstraints != null || update.PlacementStrategy != null ? 1 : 0, inputs: 1);
        }
    }
}
