extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Reflection;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>The emitter names each model property from its JSON name; every schema member must have that property.</summary>
    public class SchemaNamingTests
    {
        [Fact]
        public void Every_json_member_has_the_property_the_emitter_names()
        {
            var seen = new HashSet<Type>();
            int checkedMembers = Walk(TaskDefinition.Schema, seen);
            Assert.True(checkedMembers > 150, "walked " + checkedMembers);
        }

        private static int Walk(ClassSchema schema, HashSet<Type> seen)
        {
            if (!seen.Add(schema.ClrType))
            {
                return 0;
            }

            int count = 0;
            foreach (MemberSchema member in schema.Members)
            {
                string property = analyzers::TaskDefKit.Analyzers.Generator.Emitter.PropertyName(member.JsonName);
                Assert.True(schema.ClrType.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) != null, schema.ClrType.Name + "." + property);
                count++;
                if (member.ObjectSchema is ClassSchema child)
                {
                    count += Walk(child, seen);
                }
            }

            return count;
        }
    }
}
