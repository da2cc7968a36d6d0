using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Joins definitions written across methods: <c>Base() =&gt; Create("a")…</c> returned, <c>Web() =&gt; Base().Container(…)</c>
    /// extending it, <c>("web.json", Web())</c> passing it on. Fragments are collected while the compilation's methods are
    /// analyzed and judged at its end: a returned builder is judged as part of each chain that continues it (a call of
    /// its method), and alone only when nothing in the compilation calls that method.
    /// </summary>
    internal sealed class CrossMethodDefinitions
    {
        /// <summary>How many methods deep a definition is followed, and how many variants (several returns) are judged.</summary>
        private const int MaxDepth = 8;
        private const int MaxVariants = 16;

        private readonly object _gate = new object();
        private readonly List<ChainFragment> _fragments = new List<ChainFragment>();
        private readonly HashSet<IMethodSymbol> _referenced = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private readonly bool _judgesLocalChains;
        private Dictionary<IMethodSymbol, List<ChainFragment>>? _returnedBy;

        /// <param name="judgesLocalChains">
        /// True when chains created and finished in one method are judged here too (ECS inputs, whose task definition may
        /// come from another method); false when their method judges them (task definitions).
        /// </param>
        public CrossMethodDefinitions(bool judgesLocalChains = false)
        {
            _judgesLocalChains = judgesLocalChains;
        }

        /// <summary>
        /// The method in this compilation whose returned builder <paramref name="operation"/> reads (a call of it, or of its
        /// property); null for anything else, including the builder's own methods.
        /// </summary>
        public static IMethodSymbol? ReturnedBuilderOf(IOperation operation, INamedTypeSymbol? builderType)
        {
            IMethodSymbol? method = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IPropertyReferenceOperation property => property.Property.GetMethod,
                _ => null,
            };
            if (method is null || !BuilderTypes.Is(method.ReturnType, builderType) ||
                BuilderTypes.Is(method.ContainingType, builderType) || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            return method.OriginalDefinition;
        }

        public void Add(ChainFragment fragment)
        {
            lock (_gate)
            {
                _fragments.Add(fragment);
            }
        }

        /// <summary>A method used as a delegate: its builder may be extended where the analyzer cannot follow.</summary>
        public void NoteReferenced(IMethodSymbol method)
        {
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return;
            }

            lock (_gate)
            {
                _referenced.Add(method.OriginalDefinition);
            }
        }

        /// <summary>
        /// The whole definition <paramref name="fragment"/> (a call of a method returning a builder, recorded at the end of
        /// the compilation) ends, when the compilation leaves exactly one; null otherwise. Call after every method was read.
        /// </summary>
        public IReadOnlyList<ChainFragment>? OnlyDefinitionEndingWith(ChainFragment fragment)
        {
            Dictionary<IMethodSymbol, List<ChainFragment>> returnedBy = ReturnedBy();
            List<List<ChainFragment>> definitions = Expand(fragment, returnedBy, ExpandableBases(returnedBy), 0);
            return definitions.Count == 1 && definitions[0][0].BaseMethod is null ? definitions[0] : null;
        }

        private Dictionary<IMethodSymbol, List<ChainFragment>> ReturnedBy()
        {
            lock (_gate)
            {
                if (_returnedBy != null)
                {
                    return _returnedBy;
                }

                var returnedBy = new Dictionary<IMethodSymbol, List<ChainFragment>>(SymbolEqualityComparer.Default);
                foreach (ChainFragment fragment in _fragments)
                {
                    if (fragment.End == ChainEnd.Returned && fragment.Owner is IMethodSymbol owner)
                    {
                        if (!returnedBy.TryGetValue(owner.OriginalDefinition, out List<ChainFragment>? list))
                        {
                            returnedBy[owner.OriginalDefinition] = list = new List<ChainFragment>();
                        }

                        list.Add(fragment);
                    }
                }

                return _returnedBy = returnedBy;
            }
        }

        /// <summary>Calls <paramref name="judge"/> once per whole definition, with whether nothing can add to it afterwards.</summary>
        public void JudgeAll(Action<IReadOnlyList<ChainFragment>, bool> judge, CancellationToken cancellationToken)
        {
            Dictionary<IMethodSymbol, List<ChainFragment>> returnedBy = ReturnedBy();
            var called = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (ChainFragment fragment in _fragments)
            {
                if (fragment.BaseMethod != null)
                {
                    called.Add(fragment.BaseMethod);
                }
            }

            foreach (ChainFragment fragment in _fragments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool complete;
                if (fragment.End == ChainEnd.Returned && !fragment.Built)
                {
                    if (!(fragment.Owner is IMethodSymbol owner) || called.Contains(owner.OriginalDefinition))
                    {
                        continue; // judged as part of each chain that continues it
                    }

                    // Nothing in the compilation extends it: it is a whole definition, unless code elsewhere could reach it.
                    complete = !MayBeExtendedUnseen(owner.OriginalDefinition);
                }
                else
                {
                    complete = fragment.Finished;
                }

                if (fragment.BaseMethod is null && fragment.End != ChainEnd.Returned && !_judgesLocalChains)
                {
                    continue; // judged in its own method already
                }

                foreach (List<ChainFragment> definition in Expand(fragment, returnedBy, ExpandableBases(returnedBy), 0))
                {
                    judge(definition, complete);
                }
            }
        }

        /// <summary>
        /// The definitions <paramref name="fragment"/> ends: each builder its base method can return, followed by it. A base
        /// the analyzer cannot read (or followed too deep) leaves the fragment alone, which the reader treats as unknown.
        /// </summary>
        private static List<List<ChainFragment>> Expand(
            ChainFragment fragment, Dictionary<IMethodSymbol, List<ChainFragment>> returnedBy, HashSet<IMethodSymbol> expandable, int depth)
        {
            var result = new List<List<ChainFragment>>();
            if (fragment.BaseMethod is null || depth >= MaxDepth || !expandable.Contains(fragment.BaseMethod) ||
                !returnedBy.TryGetValue(fragment.BaseMethod, out List<ChainFragment>? bases))
            {
                result.Add(new List<ChainFragment> { fragment });
                return result;
            }

            foreach (ChainFragment baseFragment in bases)
            {
                foreach (List<ChainFragment> prefix in Expand(baseFragment, returnedBy, expandable, depth + 1))
                {
                    if (result.Count == MaxVariants)
                    {
                        return result;
                    }

                    prefix.Add(fragment);
                    result.Add(prefix);
                }
            }

            return result;
        }

        /// <summary>The methods whose calls certainly run the returns the analyzer read (not virtual: an override may return another builder).</summary>
        private static HashSet<IMethodSymbol> ExpandableBases(Dictionary<IMethodSymbol, List<ChainFragment>> returnedBy)
        {
            var expandable = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (IMethodSymbol method in returnedBy.Keys)
            {
                if (!method.IsVirtual && !method.IsOverride && !method.IsAbstract)
                {
                    expandable.Add(method);
                }
            }

            return expandable;
        }

        /// <summary>A virtual, overriding or interface method, or one used as a delegate, can be extended by calls the analyzer does not see.</summary>
        private bool MayBeExtendedUnseen(IMethodSymbol method)
        {
            if (method.IsVirtual || method.IsOverride || method.IsAbstract || !method.ExplicitInterfaceImplementations.IsEmpty || _referenced.Contains(method))
            {
                return true;
            }

            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            foreach (INamedTypeSymbol contract in type.AllInterfaces)
            {
                foreach (ISymbol member in contract.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
