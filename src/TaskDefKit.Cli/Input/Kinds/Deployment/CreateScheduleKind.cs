using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Scheduler;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Deployment
{
    /// <summary><c>aws scheduler create-schedule --cli-input-json</c>: expression and ECS target judged (TDK9001–TDK9009).</summary>
    internal sealed class CreateScheduleKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("FlexibleTimeWindow", MemberEvidence.Decisive, JsonTokenType.StartObject),
            new MemberEvidence("Target", 20, JsonTokenType.StartObject),
            new MemberEvidence("ScheduleExpressionTimezone", 10),
            new MemberEvidence("ScheduleExpression", 10, JsonTokenType.String),
        };

        public override string Name => "a create-schedule input";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override bool PairsWithTaskDefinition => true;

        /// <summary>A file with only a ScheduleExpression is a put-rule input (the older API); FlexibleTimeWindow decides this kind.</summary>
        public override int Order => 1;

        public override RuleFamilies Judges => RuleFamilies.ScheduledTask;

        public override FileReport Judge(InputContext input)
        {
            EcsInputDocument<Schedule> document = SchedulerJson.ParseSchedule(input.Bytes, input.Display);
            TaskDefinitionCatalog.Match match = TaskDefinitionCatalog.Resolve(input.TaskDefinitions, document.Value?.Target?.EcsParameters?.TaskDefinitionArn);
            return DeploymentJudge.Report(input, document, schedule => ScheduledTaskValidator.Validate(schedule, match.Definition, input.Options), match.Note);
        }
    }
}
