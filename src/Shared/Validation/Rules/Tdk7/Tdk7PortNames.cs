using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>The named port mappings of a task definition, which Service Connect (TDK7015) and VPC Lattice (TDK7023) refer to.</summary>
    internal static class Tdk7PortNames
    {
        public static HashSet<string> Of(TaskDefinition taskDefinition)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (ContainerDefinition? container in taskDefinition.ContainerDefinitions ?? new List<ContainerDefinition>())
            {
                foreach (PortMapping? mapping in container?.PortMappings ?? new List<PortMapping>())
                {
                    if (mapping?.Name != null)
                    {
                        names.Add(mapping.Name);
                    }
                }
            }

            return names;
        }

        /// <summary>"the task definition's named port mappings are a, b" or that it has none, for messages.</summary>
        public static string Describe(HashSet<string> names)
        {
            if (names.Count == 0)
            {
                return "no port mapping of the task definition has a " + MemberName.Mark("name");
            }

            var sorted = new List<string>(names);
            sorted.Sort(System.StringComparer.Ordinal);
            return "the task definition's named port mappings are " + string.Join(", ", sorted);
        }
    }
}
