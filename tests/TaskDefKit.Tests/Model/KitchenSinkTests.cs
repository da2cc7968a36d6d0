using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Model
{
    /// <summary>
    /// A definition with every member of every shape set survives write → read unchanged, and what is written passes
    /// AWS's own parameter validation: the writer and the reader cover the whole model with the right JSON types.
    /// </summary>
    public class KitchenSinkTests
    {
        [Fact]
        public void A_definition_with_every_member_set_round_trips_exactly()
        {
            TaskDefinition definition = KitchenSink.Build();
            string json = TaskDefinitionJson.Serialize(definition);
            TaskDefinitionDocument read = TaskDefinitionDocument.Parse(json);
            Assert.Empty(read.ReadDiagnostics);
            Assert.Equal(json, TaskDefinitionJson.Serialize(read.Definition!));
            foreach (ClassSchema schema in ApiModelCoverageTests.AllSchemas())
            {
                Assert.Contains("\"" + schema.Members[0].JsonName + "\"", json);
            }
        }

        [Fact]
        public void A_definition_with_every_member_set_passes_ecs_validate()
        {
            string json = TaskDefinitionJson.Serialize(KitchenSink.Build());
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["kitchen-sink.json"] = json });
            Assert.True(verdict.AllValid, verdict.Output + "\n" + json);
        }
    }

    /// <summary>Fills every member of the model through the schema tables, with values of the right type.</summary>
    internal static class KitchenSink
    {
        public static TaskDefinition Build() => (TaskDefinition)Fill(TaskDefinition.Schema, 0);

        private static object Fill(ClassSchema schema, int depth)
        {
            object target = schema.Create();
            foreach (MemberSchema member in schema.Members)
            {
                member.Set(target, Value(member, member.Kind, depth));
            }

            return target;
        }

        private static object Value(MemberSchema member, SchemaKind kind, int depth)
        {
            switch (kind)
            {
                case SchemaKind.String:
                    return member.JsonName + "-value";
                case SchemaKind.Integer:
                    return 42;
                case SchemaKind.Boolean:
                    return true;
                case SchemaKind.Enum:
                    object probe = member.EnumFactory!("probe");
                    var known = (IEnumerable)probe.GetType().GetProperty("KnownValues")!.GetValue(null)!;
                    return known.Cast<object>().First();
                case SchemaKind.Object:
                    return Fill(member.ObjectSchema!, depth + 1);
                case SchemaKind.Map:
                    return new Dictionary<string, string> { ["key-a"] = "value-a", ["key-b"] = "value \"quoted\"\n" };
                case SchemaKind.List:
                    IList list = member.CreateList!();
                    list.Add(Value(member, member.ElementKind, depth));
                    return list;
                default:
                    throw new InvalidOperationException(kind.ToString());
            }
        }
    }
}
