using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// The task definition a service or RunTask builder runs, as it was given: a builder (built at the service's
    /// <c>Build()</c>, so later changes to it count), a built result, or a model (copied when given). Resolving it yields
    /// the task definition's own build result, which the cross-checks read.
    /// </summary>
    internal sealed class TaskDefinitionLink
    {
        private readonly TaskDefinitionBuilder? _builder;
        private readonly TaskDefinitionBuildResult? _built;
        private readonly TaskDefinition? _definition;

        private TaskDefinitionLink(TaskDefinitionBuilder? builder, TaskDefinitionBuildResult? built, TaskDefinition? definition)
        {
            _builder = builder;
            _built = built;
            _definition = definition;
        }

        public static TaskDefinitionLink To(TaskDefinitionBuilder builder) =>
            new TaskDefinitionLink(Guard.NotNull(builder, nameof(builder)), null, null);

        public static TaskDefinitionLink To(TaskDefinitionBuildResult built) =>
            new TaskDefinitionLink(null, Guard.NotNull(built, nameof(built)), null);

        public static TaskDefinitionLink To(TaskDefinition definition) =>
            new TaskDefinitionLink(null, null, ModelCopy.Of(Guard.NotNull(definition, nameof(definition))));

        /// <summary>The task definition's build result: built now, given, or the copied model validated now.</summary>
        public TaskDefinitionBuildResult Resolve(ValidationOptions? options)
        {
            if (_built != null)
            {
                return _built;
            }

            if (_builder != null)
            {
                return _builder.Build(options);
            }

            TaskDefinition copy = ModelCopy.Of(_definition!);
            return new TaskDefinitionBuildResult(copy, TaskDefinitionValidator.Validate(copy, options));
        }
    }
}
