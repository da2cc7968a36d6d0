using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model;

namespace TaskDefKit.Analyzers.Builder.Ecs
{
    /// <summary>
    /// The task definition an ECS input runs, read from the argument of its <c>[RunsTaskDefinition]</c> method: a
    /// <c>TaskDefinitionBuilder</c> chain written there (ending in <c>Build()</c> or not), or one that continues a method
    /// in the compilation returning a builder (joined through the task definitions' <see cref="CrossMethodDefinitions"/>).
    /// Only a whole, entirely known definition is returned; anything else is unknown (null).
    /// </summary>
    internal sealed class TaskDefinitionSource
    {
        private readonly BuilderTypes _types;
        private readonly CrossMethodDefinitions _definitions;

        public TaskDefinitionSource(BuilderTypes types, CrossMethodDefinitions definitions)
        {
            _types = types;
            _definitions = definitions;
        }

        public TaskDefinition? Read(IOperation? argument, ISymbol owner, CancellationToken cancellationToken)
        {
            if (argument is null)
            {
                return null;
            }

            IReadOnlyList<ChainFragment>? fragments = null;
            IOperation current = ConstantValues.Unwrap(argument);
            while (fragments is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TaskDefinitionChainReader.IsRoot(current, _types, out IOperation? family))
                {
                    fragments = new[] { TaskDefinitionChainReader.Record(current, family, null, owner, _types, cancellationToken) };
                }
                else if (CrossMethodDefinitions.ReturnedBuilderOf(current, _types.TaskDefinitionBuilder) is IMethodSymbol baseMethod)
                {
                    ChainFragment fragment = TaskDefinitionChainReader.Record(current, null, baseMethod, owner, _types, cancellationToken);
                    fragments = _definitions.OnlyDefinitionEndingWith(fragment);
                    if (fragments is null)
                    {
                        return null;
                    }
                }
                else if (current is IInvocationOperation { Instance: { } instance } invocation &&
                         BuilderTypes.Is(invocation.TargetMethod.ContainingType, _types.TaskDefinitionBuilder))
                {
                    current = instance;
                }
                else
                {
                    return null;
                }
            }

            TaskDefinitionChainReader reader = TaskDefinitionChainReader.Replay(fragments, complete: true, _types, cancellationToken);
            return reader.State.Unknown.Count == 0 ? reader.Model : null;
        }
    }
}
