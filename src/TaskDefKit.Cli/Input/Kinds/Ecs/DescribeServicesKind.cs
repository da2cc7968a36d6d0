using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>
    /// <c>aws ecs describe-services</c> output: each service judged as the create-service input that would make it
    /// (read-only members reported as warnings and dropped), paired with its task definition like a create-service input.
    /// </summary>
    internal sealed class DescribeServicesKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("services", MemberEvidence.Decisive),
        };

        public override string Name => "describe-services output";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override bool PairsWithTaskDefinition => true;

        public override RuleFamilies Judges => RuleFamilies.Service | RuleFamilies.Placement;

        public override FileReport Judge(InputContext input)
        {
            EcsDescribeDocument<ServiceDefinition> document = ServiceJson.ParseDescribeServices(input.Bytes, input.Display);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            if (HasMalformedJson(document.ReadDiagnostics))
            {
                return input.Unread(findings);
            }

            int placements = 0, services = 0;
            var notes = new List<string>();
            foreach (EcsInputDocument<ServiceDefinition> item in document.Items)
            {
                findings.AddRange(item.ReadDiagnostics);
                if (item.Value is null)
                {
                    continue;
                }

                services++;
                placements += CreateServiceKind.HasPlacement(item.Value) ? 1 : 0;
                TaskDefinitionCatalog.Match match = TaskDefinitionCatalog.Resolve(input.TaskDefinitions, item.Value.TaskDefinition);
                if (match.Note != null)
                {
                    notes.Add(item.PointerPrefix + ": " + match.Note);
                }

                findings.AddRange(CreateServiceKind.Judge(item, match.Definition, input.Options));
            }

            return input.Report(findings, placements: placements, inputs: services, note: notes.Count > 0 ? string.Join("; ", notes) : services == 0 ? "no service in the output" : null);
        }

        internal static bool HasMalformedJson(IReadOnlyList<RuleDiagnostic> findings)
        {
            foreach (RuleDiagnostic finding in findings)
            {
                if (finding.RuleId is TaskDefKit.Rules.RuleIds.MalformedJson or TaskDefKit.Rules.RuleIds.UnrecognisedDocument)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
