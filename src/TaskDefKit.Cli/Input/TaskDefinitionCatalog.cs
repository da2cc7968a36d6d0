using System;
using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// The task definitions a run can pair service and RunTask inputs with: the one given with
    /// <c>--task-definition FILE</c> (paired with every such input), and every task definition read from the run's other
    /// inputs, by family and, where the file states it (describe output), revision. A service whose
    /// <c>taskDefinition</c> is <c>web</c>, <c>web:3</c> or an ARN ending in <c>task-definition/web:3</c> is paired with the
    /// one task definition of family <c>web</c> (of revision 3 when both state one). No match, or several: the service
    /// is judged alone (for several, the report's note says so) (an unknown task definition is never an error).
    /// Thread-safe: task definitions are added while inputs are judged in parallel.
    /// </summary>
    internal sealed class TaskDefinitionCatalog
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, List<Entry>> _byFamily = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);

        public TaskDefinitionCatalog(TaskDefinition? given = null, string? givenDisplay = null)
        {
            Given = given;
            GivenDisplay = givenDisplay;
        }

        /// <summary>
        /// True in a run over several inputs: service and RunTask inputs are judged after the others (reported last), so
        /// that every task definition of the run can be paired with them (with <c>--task-definition</c> they pair with it
        /// at once), and the ECR inputs too (always: they judge against the run's lifecycle policies).
        /// </summary>
        public bool Deferring { get; init; }

        /// <summary>The task definition of <c>--task-definition</c>, or null.</summary>
        public TaskDefinition? Given { get; }

        public string? GivenDisplay { get; }

        /// <summary>Records a task definition read in this run.</summary>
        public void Add(TaskDefinition definition, int? revision, string display)
        {
            if (Given != null || string.IsNullOrEmpty(definition.Family))
            {
                return;
            }

            lock (_gate)
            {
                if (!_byFamily.TryGetValue(definition.Family!, out List<Entry>? entries))
                {
                    _byFamily[definition.Family!] = entries = new List<Entry>();
                }

                entries.Add(new Entry(definition, revision, display));
            }
        }

        /// <summary>
        /// Every task definition of the run (the <c>--task-definition</c> one alone when given), ordered by file and
        /// family so that what is judged against them reads the same whatever order the parallel first pass added them in.
        /// </summary>
        public IReadOnlyList<TaskDefinition> All()
        {
            if (Given != null)
            {
                return new[] { Given };
            }

            var entries = new List<Entry>();
            lock (_gate)
            {
                foreach (List<Entry> family in _byFamily.Values)
                {
                    entries.AddRange(family);
                }
            }

            entries.Sort((a, b) =>
            {
                int order = string.CompareOrdinal(a.Display, b.Display);
                order = order != 0 ? order : string.CompareOrdinal(a.Definition.Family, b.Definition.Family);
                return order != 0 ? order : Nullable.Compare(a.Revision, b.Revision);
            });
            return entries.ConvertAll(e => e.Definition);
        }

        /// <summary>The ECR inputs of the run (which repositories get a lifecycle policy), for the ECR kinds.</summary>
        public Kinds.Ecr.EcrRunInputs Ecr { get; } = new Kinds.Ecr.EcrRunInputs();

        /// <summary>The task definition <paramref name="reference"/> names in this run, if there is exactly one.</summary>
        public static Match Resolve(TaskDefinitionCatalog? catalog, string? reference)
        {
            if (catalog is null)
            {
                return new Match(null, null);
            }

            if (catalog.Given != null)
            {
                return new Match(catalog.Given, null);
            }

            if (string.IsNullOrEmpty(reference))
            {
                return new Match(null, null);
            }

            (string family, int? revision) = Parse(reference!);
            var candidates = new List<Entry>();
            lock (catalog._gate)
            {
                if (catalog._byFamily.TryGetValue(family, out List<Entry>? entries))
                {
                    foreach (Entry entry in entries)
                    {
                        if (revision is null || entry.Revision is null || entry.Revision == revision)
                        {
                            candidates.Add(entry);
                        }
                    }
                }
            }

            if (candidates.Count == 1)
            {
                return new Match(candidates[0].Definition, null);
            }

            if (candidates.Count == 0)
            {
                // The usual case for a service validated on its own: judged alone, as an unknown task definition is never an error.
                return new Match(null, null);
            }

            var files = new List<string>();
            foreach (Entry entry in candidates)
            {
                files.Add(entry.Display);
            }

            files.Sort(StringComparer.Ordinal);
            return new Match(null, "task definition '" + reference + "' matches several inputs (" + string.Join(", ", files) + "); the service was judged without it (pair it with --task-definition FILE)");
        }

        /// <summary><c>web</c>, <c>web:3</c>, <c>arn:aws:ecs:…:task-definition/web:3</c> → family and revision.</summary>
        internal static (string Family, int? Revision) Parse(string reference)
        {
            string name = reference;
            int slash = name.LastIndexOf('/');
            if (name.StartsWith("arn:", StringComparison.Ordinal) && slash >= 0)
            {
                name = name.Substring(slash + 1);
            }

            int colon = name.LastIndexOf(':');
            if (colon > 0 && int.TryParse(name.Substring(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int revision))
            {
                return (name.Substring(0, colon), revision);
            }

            return (name, null);
        }

        /// <summary>The paired task definition (null: judged alone) and, when a named one was not found, why.</summary>
        internal readonly struct Match
        {
            public Match(TaskDefinition? definition, string? note)
            {
                Definition = definition;
                Note = note;
            }

            public TaskDefinition? Definition { get; }

            public string? Note { get; }
        }

        private sealed class Entry
        {
            public Entry(TaskDefinition definition, int? revision, string display)
            {
                Definition = definition;
                Revision = revision;
                Display = display;
            }

            public TaskDefinition Definition { get; }

            public int? Revision { get; }

            public string Display { get; }
        }
    }
}
