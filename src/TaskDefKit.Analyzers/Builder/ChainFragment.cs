using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// The part of a definition one method writes: it starts at <c>TaskDefinitionBuilder.Create</c> (or <c>new</c>), or
    /// at a call of a method in the compilation that returns a builder (<see cref="BaseMethod"/>), and lists the builder
    /// calls that follow in this method. A whole definition is a fragment that creates the builder followed by the
    /// fragments that extend it, method by method.
    /// </summary>
    internal sealed class ChainFragment
    {
        public ChainFragment(
            IOperation root,
            IOperation? family,
            IMethodSymbol? baseMethod,
            ISymbol owner,
            IReadOnlyList<IInvocationOperation> calls,
            IReadOnlyList<string> unknown,
            bool built,
            ChainEnd end)
        {
            Root = root;
            Family = family;
            BaseMethod = baseMethod;
            Owner = owner;
            Calls = calls;
            Unknown = unknown;
            Built = built;
            End = end;
        }

        /// <summary>The <c>Create</c> call, the <c>new</c> expression, or the call of <see cref="BaseMethod"/>.</summary>
        public IOperation Root { get; }

        /// <summary>The family argument of <c>Create</c>; null for a fragment that extends another method's.</summary>
        public IOperation? Family { get; }

        /// <summary>The method whose returned builder this fragment extends; null when it creates the builder.</summary>
        public IMethodSymbol? BaseMethod { get; }

        /// <summary>The method (or other member) whose body holds the fragment.</summary>
        public ISymbol Owner { get; }

        public IReadOnlyList<IInvocationOperation> Calls { get; }

        /// <summary>Pointers the method's own code makes unknown (an escape in the middle of the chain, for example).</summary>
        public IReadOnlyList<string> Unknown { get; }

        /// <summary>The chain reaches <c>Build()</c> in this method.</summary>
        public bool Built { get; }

        public ChainEnd End { get; }

        /// <summary>Nothing in this method can add to the definition after the fragment.</summary>
        public bool Finished => Built || End == ChainEnd.PassedOn;
    }
}
