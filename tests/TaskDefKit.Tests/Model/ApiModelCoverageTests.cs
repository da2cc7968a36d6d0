using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Model
{
    /// <summary>
    /// The C# model must cover the ECS API model exactly: every member of RegisterTaskDefinitionRequest and of every
    /// shape it reaches has a counterpart of the same JSON kind, and the model has nothing the API lacks. Nothing is
    /// silently dropped on read or invented on write.
    /// </summary>
    public class ApiModelCoverageTests
    {
        private static readonly Lazy<JsonElement> s_shapes = new Lazy<JsonElement>(() =>
            Shapes(RepoPaths.EcsModel));

        private static JsonElement Shapes(string modelPath) =>
            JsonDocument.Parse(File.ReadAllBytes(modelPath)).RootElement.GetProperty("shapes");

        [Fact]
        public void Every_api_member_reachable_from_RegisterTaskDefinitionRequest_has_a_model_member()
        {
            var problems = new List<string>();
            var visited = new HashSet<string>();
            Compare(s_shapes.Value, "RegisterTaskDefinitionRequest", TaskDefinition.Schema, problems, visited);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(visited.Count >= 35, "walked only " + visited.Count + " structures");
        }

        public static TheoryData<string, string, int> ServiceRoots() => new TheoryData<string, string, int>
        {
            { "CreateServiceRequest", nameof(TaskDefKit.Model.Services.ServiceDefinition), 30 },
            { "UpdateServiceRequest", nameof(TaskDefKit.Model.Services.ServiceUpdate), 30 },
            { "RunTaskRequest", nameof(TaskDefKit.Model.Services.RunTask), 15 },
            { "CreateClusterRequest", nameof(TaskDefKit.Model.Services.ClusterDefinition), 8 },
        };

        [Theory]
        [MemberData(nameof(ServiceRoots))]
        public void Every_api_member_reachable_from_a_service_runtask_or_cluster_input_has_a_model_member(string shape, string typeName, int minimumStructures)
        {
            ClassSchema root = SchemaOf(typeof(TaskDefinition).Assembly.GetType("TaskDefKit.Model.Services." + typeName, throwOnError: true)!);
            Assert.Equal(shape, root.ApiShapeName);
            var problems = new List<string>();
            var visited = new HashSet<string>();
            Compare(s_shapes.Value, shape, root, problems, visited);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(visited.Count >= minimumStructures, "walked only " + visited.Count + " structures");
            foreach (ClassSchema schema in Reachable(root))
            {
                AssertPropertiesMatchSchema(schema);
            }
        }

        public static TheoryData<string, string, string, int> OtherServiceRoots() => new TheoryData<string, string, string, int>
        {
            { "events/2015-10-07", "PutRuleRequest", "TaskDefKit.Model.Events.EventRule", 2 },
            { "events/2015-10-07", "PutTargetsRequest", "TaskDefKit.Model.Events.EventTargets", 20 },
            { "scheduler/2021-06-30", "CreateScheduleInput", "TaskDefKit.Model.Scheduler.Schedule", 14 },
            { "application-autoscaling/2016-02-06", "RegisterScalableTargetRequest", "TaskDefKit.Model.Scaling.ScalableTarget", 2 },
            { "application-autoscaling/2016-02-06", "PutScalingPolicyRequest", "TaskDefKit.Model.Scaling.ScalingPolicy", 20 },
            { "application-autoscaling/2016-02-06", "PutScheduledActionRequest", "TaskDefKit.Model.Scaling.ScheduledAction", 2 },
            { "ecr/2015-09-21", "CreateRepositoryRequest", "TaskDefKit.Model.Ecr.RepositoryDefinition", 5 },
            { "ecr/2015-09-21", "PutLifecyclePolicyRequest", "TaskDefKit.Model.Ecr.LifecyclePolicyInput", 1 },
        };

        [Theory]
        [MemberData(nameof(OtherServiceRoots))]
        public void Every_api_member_reachable_from_an_eventbridge_scheduler_or_scaling_input_has_a_model_member(string model, string shape, string typeName, int minimumStructures)
        {
            ClassSchema root = SchemaOf(typeof(TaskDefinition).Assembly.GetType(typeName, throwOnError: true)!);
            Assert.Equal(shape, root.ApiShapeName);
            var problems = new List<string>();
            var visited = new HashSet<string>();
            Compare(Shapes(Path.Combine(RepoPaths.Models, model, "service-2.json")), shape, root, problems, visited);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(visited.Count >= minimumStructures, "walked only " + visited.Count + " structures");
            foreach (ClassSchema schema in Reachable(root))
            {
                AssertPropertiesMatchSchema(schema);
            }
        }

        [Fact]
        public void Every_public_model_property_is_in_its_schema_table()
        {
            foreach (ClassSchema schema in AllSchemas())
            {
                AssertPropertiesMatchSchema(schema);
            }
        }

        private static ClassSchema SchemaOf(Type type) => (ClassSchema)type.GetProperty("Schema")!.GetValue(null)!;

        private static void AssertPropertiesMatchSchema(ClassSchema schema)
        {
            var properties = schema.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != nameof(IHasAdditionalMembers.AdditionalMembers))
                .Select(p => p.Name)
                .ToList();
            Assert.True(schema.Members.Count == properties.Count, schema.ApiShapeName + ": " + properties.Count + " properties, " + schema.Members.Count + " schema members");
            foreach (MemberSchema member in schema.Members)
            {
                object instance = schema.Create();
                Assert.Null(member.Get(instance));
            }
        }

        internal static IEnumerable<ClassSchema> AllSchemas() => Reachable(TaskDefinition.Schema);

        private static IEnumerable<ClassSchema> Reachable(ClassSchema root)
        {
            var seen = new Dictionary<Type, ClassSchema>();
            var queue = new Queue<ClassSchema>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                ClassSchema schema = queue.Dequeue();
                if (!seen.TryAdd(schema.ClrType, schema))
                {
                    continue;
                }

                foreach (MemberSchema member in schema.Members)
                {
                    if (member.ObjectSchema != null)
                    {
                        queue.Enqueue(member.ObjectSchema);
                    }
                }
            }

            return seen.Values;
        }

        private static void Compare(JsonElement shapes, string shapeName, ClassSchema schema, List<string> problems, HashSet<string> visited)
        {
            if (!visited.Add(shapeName))
            {
                return;
            }

            JsonElement shape = shapes.GetProperty(shapeName);
            var required = shape.TryGetProperty("required", out JsonElement req)
                ? req.EnumerateArray().Select(e => e.GetString()!).ToHashSet()
                : new HashSet<string>();
            var apiMembers = shape.GetProperty("members").EnumerateObject().ToList();
            foreach (JsonProperty apiMember in apiMembers)
            {
                MemberSchema? member = schema.Find(apiMember.Name);
                string where = shapeName + "." + apiMember.Name;
                if (member is null)
                {
                    problems.Add(where + ": no model member");
                    continue;
                }

                if (member.IsRequired != required.Contains(apiMember.Name))
                {
                    problems.Add(where + ": required flag differs");
                }

                string target = apiMember.Value.GetProperty("shape").GetString()!;
                CompareKind(shapes, where, target, member, member.Kind, problems, visited);
            }

            foreach (MemberSchema member in schema.Members)
            {
                if (!apiMembers.Any(m => m.Name == member.JsonName))
                {
                    problems.Add(shapeName + "." + member.JsonName + ": in the model but not in the API");
                }
            }

            // Writing order is the API model's order.
            var apiOrder = apiMembers.Select(m => m.Name).ToList();
            var modelOrder = schema.Members.Select(m => m.JsonName).Where(apiOrder.Contains).ToList();
            if (!apiOrder.Where(n => modelOrder.Contains(n)).SequenceEqual(modelOrder))
            {
                problems.Add(shapeName + ": member order differs from the API model");
            }
        }

        private static void CompareKind(JsonElement shapes, string where, string shapeName, MemberSchema member, SchemaKind kind, List<string> problems, HashSet<string> visited)
        {
            JsonElement shape = shapes.GetProperty(shapeName);
            string type = shape.GetProperty("type").GetString()!;
            SchemaKind expected = type switch
            {
                "string" when shape.TryGetProperty("enum", out _) => SchemaKind.Enum,
                "string" => SchemaKind.String,
                "integer" => SchemaKind.Integer,
                "boolean" => SchemaKind.Boolean,
                "double" => SchemaKind.Number,
                "long" => SchemaKind.Long,
                "timestamp" => SchemaKind.Timestamp,
                "structure" => SchemaKind.Object,
                "list" => SchemaKind.List,
                "map" => SchemaKind.Map,
                _ => throw new InvalidOperationException(type),
            };
            if (expected != kind)
            {
                problems.Add(where + ": kind " + kind + " but the API says " + expected);
                return;
            }

            if (kind == SchemaKind.Enum)
            {
                object typed = member.EnumFactory!("x");
                var known = ((System.Collections.IEnumerable)typed.GetType().GetProperty("KnownValues")!.GetValue(null)!).Cast<object>()
                    .Select(v => ((IExtensibleEnum)v).Value).ToList();
                var api = shape.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
                if (!known.SequenceEqual(api))
                {
                    problems.Add(where + ": enum values differ: " + string.Join(",", known) + " vs " + string.Join(",", api));
                }
            }
            else if (kind == SchemaKind.Object)
            {
                Compare(shapes, shapeName, member.ObjectSchema!, problems, visited);
            }
            else if (kind == SchemaKind.List)
            {
                string element = shape.GetProperty("member").GetProperty("shape").GetString()!;
                CompareKind(shapes, where + "[]", element, member, member.ElementKind, problems, visited);
            }
        }
    }
}
