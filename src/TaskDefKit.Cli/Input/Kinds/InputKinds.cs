using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Input.Kinds
{
    /// <summary>
    /// Every <see cref="JsonObjectKind"/> in this assembly (found once, by reflection: a new kind is a new file), and
    /// recognition of a JSON object from its top-level members. Only member names and the first token of each value
    /// are read; values are skipped, not built, and reading stops at the first decisive member, usually the first.
    /// </summary>
    internal static class InputKinds
    {
        private static readonly Lazy<Table> s_table = new Lazy<Table>(Build);

        /// <summary>The kinds, in tie-breaking order.</summary>
        public static IReadOnlyList<JsonObjectKind> All => s_table.Value.Kinds;

        /// <summary>The kind given as <typeparamref name="T"/> (for callers that must name one, such as a fallback).</summary>
        public static T Get<T>()
            where T : JsonObjectKind
        {
            foreach (JsonObjectKind kind in All)
            {
                if (kind is T typed)
                {
                    return typed;
                }
            }

            throw new InvalidOperationException(typeof(T).Name + " is not a registered kind");
        }

        /// <summary>The kind of the JSON object in <paramref name="bytes"/>; a task definition when nothing points elsewhere (or the JSON is malformed: its reader says where).</summary>
        public static JsonObjectKind Recognise(byte[] bytes)
        {
            Table table = s_table.Value;
            int[] scores = new int[table.Kinds.Count];
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    table.ByName.TryGetValue(JsonText.GetString(ref reader), out List<(int Kind, MemberEvidence Evidence)>? evidence);
                    reader.Read();
                    if (evidence != null)
                    {
                        foreach ((int kind, MemberEvidence item) in evidence)
                        {
                            if (item.Matches(reader.TokenType))
                            {
                                if (item.Weight >= MemberEvidence.Decisive)
                                {
                                    return table.Kinds[kind];
                                }

                                scores[kind] += item.Weight;
                            }
                        }
                    }

                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                // Malformed past this point: judged on what was read (the chosen kind's reader reports the fault).
            }

            int best = -1;
            for (int i = 0; i < scores.Length; i++)
            {
                if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
                {
                    best = i;
                }
            }

            return best >= 0 ? table.Kinds[best] : Get<TaskDefinitionJsonKind>();
        }

        private static Table Build()
        {
            var kinds = new List<JsonObjectKind>();
            foreach (Type type in typeof(InputKinds).Assembly.GetTypes())
            {
                if (!type.IsAbstract && typeof(JsonObjectKind).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) != null)
                {
                    kinds.Add((JsonObjectKind)Activator.CreateInstance(type)!);
                }
            }

            kinds.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.GetType().Name, b.GetType().Name));
            var byName = new Dictionary<string, List<(int, MemberEvidence)>>(StringComparer.Ordinal);
            for (int i = 0; i < kinds.Count; i++)
            {
                foreach (MemberEvidence evidence in kinds[i].Evidence)
                {
                    if (!byName.TryGetValue(evidence.Name, out List<(int, MemberEvidence)>? list))
                    {
                        byName[evidence.Name] = list = new List<(int, MemberEvidence)>();
                    }

                    list.Add((i, evidence));
                }
            }

            return new Table(kinds, byName);
        }

        private sealed class Table
        {
            public Table(List<JsonObjectKind> kinds, Dictionary<string, List<(int Kind, MemberEvidence Evidence)>> byName)
            {
                Kinds = kinds;
                ByName = byName;
            }

            public List<JsonObjectKind> Kinds { get; }

            public Dictionary<string, List<(int Kind, MemberEvidence Evidence)>> ByName { get; }
        }
    }
}
