using System;
using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>Every <see cref="ResourceKind"/> in this assembly, by resource type (found once, by reflection).</summary>
    internal static class ResourceKinds
    {
        private static readonly Lazy<Dictionary<string, ResourceKind>> s_byType = new Lazy<Dictionary<string, ResourceKind>>(Build);

        /// <summary>The kind that judges resources of <paramref name="type"/>, or null when none does.</summary>
        public static ResourceKind? Find(string? type) => type != null && s_byType.Value.TryGetValue(type, out ResourceKind? kind) ? kind : null;

        /// <summary>The judged resource types, for messages: "AWS::ECS::Cluster, AWS::ECS::Service or AWS::ECS::TaskDefinition".</summary>
        public static string Names
        {
            get
            {
                var names = new List<string>(s_byType.Value.Keys);
                names.Sort(StringComparer.Ordinal);
                return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
            }
        }

        private static Dictionary<string, ResourceKind> Build()
        {
            var byType = new Dictionary<string, ResourceKind>(StringComparer.Ordinal);
            foreach (Type type in typeof(ResourceKinds).Assembly.GetTypes())
            {
                if (!type.IsAbstract && typeof(ResourceKind).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) != null)
                {
                    var kind = (ResourceKind)Activator.CreateInstance(type)!;
                    byType.Add(kind.ResourceType, kind);
                }
            }

            return byType;
        }
    }
}
