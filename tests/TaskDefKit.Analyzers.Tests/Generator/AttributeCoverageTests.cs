extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using AttributeRule = analyzers::TaskDefKit.Analyzers.Generator.AttributeRule;
using AttributeScope = analyzers::TaskDefKit.Analyzers.Generator.AttributeScope;
using AttributeTable = analyzers::TaskDefKit.Analyzers.Generator.AttributeTable;
using AttributeTarget = analyzers::TaskDefKit.Analyzers.Generator.AttributeTarget;
using Binding = analyzers::TaskDefKit.Analyzers.Generator.Binding;
using Conversion = analyzers::TaskDefKit.Analyzers.Generator.Conversion;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>
    /// The attributes express the whole model: every JSON member reachable from <see cref="TaskDefinition.Schema"/> is
    /// set by some attribute argument of <c>AttributeTable</c>, every path of the table exists in the schema, and every
    /// argument of every attribute class is in the table (an argument the table forgets would be silently ignored).
    /// Paths are written <c>containerDefinitions[]/linuxParameters/devices[]/hostPath</c>: <c>[]</c> marks a list element.
    /// </summary>
    public class AttributeCoverageTests
    {
        /// <summary>
        /// Members no attribute argument sets, with the reason. Keep this short: a new model member belongs in an
        /// attribute, not here.
        /// </summary>
        private static readonly Dictionary<string, string> s_notSettable = new(StringComparer.Ordinal)
        {
            // environmentFiles[].type has one value, "s3": [EnvironmentFile] always writes it (AttributeTable Fixed), no argument needed.
            ["containerDefinitions[]/environmentFiles[]/type"] = "fixed to \"s3\", the only value the ECS API defines",
        };

        [Fact]
        public void Every_json_member_of_the_model_is_set_by_some_attribute_argument()
        {
            var modelPaths = new SortedSet<string>(StringComparer.Ordinal);
            CollectLeaves(TaskDefinition.Schema, string.Empty, modelPaths, new Stack<Type>());
            Assert.True(modelPaths.Count >= 125, "walked " + modelPaths.Count + " members");

            HashSet<string> settable = SettablePaths();
            string[] missing = modelPaths.Where(p => !settable.Contains(p) && !s_notSettable.ContainsKey(p)).ToArray();
            Assert.True(missing.Length == 0, "JSON members no attribute argument sets:\n  " + string.Join("\n  ", missing));

            // The exceptions stay honest: each is still in the model and still not settable.
            foreach (string exception in s_notSettable.Keys)
            {
                Assert.Contains(exception, modelPaths);
                Assert.DoesNotContain(exception, settable);
            }
        }

        [Fact]
        public void Every_path_of_the_attribute_table_is_a_json_member_of_the_model()
        {
            var problems = new List<string>();
            foreach (AttributeRule rule in AttributeTable.All)
            {
                foreach ((string path, Conversion? conversion) in RulePaths(rule))
                {
                    string? error = Resolve(path, conversion);
                    if (error != null)
                    {
                        problems.Add(rule.Name + ": " + path + ": " + error);
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Every_attribute_class_is_in_the_table_with_every_argument()
        {
            Type[] attributeTypes = typeof(TaskDefKit.Attributes.TaskDefinitionAttribute).Assembly.GetTypes()
                .Where(t => t.Namespace == AttributeTable.Namespace && typeof(Attribute).IsAssignableFrom(t) && t.IsPublic)
                .ToArray();
            Assert.Equal(
                attributeTypes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal),
                AttributeTable.All.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal));

            var problems = new List<string>();
            foreach (Type type in attributeTypes)
            {
                AttributeRule rule = AttributeTable.Find(type.Name)!;
                var bound = new HashSet<string>(rule.Bindings.Select(b => b.Argument), StringComparer.Ordinal);
                if (rule.KeyArgument != null)
                {
                    bound.Add(rule.KeyArgument);
                    bound.Add(rule.ValueArgument!);
                }

                var arguments = new HashSet<string>(StringComparer.Ordinal);
                foreach (ConstructorInfo constructor in type.GetConstructors())
                {
                    arguments.UnionWith(constructor.GetParameters().Select(p => p.Name!));
                }

                arguments.UnionWith(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(p => p.SetMethod is { IsPublic: true })
                    .Select(p => p.Name));

                problems.AddRange(arguments.Where(a => !bound.Contains(a)).Select(a => type.Name + "." + a + " is not in the table"));
                problems.AddRange(bound.Where(a => !arguments.Contains(a)).Select(a => type.Name + " has no argument " + a));

                bool onClass = type.GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn == AttributeTargets.Class;
                if (onClass != (rule.Scope == AttributeScope.Task))
                {
                    problems.Add(type.Name + ": AttributeUsage does not match the table's scope " + rule.Scope);
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>Every leaf of the model: scalars, enums, lists of scalars and maps (objects are reached through their members).</summary>
        private static void CollectLeaves(ClassSchema schema, string prefix, SortedSet<string> paths, Stack<Type> visiting)
        {
            if (visiting.Contains(schema.ClrType))
            {
                return;
            }

            visiting.Push(schema.ClrType);
            foreach (MemberSchema member in schema.Members)
            {
                string path = prefix + member.JsonName;
                if (member.Kind == SchemaKind.Object)
                {
                    CollectLeaves(member.ObjectSchema!, path + "/", paths, visiting);
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object)
                {
                    CollectLeaves(member.ObjectSchema!, path + "[]/", paths, visiting);
                }
                else
                {
                    paths.Add(path);
                }
            }

            visiting.Pop();
        }

        /// <summary>What attribute arguments can set, in the notation of <see cref="CollectLeaves"/>.</summary>
        private static HashSet<string> SettablePaths()
        {
            var settable = new HashSet<string>(StringComparer.Ordinal);
            foreach (AttributeRule rule in AttributeTable.All)
            {
                foreach ((string path, Conversion? conversion) in RulePaths(rule, withFixed: false))
                {
                    // A binding to one key of a map (options/awslogs-group) does not make the map settable; a map entry
                    // attribute ([LogOption]) or a "key=value" list (DriverOptions) does.
                    if (conversion != null || rule.Target == AttributeTarget.MapEntry)
                    {
                        settable.Add(path);
                    }
                }
            }

            return settable;
        }

        /// <summary>
        /// The rule's target (conversion null) and each binding as a full path; with <paramref name="withFixed"/> also
        /// the values the attribute writes by itself (fixed and default values, which no argument sets).
        /// </summary>
        private static IEnumerable<(string Path, Conversion? Conversion)> RulePaths(AttributeRule rule, bool withFixed = true)
        {
            string scope = rule.Scope == AttributeScope.Container ? "containerDefinitions[]" : string.Empty;
            string target = Join(scope, rule.Path) + (rule.Target == AttributeTarget.Element ? "[]" : string.Empty);
            if (target.Length > 0)
            {
                yield return (target, null);
            }

            foreach (Binding binding in rule.Bindings)
            {
                yield return (Join(target, binding.Path), binding.Conversion);
            }

            if (withFixed)
            {
                foreach (KeyValuePair<string, string> value in rule.Fixed.Concat(rule.Defaults))
                {
                    yield return (Join(target, value.Key), Conversion.String);
                }
            }
        }

        private static string Join(string prefix, string path) =>
            prefix.Length == 0 ? path : path.Length == 0 ? prefix : prefix + "/" + path;

        /// <summary>Null when the path names a model member whose kind suits the conversion; otherwise why not.</summary>
        private static string? Resolve(string path, Conversion? conversion)
        {
            ClassSchema schema = TaskDefinition.Schema;
            string[] parts = path.Split('/');
            for (int i = 0; i < parts.Length; i++)
            {
                bool element = parts[i].EndsWith("[]", StringComparison.Ordinal);
                string name = element ? parts[i].Substring(0, parts[i].Length - 2) : parts[i];
                MemberSchema? member = schema.Find(name);
                if (member is null)
                {
                    return "no member '" + name + "' in " + schema.ApiShapeName;
                }

                bool last = i == parts.Length - 1;
                if (member.Kind == SchemaKind.Map)
                {
                    // A map, or one key of it (options/awslogs-group).
                    return i >= parts.Length - 2 && !element ? null : "'" + name + "' is a map";
                }

                if (element != (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object))
                {
                    return "'" + name + "' is " + member.Kind + (element ? ", not a list of objects" : ", a list of objects: write '" + name + "[]'");
                }

                if (last)
                {
                    return conversion is null || Suits(member, conversion.Value) ? null : "'" + name + "' is " + member.Kind + ", which " + conversion + " does not write";
                }

                if (member.ObjectSchema is null)
                {
                    return "'" + name + "' is " + member.Kind + ", not an object";
                }

                schema = member.ObjectSchema;
            }

            return null;
        }

        private static bool Suits(MemberSchema member, Conversion conversion) => conversion switch
        {
            Conversion.String or Conversion.EnabledDisabled => member.Kind is SchemaKind.String or SchemaKind.Enum,
            Conversion.Integer => member.Kind == SchemaKind.Integer,
            Conversion.Boolean => member.Kind == SchemaKind.Boolean,
            Conversion.StringList or Conversion.StringAsList => member.Kind == SchemaKind.List && member.ElementKind is SchemaKind.String or SchemaKind.Enum,
            Conversion.IntegerList => member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Integer,
            Conversion.KeyValueMap => member.Kind == SchemaKind.Map,
            _ => false,
        };
    }
}
