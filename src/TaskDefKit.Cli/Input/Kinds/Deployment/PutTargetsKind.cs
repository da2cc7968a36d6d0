using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Events;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary>
    /// <c>aws events put-targets --cli-input-json</c>: its ECS targets judged (TDK9002–TDK9009) against the task
    /// definition of the first ECS target when the run has it.
    /// </summary>
    internal sealed class PutTargetsKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("Targets", MemberEvidence.Decisive, JsonTokenType.StartArray),
            new MemberEvidence("Rule", 5, JsonTokenType.String),
        };

        public override string Name => "a put-targets input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override bool PairsWithTaskDefinition => true;

        public override RuleFamilies Judges => RuleFamilies.ScheduledTask;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<EventTargets> document = EventsJson.ParseTargets(input.Bytes, input.Display);
            string? reference = document.Value?.Targets?.Find(t => t?.EcsParameters?.TaskDefinitionArn != null)?.EcsParameters!.TaskDefinitionArn;
            TaskDefinitionCatalog.Match match = TaskDefinitionCatalog.Resolve(input.TaskDefinitions, reference);
            return DeploymentJudge.Report(input, document, targets => ScheduledTaskValidator.Validate(targets, match.Definition, input.Options), match.Note);
        }
    }
}
