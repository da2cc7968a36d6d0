using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Input;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// Which definition of the old file is which of the new one when a file holds several (a template, a .tf file):
    /// the same resource name or address first, then the same family (when it is unique on both sides). Files of one
    /// definition each are one pair, whatever their names. What is left is added or removed.
    /// </summary>
    internal sealed class DefinitionPairs
    {
        private DefinitionPairs(List<(NamedDefinition Old, NamedDefinition New)> pairs, List<NamedDefinition> removed, List<NamedDefinition> added)
        {
            Pairs = pairs;
            Removed = removed;
            Added = added;
        }

        /// <summary>Paired definitions, in the old file's order.</summary>
        public List<(NamedDefinition Old, NamedDefinition New)> Pairs { get; }

        /// <summary>Old definitions without a partner.</summary>
        public List<NamedDefinition> Removed { get; }

        /// <summary>New definitions without a partner.</summary>
        public List<NamedDefinition> Added { get; }

        /// <summary>True when both files hold one definition: the diff is about that one, as it always was.</summary>
        public bool Single { get; private init; }

        public static DefinitionPairs Match(IReadOnlyList<NamedDefinition> before, IReadOnlyList<NamedDefinition> after)
        {
            if (before.Count == 1 && after.Count == 1)
            {
                return new DefinitionPairs(new List<(NamedDefinition, NamedDefinition)> { (before[0], after[0]) }, new List<NamedDefinition>(), new List<NamedDefinition>()) { Single = true };
            }

            var partner = new NamedDefinition?[before.Count];
            var taken = new bool[after.Count];
            for (int i = 0; i < before.Count; i++)
            {
                int j = IndexOf(after, taken, d => d.Label == before[i].Label);
                if (j >= 0)
                {
                    partner[i] = after[j];
                    taken[j] = true;
                }
            }

            for (int i = 0; i < before.Count; i++)
            {
                string? family = before[i].Family;
                if (partner[i] != null || family is null || Count(before, partner, family) != 1)
                {
                    continue;
                }

                int j = IndexOf(after, taken, d => d.Family == family);
                if (j >= 0 && IndexOf(after, taken, d => d.Family == family, j + 1) < 0)
                {
                    partner[i] = after[j];
                    taken[j] = true;
                }
            }

            var pairs = new List<(NamedDefinition, NamedDefinition)>();
            var removed = new List<NamedDefinition>();
            for (int i = 0; i < before.Count; i++)
            {
                if (partner[i] is NamedDefinition paired)
                {
                    pairs.Add((before[i], paired));
                }
                else
                {
                    removed.Add(before[i]);
                }
            }

            var added = new List<NamedDefinition>();
            for (int j = 0; j < after.Count; j++)
            {
                if (!taken[j])
                {
                    added.Add(after[j]);
                }
            }

            return new DefinitionPairs(pairs, removed, added);
        }

        private static int IndexOf(IReadOnlyList<NamedDefinition> definitions, bool[] taken, Func<NamedDefinition, bool> match, int start = 0)
        {
            for (int j = start; j < definitions.Count; j++)
            {
                if (!taken[j] && match(definitions[j]))
                {
                    return j;
                }
            }

            return -1;
        }

        /// <summary>Unpaired old definitions of this family: a family shared by two of them pairs neither by family.</summary>
        private static int Count(IReadOnlyList<NamedDefinition> before, NamedDefinition?[] partner, string family)
        {
            int count = 0;
            for (int i = 0; i < before.Count; i++)
            {
                count += partner[i] is null && before[i].Family == family ? 1 : 0;
            }

            return count;
        }
    }
}
