using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Analyzers.Builder.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Analyzers.Builder.Ecs
{
    /// <summary>
    /// Builds the shared model of an ECS input (<see cref="EcsInputKind"/>) from its builder chain: the same
    /// <see cref="DescriptionInterpreter"/> as the task definition's replays each call, the chain's roles are read from
    /// the descriptions (<c>[RunsTaskDefinition]</c>: the task definition it runs; <c>[Chooses]</c>: what Build() adds),
    /// and Build()'s completion runs on the result. The task definition comes from a <c>TaskDefinitionBuilder</c> chain
    /// the analyzer can read (written in the argument, or returned by a method in the compilation); anything else
    /// leaves it unknown, and the input is judged alone.
    /// </summary>
    internal sealed class EcsInputChainReader
    {
        private EcsInputChainReader(object model, ChainState state, TaskDefinition? taskDefinition)
        {
            Model = model;
            State = state;
            TaskDefinition = taskDefinition;
        }

        public object Model { get; }

        public ChainState State { get; }

        /// <summary>The task definition the input runs, when the analyzer read it whole; null when none or unknown.</summary>
        public TaskDefinition? TaskDefinition { get; }

        /// <summary>The chain's start: a static <c>Create</c> of the builder.</summary>
        public static bool IsRoot(IOperation operation, EcsInputKind kind) =>
            operation is IInvocationOperation { Instance: null } invocation &&
            invocation.TargetMethod.Name == "Create" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, kind.Builder);

        /// <summary>The calls one method makes on the builder from <paramref name="root"/> on, and where the builder goes.</summary>
        public static ChainFragment Record(IOperation root, IMethodSymbol? baseMethod, ISymbol owner, EcsInputKind kind, CancellationToken cancellationToken)
        {
            var calls = new List<IInvocationOperation>();
            var scratch = new ChainState(root.Syntax.GetLocation());
            ChainReading.Follow(
                root,
                invocation => BuilderTypes.Is(invocation.TargetMethod.ContainingType, kind.Builder) && BuilderTypes.Is(invocation.TargetMethod.ReturnType, kind.Builder),
                invocation => invocation.TargetMethod.Name == "Build" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, kind.Builder),
                calls.Add,
                scratch,
                cancellationToken);
            return new ChainFragment(root, null, baseMethod, owner, calls, scratch.Unknown, scratch.Complete, scratch.End);
        }

        /// <summary>Fills the input's model from a whole chain and completes it as its Build() would.</summary>
        public static EcsInputChainReader Replay(
            IReadOnlyList<ChainFragment> fragments, bool complete, EcsInputKind kind, TaskDefinitionSource taskDefinitions, BuilderTypes types, CancellationToken cancellationToken)
        {
            ChainFragment first = fragments[0];
            var state = new ChainState(first.Root.Syntax.GetLocation());
            object model = kind.Schema.Create();
            var root = new ModelTarget(model, kind.Schema, string.Empty);
            var interpreter = new DescriptionInterpreter(types, state, cancellationToken);
            if (first.BaseMethod != null)
            {
                state.MarkUnknown(string.Empty); // built by code the analyzer cannot see
            }
            else if (first.Root is IInvocationOperation create && types.Descriptions.Get(create.TargetMethod) != null)
            {
                interpreter.Apply(create, root); // Create(name) sets the name
            }

            IOperation? taskDefinitionArgument = null;
            ISymbol owner = first.Owner;
            bool taskDefinitionGiven = false, deploymentChosen = false;
            foreach (ChainFragment fragment in fragments)
            {
                state.AddUnknown(fragment.Unknown);
                foreach (IInvocationOperation call in fragment.Calls)
                {
                    if (types.Descriptions.Get(call.TargetMethod) is { } description)
                    {
                        foreach (Effect effect in description.Effects)
                        {
                            if (effect.Kind == EffectKind.RunsTaskDefinition)
                            {
                                taskDefinitionGiven = true;
                                taskDefinitionArgument = ChainReading.Argument(call, effect.Path[0])?.Value;
                                owner = fragment.Owner;
                            }
                            else if (effect.Kind == EffectKind.Chooses && effect.Path[0] == "deployment")
                            {
                                deploymentChosen = true;
                            }
                        }
                    }

                    if (!interpreter.Apply(call, root))
                    {
                        state.MarkUnknown(string.Empty);
                    }
                }
            }

            TaskDefinition? taskDefinition = taskDefinitionGiven ? taskDefinitions.Read(taskDefinitionArgument, owner, cancellationToken) : null;
            if (taskDefinitionGiven && taskDefinition is null)
            {
                // Build() fills taskDefinition from a family the analyzer does not know.
                state.MarkUnknown("/taskDefinition");
            }

            try
            {
                kind.Complete(model, taskDefinition, deploymentChosen);
            }
            catch (System.InvalidOperationException)
            {
                // Build() throws (a load balancer's container cannot be taken from the task definition), or would fill it
                // from a task definition the analyzer does not know: the load balancers are not judged.
                state.MarkUnknown("/loadBalancers");
            }

            state.Complete = complete;
            return new EcsInputChainReader(model, state, taskDefinition);
        }
    }
}
