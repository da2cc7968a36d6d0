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
using CrossMethodDefinitions = analyzers::TaskDefKit.Analyzers.Builder.CrossMethodDefinitions;
using EcsInputChainReader = analyzers::TaskDefKit.Analyzers.Builder.Ecs.EcsInputChainReader;
using EcsInputKind = analyzers::TaskDefKit.Analyzers.Builder.Ecs.EcsInputKind;
using TaskDefinitionSource = analyzers::TaskDefKit.Analyzers.Builder.Ecs.TaskDefinitionSource;

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

        [Fact]
        public void Replaying_each_service_run_task_and_cluster_case_builds_the_input_the_runtime_builds()
        {
            Compilation compilation = GeneratorHarness.Compile(EcsInputBuilderAnalyzerTests.CasesSource());
            using var image = new MemoryStream();
            Assert.True(compilation.Emit(image).Success);
            System.Type cases = Assembly.Load(image.ToArray()).GetType("TaskDefKit.Tests.Builders.Services.ServiceChainCases")!;

            var types = AnalyzerBuilderTypes.Create(compilation);
            INamedTypeSymbol symbol = compilation.GetTypeByMetadataName("TaskDefKit.Tests.Builders.Services.ServiceChainCases")!;

            // The task definitions the cases run are returned by methods of the same class, as in the samples.
            var definitions = new CrossMethodDefinitions();
            foreach (IMethodSymbol method in symbol.GetMembers().OfType<IMethodSymbol>().Where(m => m.ReturnType.Name == "TaskDefinitionBuilder"))
            {
                IOperation root = Root(compilation, method, operation => ChainReader.IsRoot(operation, types, out _));
                ChainReader.IsRoot(root, types, out IOperation? family);
                definitions.Add(ChainReader.Record(root, family, null, method, types, CancellationToken.None));
            }

            var source = new TaskDefinitionSource(types, definitions);
            var compared = new List<string>();
            var partlyUnknown = new List<string>();
            foreach (EcsInputKind kind in EcsInputKind.Of(types))
            {
                foreach (IMethodSymbol method in symbol.GetMembers().OfType<IMethodSymbol>().Where(m => SymbolEqualityComparer.Default.Equals(m.ReturnType, kind.Builder)))
                {
                    object builder = cases.GetMethod(method.Name)!.Invoke(null, null)!;
                    object built = builder.GetType().GetMethod("Build")!.Invoke(builder, new object?[] { null })!;
                    string runtime = (string)built.GetType().GetMethod("ToJson")!.Invoke(built, new object[] { true, true })!;

                    IOperation root = Root(compilation, method, operation => EcsInputChainReader.IsRoot(operation, kind));
                    ChainFragment fragment = EcsInputChainReader.Record(root, null, method, kind, CancellationToken.None);
                    EcsInputChainReader replay = EcsInputChainReader.Replay(new[] { fragment }, complete: true, kind, source, types, CancellationToken.None);
                    string replayed = ModelJsonWriter.Write(replay.Model, kind.Schema);
                    if (replay.State.Unknown.Count > 0)
                    {
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
            }

            // Unknown is only what the descriptions call [Unreadable] or what takes a model object or a collection the
            // analyzer does not see into, and the task definition given as a model.
            string expectedUnknown = string.Join("\n", new[]
                {
                    "SpotCanary: /serviceConnectConfiguration/services/0/clientAliases, /serviceConnectConfiguration/logConfiguration",
                    "FargateWeb: /serviceConnectConfiguration/services/0/clientAliases, /volumeConfigurations/0/managedEBSVolume",
                    "Linear: /networkConfiguration/awsvpcConfiguration/subnets/0, /networkConfiguration/awsvpcConfiguration/securityGroups/0",
                    "Ec2Daemon: /placementStrategy, /placementConstraints",
                    "Raw: , /taskDefinition",
                    "FargateRun: /volumeConfigurations/0/managedEBSVolume",
                    "Ec2Run: /placementStrategy, /placementConstraints",
                    "NamedRun: ",
                    "ModelRun: /taskDefinition",
                    "Everything: /settings, /defaultCapacityProviderStrategy, /configuration/executeCommandConfiguration",
                    "Plain: /settings, /defaultCapacityProviderStrategy, ",
                }.OrderBy(t => t, System.StringComparer.Ordinal));
            string actualUnknown = string.Join("\n", partlyUnknown.OrderBy(t => t, System.StringComparer.Ordinal));
            Assert.True(expectedUnknown == actualUnknown, actualUnknown);
            Assert.Equal(new[] { "BlueGreen", "Linear", "SpotCanary", "CodeDeploy", "Ec2Daemon", "FargateRun", "FargateWeb", "SpotRun", "Ec2Run", "ModelRun", "Everything" }.OrderBy(t => t, System.StringComparer.Ordinal), compared.OrderBy(t => t, System.StringComparer.Ordinal));
        }

        /// <summary>The start of the chain a case method returns (its expression body, walked down through the calls).</summary>
        private static IOperation Root(Compilation compilation, IMethodSymbol method, System.Func<IOperation, bool> isRoot)
        {
            var declaration = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences[0].GetSyntax();
            IOperation? operation = compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration.ExpressionBody!.Expression);
            while (operation != null && !isRoot(operation))
            {
                operation = (operation as IInvocationOperation)?.Instance;
            }

            Assert.NotNull(operation);
            return operation!;
        }

        /// <summary>The JSON without the members at <paramref name="pointers"/> (array elements become null).</summary>
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

                string last = segments[segments.Length - 1];
                if (node is JsonArray elements && int.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < elements.Count)
                {
                    elements[index] = null;
                }
                else
                {
                    (node as JsonObject)?.Remove(last);
                }
            }

            return root.ToJsonString();
        }
    }
}
