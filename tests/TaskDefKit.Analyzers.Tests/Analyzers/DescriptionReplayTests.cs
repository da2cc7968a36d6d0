extern alias analyzers;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using AnalyzerBuilderTypes = analyzers::TaskDefKit.Analyzers.Builder.BuilderTypes;
using ChainFragment = analyzers::TaskDefKit.Analyzers.Builder.ChainFragment;
using ChainReader = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionChainReader;
using ModelJsonWriter = analyzers::TaskDefKit.Json.ModelJsonWriter;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// The descriptions say what the runtime builder does: the analyzer's replay of each runtime builder case (which
    /// together use every builder method) writes byte for byte the JSON the runtime builder builds from the same code.
    /// </summary>
    public class DescriptionReplayTests
    {
        [Fact]
        public void Replaying_each_builder_case_builds_the_model_the_runtime_builds()
        {
            string source = BuilderCasesAnalyzerTests.Source();
            Compilation compilation = GeneratorHarness.Compile(source);
            using var image = new MemoryStream();
            Assert.True(compilation.Emit(image).Success);
            System.Type cases = Assembly.Load(image.ToArray()).GetType("TaskDefKit.Tests.Builders.BuilderCases")!;

            var types = AnalyzerBuilderTypes.Create(compilation);
            INamedTypeSymbol symbol = compilation.GetTypeByMetadataName("TaskDefKit.Tests.Builders.BuilderCases")!;
            var compared = new List<string>();
            var partlyUnknown = new List<string>();
            foreach (IMethodSymbol method in symbol.GetMembers().OfType<IMethodSymbol>().Where(m => m.ReturnType.Name == "TaskDefinitionBuilder"))
            {
                var builder = (TaskDefinitionBuilder)cases.GetMethod(method.Name)!.Invoke(null, null)!;
                string runtime = TaskDefinitionJson.Serialize(builder.Build().Definition);

                var declaration = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences[0].GetSyntax();
                IOperation? operation = compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration.ExpressionBody!.Expression);
                IOperation? family = null;
                while (operation != null && !ChainReader.IsRoot(operation, types, out family))
                {
                    operation = (operation as IInvocationOperation)?.Instance;
                }

                Assert.NotNull(operation);
                ChainFragment fragment = ChainReader.Record(operation!, family, null, method, types, CancellationToken.None);
                ChainReader replay = ChainReader.Replay(new[] { fragment }, complete: true, types, CancellationToken.None);
                string replayed = ModelJsonWriter.Write(replay.Model);
                if (replay.State.Unknown.Count > 0)
                {
                    // What the analyzer could not follow is left out of both sides; everything else must be equal.
                    partlyUnknown.Add(method.Name + ": " + string.Join(", ", replay.State.Unknown));
                    if (replay.State.Unknown.Contains(string.Empty))
                    {
                        continue;
                    }

                    runtime = Without(runtime, replay.State.Unknown);
                    replayed = Without(replayed, replay.State.Unknown);
                }

                Assert.Equal(runtime, replayed);
                compared.Add(method.Name);
            }

            // Only what the descriptions call [Unreadable] is unknown: Configure(...) reaches the raw model, Tags and
            // Environment take collections.
            Assert.Equal(new[] { "Ec2Everything: /tags, /containerDefinitions/0/environment", "Raw: , /containerDefinitions/0" }, partlyUnknown);
            Assert.Equal(new[] { "FargateWeb", "FargateEverything", "Ec2Everything", "WindowsFsx" }, compared);
        }

        /// <summary>The JSON without the members at <paramref name="pointers"/> (object members only).</summary>
        private static string Without(string json, IEnumerable<string> pointers)
        {
            JsonNode root = JsonNode.Parse(json)!;
            foreach (string pointer in pointers)
            {
                string[] segments = pointer.Split('/');
                JsonNode? node = root;
                for (int i = 1; i < segments.Length - 1 && node != null; i++)
                {
                    node = node is JsonArray array ? array[int.Parse(segments[i], System.Globalization.CultureInfo.InvariantCulture)] : node[segments[i]];
                }

                (node as JsonObject)?.Remove(segments[segments.Length - 1]);
            }

            return root.ToJsonString();
        }
    }
}
