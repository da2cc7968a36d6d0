using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary><c>aws ecs describe-clusters</c> output: each cluster judged as a create-cluster input (read-only members reported as warnings and dropped).</summary>
    internal sealed class DescribeClustersKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("clusters", MemberEvidence.Decisive),
        };

        public override string Name => "describe-clusters output";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override RuleFamilies Judges => RuleFamilies.Service;

        public override FileReport Judge(InputContext input)
        {
            EcsDescribeDocument<ClusterDefinition> document = ServiceJson.ParseDescribeClusters(input.Bytes, input.Display);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            if (DescribeServicesKind.HasMalformedJson(document.ReadDiagnostics))
            {
                return input.Unread(findings);
            }

            int clusters = 0;
            foreach (EcsInputDocument<ClusterDefinition> item in document.Items)
            {
                findings.AddRange(item.ReadDiagnostics);
                if (item.Value != null)
                {
                    clusters++;
                    findings.AddRange(EcsInputJudge.Placed(item, ClusterValidator.Validate(item.Value, input.Options)));
                }
            }

            return input.Report(findings, inputs: clusters, note: clusters == 0 ? "no cluster in the output" : null);
        }
    }
}
