using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>
    /// <c>aws ecs run-task --cli-input-json</c>: read with locations and judged by <see cref="RunTaskValidator"/> (RunTask and
    /// placement rules) against the task definition it names when the run has it.
    /// </summary>
    internal sealed class RunTaskKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            // Members only RunTask has.
            new MemberEvidence("count", 10),
            new MemberEvidence("overrides", 10),
            new MemberEvidence("startedBy", 10),
            new MemberEvidence("group", 10),
            new MemberEvidence("referenceId", 10),

            // Shared with CreateService: a little weight; RunTask sorts first, so a file of only these is read as RunTask.
            new MemberEvidence("taskDefinition", 1, System.Text.Json.JsonTokenType.String),
            new MemberEvidence("launchType", 1),
            new MemberEvidence("networkConfiguration", 1),
            new MemberEvidence("capacityProviderStrategy", 1),
            new MemberEvidence("cluster", 1),
        };

        public override string Name => "a run-task input";

        public override int Order => -1;

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override bool PairsWithTaskDefinition => true;

        public override RuleFamilies Judges => RuleFamilies.Service | RuleFamilies.Placement;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<RunTask> document = ServiceJson.ParseRunTask(input.Bytes, input.Display);
            if (document.Value is null)
            {
                return input.Unread(document.ReadDiagnostics);
            }

            RunTask run = document.Value;
            TaskDefinitionCatalog.Match match = TaskDefinitionCatalog.Resolve(input.TaskDefinitions, run.TaskDefinition);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            findings.AddRange(EcsInputJudge.Placed(document, RunTaskValidator.Validate(run, match.Definition, input.Options)));
            return input.Report(findings, placements: run.PlacementConstraints != null || run.PlacementStrategy != null ? 1 : 0, inputs: 1, note: match.Note);
        }
    }
}
