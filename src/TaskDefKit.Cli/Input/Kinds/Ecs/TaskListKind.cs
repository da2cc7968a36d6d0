using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>
    /// <c>aws ecs describe-tasks</c> or <c>run-task</c> output (<c>{"tasks": [...]}</c>): tasks that already ran. Recognised so
    /// that it is not misread as a task definition, but not judged: it states what happened, not an input to correct.
    /// </summary>
    internal sealed class TaskListKind : JsonObjectKind
    {
        private static readonly MemberEvidence[] s_evidence =
        {
            new MemberEvidence("tasks", MemberEvidence.Decisive, JsonTokenType.StartArray),
        };

        public override string Name => "describe-tasks or run-task output";

        public override IReadOnlyList<MemberEvidence> Evidence => s_evidence;

        public override FileReport Judge(InputContext input) =>
            new FileReport(input.Display, read: true, new TaskDefKit.Validation.RuleDiagnostic[0], 0, "describe-tasks/run-task output (tasks that already ran) is not judged; skipped");
    }
}
