using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Placement;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// A placement document (<c>placementStrategy</c>/<c>placementConstraints</c> and nothing that makes it a service or
    /// RunTask input), or the bare documentation fragment <c>"placementStrategy": [...]</c>: the TDK5 rules.
    /// </summary>
    internal sealed class PlacementKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("placementStrategy", 1),
            new MemberEvidence("placementConstraints", 1),
        };

        public override string Name => "a placement document";

        public override DocumentKind Document => DocumentKind.PlacementJson;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Placement;

        public override FileReport Judge(InputContext input)
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse(input.Bytes, input.Display);
            IReadOnlyList<RuleDiagnostic> findings = document.Validate(input.Options);
            if (document.Form == PlacementForm.Unreadable)
            {
                return input.Unread(findings);
            }

            return input.Report(findings, placements: 1);
        }
    }
}
