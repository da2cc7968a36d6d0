using System.Collections;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>The builder reaches the whole model: the builder cases together set every member of every shape.</summary>
    public class BuilderCoverageTests
    {
        [Fact]
        public void The_builder_cases_set_every_member_of_the_model()
        {
            var all = new SortedSet<string>(System.StringComparer.Ordinal);
            CollectMembers(TaskDefinition.Schema, all, new HashSet<string>());

            Assert.True(all.Count > 150, "the schema walk found only " + all.Count + " members");

            var set = new HashSet<string>();
            foreach (System.Func<TaskDefKit.Builders.TaskDefinitionBuilder> make in BuilderOracleTests.AllCases.Values)
            {
                CollectSet(make().Build().Definition, TaskDefinition.Schema, set);
            }

            List<string> missing = all.Where(member => !set.Contains(member)).ToList();
            Assert.True(missing.Count == 0, "No builder case sets: " + string.Join(", ", missing));
        }

        private static void CollectMembers(ClassSchema schema, ISet<string> members, HashSet<string> seen)
        {
            if (!seen.Add(schema.ApiShapeName))
            {
                return;
            }

            foreach (MemberSchema member in schema.Members)
            {
                members.Add(schema.ApiShapeName + "." + member.JsonName);
                if (member.ObjectSchema is { } child)
                {
                    CollectMembers(child, members, seen);
                }
            }
        }

        private static void CollectSet(object value, ClassSchema schema, ISet<string> set)
        {
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue is null)
                {
                    continue;
                }

                set.Add(schema.ApiShapeName + "." + member.JsonName);
                if (member.ObjectSchema is not { } child)
                {
                    continue;
                }

                IEnumerable elements = member.Kind == SchemaKind.List ? (IEnumerable)memberValue : new[] { memberValue };
                foreach (object? element in elements)
                {
                    if (element is not null)
                    {
                        CollectSet(element, child, set);
                    }
                }
            }
        }
    }
}
