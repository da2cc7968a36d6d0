namespace TaskDefKit.Json
{
    /// <summary>The shape a task definition file came in.</summary>
    public enum DocumentForm
    {
        /// <summary>Nothing usable could be read.</summary>
        Unreadable,

        /// <summary>The input of <c>aws ecs register-task-definition --cli-input-json</c>.</summary>
        RegisterInput,

        /// <summary>The output of <c>aws ecs describe-task-definition</c>: <c>{"taskDefinition": {...}, "tags": [...]}</c>.</summary>
        DescribeOutput,
    }
}
