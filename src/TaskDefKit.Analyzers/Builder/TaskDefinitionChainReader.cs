using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model;
using TaskDefKit.Analyzers.Builder.Description;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Builds the shared <see cref="TaskDefinition"/> model from a <c>TaskDefinitionBuilder</c> chain: finds its start,
    /// records the calls of each method's fragment, and replays them through the <see cref="DescriptionInterpreter"/>,
    /// which does for each call what the builder method's description attributes say.
    /// </summary>
    internal sealed class TaskDefinitionChainReader
    {
        private readonly ChainState _state;
        private readonly TaskDefinition _model = new TaskDefinition();

        private TaskDefinitionChainReader(Location root)
        {
            _state = new ChainState(root);
        }

        public TaskDefinition Model => _model;

        public ChainState State => _state;

        /// <summary>The chain's start: <c>TaskDefinitionBuilder.Create(family)</c> or <c>new TaskDefinitionBuilder(family)</c>.</summary>
        public static bool IsRoot(IOperation operation, BuilderTypes types, out IOperation? family)
        {
            family = null;
            switch (operation)
            {
                case IInvocationOperation { Instance: null } invocation
                    when invocation.TargetMethod.Name == "Create" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder):
                    family = invocation.Arguments.Length == 1 ? invocation.Arguments[0].Value : null;
                    return true;
                case IObjectCreationOperation creation when BuilderTypes.Is(creation.Type, types.TaskDefinitionBuilder) && creation.Arguments.Length == 1:
                    family = creation.Arguments[0].Value;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The calls one method makes on a builder from <paramref name="root"/> on, and where the builder goes.</summary>
        public static ChainFragment Record(IOperation root, IOperation? family, IMethodSymbol? baseMethod, ISymbol owner, BuilderTypes types, CancellationToken cancellationToken)
        {
            var calls = new List<IInvocationOperation>();
            var scratch = new ChainState(root.Syntax.GetLocation());
            ChainReading.Follow(
                root,
                invocation => BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder) &&
                              BuilderTypes.Is(invocation.TargetMethod.ReturnType, types.TaskDefinitionBuilder),
                invocation => invocation.TargetMethod.Name == "Build" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder),
                calls.Add,
                scratch,
                cancellationToken);
            return new ChainFragment(root, family, baseMethod, owner, calls, scratch.Unknown, scratch.Complete, scratch.End);
        }

        /// <summary>
        /// Fills the model from a whole definition: the fragment that creates the builder first, then the fragments that
        /// extend what the previous one returned, in order.
        /// </summary>
        public static TaskDefinitionChainReader Replay(IReadOnlyList<ChainFragment> fragments, bool complete, BuilderTypes types, CancellationToken cancellationToken)
        {
            ChainFragment first = fragments[0];
            var reader = new TaskDefinitionChainReader(first.Root.Syntax.GetLocation());
            if (first.BaseMethod != null)
            {
                reader._state.MarkUnknown(string.Empty); // built by code the analyzer cannot see
            }
            else if (ConstantValues.TryGetString(first.Family, out string? name))
            {
                reader._model.Family = name;
                reader._state.Set("/family", first.Family!.Syntax.GetLocation());
            }
            else
            {
                reader._state.MarkUnknown("/family");
            }

            var interpreter = new DescriptionInterpreter(types, reader._state, cancellationToken);
            var root = new ModelTarget(reader._model, TaskDefinition.Schema, string.Empty);
            foreach (ChainFragment fragment in fragments)
            {
                reader._state.AddUnknown(fragment.Unknown);
                foreach (IInvocationOperation call in fragment.Calls)
                {
                    if (!interpreter.Apply(call, root))
                    {
                        // A method without a description (none today; the coverage test keeps it so): anything may have changed.
                        reader._state.MarkUnknown(string.Empty);
                    }
                }
            }

            reader._state.Complete = complete;
            return reader;
        }
    }
}
