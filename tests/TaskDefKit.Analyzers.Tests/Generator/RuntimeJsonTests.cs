using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Registration;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>The JSON computed at compile time is byte for byte what the runtime writes for the generated Definition.</summary>
    public class RuntimeJsonTests
    {
        [Fact]
        public void Every_registered_definition_of_the_Attributed_sample_matches_the_runtime_writer()
        {
            Assembly sample = typeof(TaskDefKit.Samples.Attributed.FargateWeb).Assembly;
            Type[] registered = sample.GetCustomAttributes<TaskDefinitionSourceAttribute>().Select(a => a.SourceType).ToArray();
            Assert.Equal(2, registered.Length);
            foreach (Type type in registered)
            {
                AssertSameJson(type);
            }
        }

        [Theory]
        [InlineData(nameof(Sources.KitchenSink))]
        [InlineData(nameof(Sources.Minimal))]
        public void Generated_definitions_compiled_in_memory_match_the_runtime_writer(string name)
        {
            string source = (string)typeof(Sources).GetField(name)!.GetValue(null)!;
            (_, Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            using var stream = new MemoryStream();
            EmitResult emitted = output.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Assembly assembly = Assembly.Load(stream.ToArray());
            Type[] registered = assembly.GetCustomAttributes<TaskDefinitionSourceAttribute>().Select(a => a.SourceType).ToArray();
            Assert.Single(registered);
            AssertSameJson(registered[0]);
        }

        private static void AssertSameJson(Type type)
        {
            var definition = (TaskDefinition)type.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var json = (string)type.GetField("DefinitionJson", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
            Assert.Equal(TaskDefinitionJson.Serialize(definition), json);
            Assert.NotSame(definition, type.GetProperty("Definition")!.GetValue(null));
        }
    }
}
