using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using TaskDefKit.Registration;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>
    /// The JSON the generator computes is what AWS's own client accepts: the in-memory classes' <c>DefinitionJson</c>
    /// pass botocore's RegisterTaskDefinition validation with the model's enums and maxima (<c>ecs-validate --strict</c>).
    /// </summary>
    public class GeneratedJsonOracleTests
    {
        [Fact]
        public void Kitchen_sink_and_minimal_DefinitionJson_pass_ecs_validate_strict()
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kitchen-sink.json"] = DefinitionJson(Sources.KitchenSink),
                ["minimal.json"] = DefinitionJson(Sources.Minimal),
            };

            // The kitchen sink really carries the members the newer attributes add (no silent drop before the oracle).
            string sink = files["kitchen-sink.json"];
            foreach (string member in new[]
            {
                "\"proxyConfiguration\"", "\"inferenceAccelerators\"", "\"fsxWindowsFileServerVolumeConfiguration\"",
                "\"s3filesVolumeConfiguration\"", "\"devices\"", "\"configuredAtLaunch\"", "\"log-level\"",
            })
            {
                Assert.Contains(member, sink, StringComparison.Ordinal);
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(files, strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }

        private static string DefinitionJson(string source)
        {
            (_, Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            using var stream = new MemoryStream();
            EmitResult emitted = output.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Assembly assembly = Assembly.Load(stream.ToArray());
            Type type = Assert.Single(assembly.GetCustomAttributes<TaskDefinitionSourceAttribute>().Select(a => a.SourceType));
            return (string)type.GetField("DefinitionJson", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        }
    }
}
