using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>
    /// A small bounded mutation test: the kitchen-sink class cut, duplicated and renamed in fixed-seed ways, plus a
    /// bystander class. Whatever the mutation, the generator raises no exception and no CS8785, and the analyzer no
    /// AD0001 (<see cref="GeneratorHarness.Run"/> and <see cref="GeneratorHarness.AnalyzeAsync"/> assert that).
    /// </summary>
    public class MutatedCompilationTests
    {
        private static readonly string[] s_insertions =
        {
            "@class", "@default", "Definition", "DefinitionJson", "<T>", "partial ", "static ", "[TaskDefinition(\"x\")]",
            "[Container(\"c\", \"i\")]", "\u203F", "_", "(", ")", "{", "}", "\"", ",", "null!", "new[] {", ";", "\n",
        };

        public static IEnumerable<object[]> Seeds()
        {
            for (int seed = 1; seed <= 6; seed++)
            {
                yield return new object[] { seed };
            }
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public async Task Mutated_sources_never_throw(int seed)
        {
            var random = new Random(seed);
            for (int i = 0; i < 25; i++)
            {
                string mutated = Mutate(Sources.KitchenSink, random);
                (_, Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(mutated, Sources.Minimal));
                await GeneratorHarness.AnalyzeAsync(output);
            }
        }

        /// <summary>One to three edits: delete a span, duplicate a line, or insert a hostile token.</summary>
        private static string Mutate(string source, Random random)
        {
            var text = new StringBuilder(source);
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                        break;
                    case 1:
                        string all = text.ToString();
                        int start = at == 0 ? 0 : all.LastIndexOf('\n', at - 1) + 1;
                        int end = all.IndexOf('\n', start);
                        end = end < 0 ? all.Length : end;
                        text.Insert(start, all.Substring(start, end - start) + "\n");
                        break;
                    default:
                        text.Insert(at, s_insertions[random.Next(s_insertions.Length)]);
                        break;
                }
            }

            return text.ToString();
        }
    }
}
