using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>What <see cref="RunTaskBuilder.Build"/> produced: the <c>RunTask</c> input, its findings, and the task definition's build result.</summary>
    public sealed class RunTaskBuildResult : EcsInputBuildResult<RunTask>
    {
        internal RunTaskBuildResult(RunTask runTask, TaskDefinitionBuildResult? taskDefinition, IReadOnlyList<RuleDiagnostic> diagnostics)
            : base(runTask, diagnostics)
        {
            TaskDefinition = taskDefinition;
        }

        /// <summary>The RunTask input as it was at <see cref="RunTaskBuilder.Build"/>.</summary>
        public RunTask RunTask => Input;

        /// <summary>The task definition the call runs, with its own findings; null when named only by family or ARN.</summary>
        public TaskDefinitionBuildResult? TaskDefinition { get; }

        /// <inheritdoc />
        public override string Operation => "RunTask";

        private protected override string Subject => "RunTask of '" + (Input.TaskDefinition ?? "(no taskDefinition)") + "'";

        /// <summary>Throws <see cref="EcsInputValidationException"/> when the input has errors; returns this otherwise.</summary>
        public RunTaskBuildResult ThrowIfErrors()
        {
            ThrowIfAnyErrors();
            return this;
        }

        private protected override string Serialize(bool indented) => ServiceJson.Serialize(Input, indented);
    }
}
