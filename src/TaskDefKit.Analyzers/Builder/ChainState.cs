using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// What a builder chain is known to set: the shared model filled with the constant arguments, where each JSON pointer
    /// was set in source, which pointers are unknown (set by a call or an argument the analyzer cannot read) and whether
    /// the chain is complete (it reaches <c>Build()</c> with nothing able to change it afterwards).
    /// </summary>
    /// <remarks>
    /// Unknown pointers are prefixes: <c>/containerDefinitions/0</c> covers everything in that container. The segment
    /// <c>#</c> stands for a list's membership, so <c>/containerDefinitions/#</c> means the number of containers is unknown.
    /// </remarks>
    internal sealed class ChainState
    {
        private readonly Dictionary<string, Location> _locations = new Dictionary<string, Location>(StringComparer.Ordinal);
        private readonly List<string> _unknown = new List<string>();

        public ChainState(Location root)
        {
            Root = root;
        }

        /// <summary>Where the chain starts (the <c>Create</c> call); the fallback location.</summary>
        public Location Root { get; }

        /// <summary>The chain reaches <c>Build()</c> (or the local's last use is <c>Build()</c>).</summary>
        public bool Complete { get; set; }

        /// <summary>What the method does with the builder when the chain does not reach <c>Build()</c>.</summary>
        public ChainEnd End { get; set; }

        public void AddUnknown(IReadOnlyList<string> pointers)
        {
            foreach (string pointer in pointers)
            {
                MarkUnknown(pointer);
            }
        }

        public IReadOnlyList<string> Unknown => _unknown;

        public void Set(string pointer, Location location) => _locations[pointer] = location;

        public void MarkUnknown(string pointer)
        {
            foreach (string existing in _unknown)
            {
                if (existing == pointer)
                {
                    return;
                }
            }

            _unknown.Add(pointer);
        }

        /// <summary>True when an unknown pointer covers <paramref name="pointer"/> or lies below it.</summary>
        public bool IsUnknown(string pointer)
        {
            foreach (string unknown in _unknown)
            {
                if (Overlaps(unknown, pointer))
                {
                    return true;
                }
            }

            return false;
        }

        public bool TryGetLocation(string pointer, out Location location) => _locations.TryGetValue(pointer, out location!);

        /// <summary>The location that set <paramref name="pointer"/> or its nearest set ancestor; else the chain's start.</summary>
        public Location Locate(string pointer)
        {
            string current = pointer;
            while (current.Length > 0)
            {
                if (_locations.TryGetValue(current, out Location? location))
                {
                    return location;
                }

                int slash = current.LastIndexOf('/');
                current = slash <= 0 ? string.Empty : current.Substring(0, slash);
            }

            return Root;
        }

        /// <summary>True when no unknown pointer can affect any of <paramref name="inputs"/> (patterns; <c>*</c> matches an index).</summary>
        public bool AllKnown(string[]? inputs)
        {
            if (_unknown.Count == 0)
            {
                return true;
            }

            if (inputs is null)
            {
                return false;
            }

            foreach (string unknown in _unknown)
            {
                foreach (string input in inputs)
                {
                    if (Overlaps(unknown, input))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>One of the two pointers is a prefix of the other, segment by segment (<c>*</c> in the pattern matches an index).</summary>
        internal static bool Overlaps(string unknown, string pattern)
        {
            if (unknown.Length == 0 || pattern.Length == 0)
            {
                return true;
            }

            int u = 1, p = 1;
            while (u <= unknown.Length && p <= pattern.Length)
            {
                int uEnd = unknown.IndexOf('/', u);
                if (uEnd < 0)
                {
                    uEnd = unknown.Length;
                }

                int pEnd = pattern.IndexOf('/', p);
                if (pEnd < 0)
                {
                    pEnd = pattern.Length;
                }

                bool segmentMatches =
                    (pEnd - p == 1 && pattern[p] == '*' && !(uEnd - u == 1 && unknown[u] == '#')) ||
                    string.CompareOrdinal(unknown, u, pattern, p, Math.Max(uEnd - u, pEnd - p)) == 0 && uEnd - u == pEnd - p;
                if (!segmentMatches)
                {
                    return false;
                }

                u = uEnd + 1;
                p = pEnd + 1;
            }

            return true;
        }
    }
}
