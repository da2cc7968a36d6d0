using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Follows a fluent chain from its start: outward through calls on the builder, then, when the chain is stored in a
    /// local, through the later statements of the same block that call the local. What a statement does with the
    /// builder that the reader cannot follow (a call in a branch or a lambda, passing it on) makes everything after it
    /// unknown; returning or passing it at the end only makes the chain incomplete.
    /// </summary>
    internal static class ChainReading
    {
        /// <summary>Calls <paramref name="apply"/> for each builder call in source order; returns the state's completeness.</summary>
        /// <param name="root">The operation that creates the builder.</param>
        /// <param name="isBuilderCall">True for a call on the builder that returns the builder.</param>
        /// <param name="isTerminal">True for a call that reads the builder without changing it (<c>Build()</c>).</param>
        /// <param name="apply">Applies one builder call.</param>
        /// <param name="state">Receives unknowns and completeness.</param>
        /// <param name="cancellationToken">Cancellation.</param>
        public static void Follow(
            IOperation root,
            System.Func<IInvocationOperation, bool> isBuilderCall,
            System.Func<IInvocationOperation, bool> isTerminal,
            System.Action<IInvocationOperation> apply,
            ChainState state,
            CancellationToken cancellationToken)
        {
            IOperation top = WalkUp(root, isBuilderCall, isTerminal, apply, out bool reachedTerminal);
            if (reachedTerminal)
            {
                state.Complete = true;
                return;
            }

            ILocalSymbol? local = null;
            IOperation anchor = top;
            switch (top.Parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    local = declarator.Symbol;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == top:
                    local = target.Local;
                    anchor = assignment;
                    break;
            }

            if (local is null)
            {
                state.End = ChainEscape.Classify(top); // discarded, returned or passed on: what was set is known
                return;
            }

            FollowLocal(local, anchor, isBuilderCall, isTerminal, apply, state, cancellationToken);
        }

        private static IOperation WalkUp(
            IOperation start,
            System.Func<IInvocationOperation, bool> isBuilderCall,
            System.Func<IInvocationOperation, bool> isTerminal,
            System.Action<IInvocationOperation>? apply,
            out bool reachedTerminal)
        {
            reachedTerminal = false;
            IOperation current = start;
            while (current.Parent is IInvocationOperation invocation && invocation.Instance == current)
            {
                if (isTerminal(invocation))
                {
                    reachedTerminal = true;
                    return invocation;
                }

                if (!isBuilderCall(invocation))
                {
                    break;
                }

                apply?.Invoke(invocation);
                current = invocation;
            }

            return current;
        }

        private static void FollowLocal(
            ILocalSymbol local,
            IOperation anchor,
            System.Func<IInvocationOperation, bool> isBuilderCall,
            System.Func<IInvocationOperation, bool> isTerminal,
            System.Action<IInvocationOperation> apply,
            ChainState state,
            CancellationToken cancellationToken)
        {
            IOperation? statement = StatementOf(anchor, out IBlockOperation? block);
            if (statement is null || block is null)
            {
                return;
            }

            IOperation root = block;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            var references = new List<ILocalReferenceOperation>();
            int after = statement.Syntax.Span.End;
            foreach (IOperation operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference &&
                    SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                    reference.Syntax.SpanStart >= after)
                {
                    references.Add(reference);
                }
            }

            references.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            bool complete = false;
            for (int i = 0; i < references.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ILocalReferenceOperation reference = references[i];
                bool last = i == references.Count - 1;
                complete = false;

                if (reference.Parent is ISimpleAssignmentOperation assigned && assigned.Target == reference)
                {
                    if (RootLocal(assigned.Value) is ILocalSymbol source && SymbolEqualityComparer.Default.Equals(source, local))
                    {
                        continue; // b = b.X(...): the value's reference carries the calls
                    }

                    return; // the local now holds another builder
                }

                // First pass without applying: find where the chain ends and whether its statement runs unconditionally.
                IOperation top = WalkUp(reference, isBuilderCall, isTerminal, null, out bool reachedTerminal);
                bool hasCalls = top != reference;
                bool direct = StatementOf(top, out IBlockOperation? referenceBlock) != null && referenceBlock == block && IsPlainUse(top, local);
                if (top == reference || (reachedTerminal && ((IInvocationOperation)top).Instance == reference))
                {
                    if (reachedTerminal)
                    {
                        complete = true; // b.Build(): reads only
                        continue;
                    }

                    // The builder itself is passed on, returned or captured.
                    if (!last)
                    {
                        state.MarkUnknown(string.Empty);
                    }
                    else
                    {
                        state.End = ChainEscape.Classify(reference);
                    }

                    return;
                }

                if (!hasCalls || !direct)
                {
                    state.MarkUnknown(string.Empty);
                    return;
                }

                WalkUp(reference, isBuilderCall, isTerminal, apply, out _);
                if (reachedTerminal)
                {
                    complete = true;
                }
                else if (!(top.Parent is IExpressionStatementOperation) && !(top.Parent is ISimpleAssignmentOperation))
                {
                    // The chain's result goes elsewhere (returned, passed): the builder escapes here.
                    if (!last)
                    {
                        state.MarkUnknown(string.Empty);
                    }
                    else
                    {
                        state.End = ChainEscape.Classify(top);
                    }

                    return;
                }
            }

            state.Complete = complete;
        }

        /// <summary>The chain result is discarded, assigned back to the local, built, or declared.</summary>
        private static bool IsPlainUse(IOperation top, ILocalSymbol local)
        {
            switch (top.Parent)
            {
                case IExpressionStatementOperation:
                    return true;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    return SymbolEqualityComparer.Default.Equals(target.Local, local) && assignment.Parent is IExpressionStatementOperation;
                default:
                    return top is IInvocationOperation;
            }
        }

        private static ILocalSymbol? RootLocal(IOperation operation)
        {
            IOperation current = operation;
            while (current is IInvocationOperation { Instance: { } instance })
            {
                current = instance;
            }

            return (current as ILocalReferenceOperation)?.Local;
        }

        /// <summary>The statement that contains <paramref name="operation"/> directly in a block, with no lambda, loop or branch between.</summary>
        private static IOperation? StatementOf(IOperation operation, out IBlockOperation? block)
        {
            block = null;
            IOperation current = operation;
            while (current.Parent != null)
            {
                IOperation parent = current.Parent;
                if (parent is IBlockOperation parentBlock)
                {
                    block = parentBlock;
                    return current;
                }

                if (parent is IAnonymousFunctionOperation || parent is ILoopOperation || parent is IConditionalOperation ||
                    parent is ICoalesceOperation || parent is IConditionalAccessOperation || parent is ISwitchOperation ||
                    parent is ITryOperation || parent is IUsingOperation || parent is ILocalFunctionOperation)
                {
                    return null;
                }

                current = parent;
            }

            return null;
        }

        /// <summary>The location to report a call on: its argument, or the called name when the argument was left out.</summary>
        public static Location ArgumentLocation(IInvocationOperation invocation, IArgumentOperation? argument)
        {
            if (argument != null && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Value.Syntax.GetLocation();
            }

            return NameLocation(invocation);
        }

        /// <summary>The called method's name (<c>.Essential</c> in <c>c.Essential()</c>).</summary>
        public static Location NameLocation(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                return access.Name.GetLocation();
            }

            return invocation.Syntax.GetLocation();
        }

        public static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    return argument;
                }
            }

            return null;
        }

        public static IArgumentOperation? Argument(IInvocationOperation invocation, int ordinal)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>
        /// The calls of a configuring lambda (<c>c =&gt; c.Image(..).Port(..)</c> or a block of such statements) in order;
        /// false when the lambda does anything else with its parameter, or the argument is not a lambda.
        /// </summary>
        public static bool TryReadLambda(IOperation? value, out List<IInvocationOperation>? calls)
        {
            calls = null;
            if (value is null)
            {
                return false;
            }

            IOperation unwrapped = ConstantValues.Unwrap(value);
            if (!(unwrapped is IDelegateCreationOperation { Target: IAnonymousFunctionOperation function }) ||
                function.Symbol.Parameters.Length != 1 || function.Body is null)
            {
                return false;
            }

            IParameterSymbol parameter = function.Symbol.Parameters[0];
            var result = new List<IInvocationOperation>();
            foreach (IOperation operation in function.Body.Operations)
            {
                IOperation? expression = operation switch
                {
                    IExpressionStatementOperation statement => statement.Operation,
                    IReturnOperation { ReturnedValue: null } => null,
                    IReturnOperation returned => returned.ReturnedValue,
                    _ => operation,
                };
                if (expression is null)
                {
                    continue;
                }

                int start = result.Count;
                IOperation current = expression;
                while (current is IInvocationOperation { Instance: { } instance } invocation)
                {
                    result.Insert(start, invocation);
                    current = instance;
                }

                if (!(current is IParameterReferenceOperation reference) || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) || result.Count == start)
                {
                    return false;
                }
            }

            calls = result;
            return true;
        }

        /// <summary>True when the argument was left out or is a constant <c>null</c>.</summary>
        /// <summary>
        /// Reads the calls of an optional configuring lambda (<c>c =&gt; c.A().B()</c>). False when there is none, or when
        /// it cannot be read; then <paramref name="unknownPointer"/> is marked unknown so the rules that read it skip.
        /// </summary>
        public static bool TryReadConfigure(IArgumentOperation? configure, ChainState state, string unknownPointer, out List<IInvocationOperation>? calls)
        {
            calls = null;
            if (IsAbsent(configure))
            {
                return false;
            }

            if (!TryReadLambda(configure!.Value, out calls))
            {
                state.MarkUnknown(unknownPointer);
                return false;
            }

            return true;
        }

        public static bool IsAbsent(IArgumentOperation? argument) =>
            argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue ||
            (argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is null);
    }
}
