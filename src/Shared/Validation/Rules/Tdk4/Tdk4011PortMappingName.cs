using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4011: a port mapping <c>name</c> has 1–64 characters from lowercase letters, digits, <c>_</c> and <c>-</c>, does
    /// not start with <c>-</c>, and is unique across all containers of the task.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping.name</c>: "The name can include up to 64 characters. The characters can include
    /// lowercase letters, numbers, underscores (_), and hyphens (-). The name can't start with a hyphen." Service Connect and
    /// VPC Lattice select the port by this name, hence uniqueness (AWS CDK <c>validateTaskDefinition</c>).</remarks>
    [Rule("TDK4011", "PortMappingName", RuleSeverity.Error, "Invalid or duplicate port mapping name")]
    internal sealed class Tdk4011PortMappingName : TaskDefinitionRule
    {
        public override string Id => RuleIds.PortMappingName;

        public override void Check(ValidationContext context)
        {
            var containers = context.Containers;
            for (int c = 0; c < containers.Count; c++)
            {
                ContainerDefinition container = containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    string? name = container.PortMappings[p]?.Name;
                    if (name is null)
                    {
                        continue;
                    }

                    if (!IsValid(name))
                    {
                        context.Report(Id, Pointer(c, p), Tdk3Text.Container(container, c) + " has port mapping name '" + name + "': " + Problem(name));
                        continue;
                    }

                    if (FindEarlier(context, c, p, name, out int ec, out int ep))
                    {
                        context.Report(
                            Id,
                            Pointer(c, p),
                            Tdk3Text.Container(container, c) + " names a port mapping '" + name + "', which "
                            + (ec == c ? "port mapping #" + Tdk3Text.Number(ep) + " of the same container" : Tdk3Text.ContainerLower(containers[ec], ec))
                            + " already uses: Service Connect selects ports by name, so give each port mapping in the task its own name.");
                    }
                }
            }
        }

        internal static bool IsValid(string name)
        {
            if (name.Length == 0 || name.Length > Limits.MaxPortMappingNameLength || name[0] == '-')
            {
                return false;
            }

            foreach (char ch in name)
            {
                if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Problem(string name)
        {
            if (name.Length == 0)
            {
                return "the name must not be empty; remove it or use 1-64 lowercase letters, digits, '_' or '-'.";
            }

            if (name.Length > Limits.MaxPortMappingNameLength)
            {
                return "it is " + Tdk3Text.Number(name.Length) + " characters long; use at most 64.";
            }

            if (name[0] == '-')
            {
                return "it must not start with a hyphen.";
            }

            string lower = name.ToLowerInvariant();
            return IsValid(lower)
                ? "use lowercase only: '" + lower + "'."
                : "use only lowercase letters, digits, '_' and '-'.";
        }

        private static bool FindEarlier(ValidationContext context, int c, int p, string name, out int ec, out int ep)
        {
            for (ec = 0; ec <= c; ec++)
            {
                var mappings = context.Containers[ec].PortMappings;
                if (mappings is null)
                {
                    continue;
                }

                int limit = ec == c ? p : mappings.Count;
                for (ep = 0; ep < limit; ep++)
                {
                    if (string.Equals(mappings[ep]?.Name, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            ec = -1;
            ep = -1;
            return false;
        }

        private static string Pointer(int container, int mapping) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "portMappings"), mapping), "name");
    }
}
