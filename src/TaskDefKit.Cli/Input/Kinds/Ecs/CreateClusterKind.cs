using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary><c>aws ecs create-cluster --cli-input-json</c>: read with locations and judged by <see cref="ClusterValidator"/>.</summary>
    internal sealed class CreateClusterKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("clusterName", MemberEvidence.Decisive),
            new MemberEvidence("settings", 10),
            new MemberEvidence("configuration", 10),
            new MemberEvidence("capacityProviders", 10),
            new MemberEvidence("defaultCapacityProviderStrategy", 10),
            new MemberEvidence("serviceConnectDefaults", 10),
        };

        public override string Name => "a create-cluster input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Service;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<ClusterDefinition> document = ServiceJson.ParseCluster(input.Bytes, input.Display);
            if (document.Value is null)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            findings.AddRange(EcsInputJudge.Placed(document, ClusterValidator.Validate(document.Value, input.Options)));
            return input.Report(findings, inputs: 1);
        }
    }
}
