using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder.Ecs
{
    /// <summary>
    /// One ECS input builder the analyzer reads — <c>ServiceBuilder</c>, <c>RunTaskBuilder</c>, <c>ClusterBuilder</c> — with
    /// the model it builds, what its <c>Build()</c> completes (the shared <see cref="BuildCompletion"/>) and the shared
    /// validator that judges it. Its methods are read from their descriptions like the task definition builder's.
    /// </summary>
    internal sealed class EcsInputKind
    {
        private readonly System.Action<object, TaskDefinition?, bool> _complete;
        private readonly System.Func<object, TaskDefinition?, ValidationOptions?, IReadOnlyList<RuleDiagnostic>> _validate;

        private EcsInputKind(
            INamedTypeSymbol builder,
            ClassSchema schema,
            bool runsTaskDefinition,
            System.Action<object, TaskDefinition?, bool> complete,
            System.Func<object, TaskDefinition?, ValidationOptions?, IReadOnlyList<RuleDiagnostic>> validate)
        {
            Builder = builder;
            Schema = schema;
            RunsTaskDefinition = runsTaskDefinition;
            _complete = complete;
            _validate = validate;
        }

        public INamedTypeSymbol Builder { get; }

        public ClassSchema Schema { get; }

        /// <summary>The input names a task definition (<c>taskDefinition</c>) that its Build() can fill from a builder's family.</summary>
        public bool RunsTaskDefinition { get; }

        /// <summary>The chains of this kind read so far, joined across methods at the end of the compilation.</summary>
        public CrossMethodDefinitions Definitions { get; } = new CrossMethodDefinitions(judgesLocalChains: true);

        /// <summary>The kinds the compilation's TaskDefKit has (none when it predates them).</summary>
        public static IReadOnlyList<EcsInputKind> Of(BuilderTypes types)
        {
            var kinds = new List<EcsInputKind>();
            if (types.ServiceBuilder != null)
            {
                kinds.Add(new EcsInputKind(
                    types.ServiceBuilder,
                    ServiceDefinition.Schema,
                    true,
                    (model, taskDefinition, deploymentChosen) => BuildCompletion.Complete((ServiceDefinition)model, taskDefinition, deploymentChosen),
                    (model, taskDefinition, options) => ServiceValidator.Validate((ServiceDefinition)model, taskDefinition, options)));
            }

            if (types.RunTaskBuilder != null)
            {
                kinds.Add(new EcsInputKind(
                    types.RunTaskBuilder,
                    RunTask.Schema,
                    true,
                    (model, taskDefinition, _) => BuildCompletion.Complete((RunTask)model, taskDefinition),
                    (model, taskDefinition, options) => RunTaskValidator.Validate((RunTask)model, taskDefinition, options)));
            }

            if (types.ClusterBuilder != null)
            {
                kinds.Add(new EcsInputKind(
                    types.ClusterBuilder,
                    ClusterDefinition.Schema,
                    false,
                    (model, taskDefinition, deploymentChosen) => { },
                    (model, taskDefinition, options) => ClusterValidator.Validate((ClusterDefinition)model, options)));
            }

            return kinds;
        }

        /// <summary>Does what the builder's Build() adds (throws when the runtime's Build() would).</summary>
        public void Complete(object model, TaskDefinition? taskDefinition, bool deploymentChosen) => _complete(model, taskDefinition, deploymentChosen);

        public IReadOnlyList<RuleDiagnostic> Validate(object model, TaskDefinition? taskDefinition, ValidationOptions? options) => _validate(model, taskDefinition, options);
    }
}
