using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2012: the <c>dependsOn</c> graph has no cycle (such containers can never start).</summary>
    /// <remarks>
    /// The ECS agent detects circular dependencies (aws/amazon-ecs-agent#796); whether registration already rejects
    /// them is unconfirmed. Self-dependencies are TDK2011's; each cycle is reported once, at the entry closing it.
    /// </remarks>
    [Rule("TDK2012", "DependsOnCycle", RuleSeverity.Error, "dependsOn forms a cycle")]
    // Adding containers cannot break a cycle.
    [BuilderInputs("/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn")]
    internal sealed class Tdk2012DependsOnCycle : TaskDefinitionRule
    {
        public override string Id => RuleIds.DependsOnCycle;

        public override void Check(ValidationContext context)
        {
            IReadOnlyList<ContainerDefinition> containers = context.Containers;
            bool any = false;
            for (int i = 0; i < containers.Count; i++)
            {
                any |= containers[i].DependsOn != null && containers[i].DependsOn!.Count > 0;
            }

            // Visited sets are bit masks, so nothing is allocated; ECS allows 10 containers (TDK1003), 64 are checked.
            if (!any || containers.Count > 64)
            {
                return;
            }

            ulong onStack = 0, done = 0;
            for (int i = 0; i < containers.Count; i++)
            {
                if ((done & (1UL << i)) == 0)
                {
                    Visit(context, i, ref onStack, ref done);
                }
            }
        }

        private void Visit(ValidationContext context, int index, ref ulong onStack, ref ulong done)
        {
            onStack |= 1UL << index;
            ContainerDefinition container = context.Containers[index];
            if (container.DependsOn != null)
            {
                for (int j = 0; j < container.DependsOn.Count; j++)
                {
                    int target = context.IndexOfContainer(container.DependsOn[j].ContainerName);
                    if (target < 0 || target == index)
                    {
                        continue; // unknown or self: TDK2011
                    }

                    if ((onStack & (1UL << target)) != 0)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(JsonPointer.Container(index, "dependsOn"), j),
                            MemberName.Mark("dependsOn") + " forms a cycle (" + DescribeCycle(context, target, index, onStack) + "), so these containers can never start: remove one of the dependencies.");
                    }
                    else if ((done & (1UL << target)) == 0)
                    {
                        Visit(context, target, ref onStack, ref done);
                    }
                }
            }

            onStack &= ~(1UL << index);
            done |= 1UL << index;
        }

        // Only when reporting: a path from the target back to the container whose entry closes the cycle, through the
        // containers still on the search stack (there is one: the search path itself).
        private static string DescribeCycle(ValidationContext context, int from, int to, ulong onStack)
        {
            var path = new List<int>();
            FindPath(context, from, to, onStack, 0, path);
            var text = new System.Text.StringBuilder();
            foreach (int index in path)
            {
                text.Append('\'').Append(context.Containers[index].Name).Append("' → ");
            }

            return text.Append('\'').Append(context.Containers[from].Name).Append('\'').ToString();
        }

        private static bool FindPath(ValidationContext context, int current, int to, ulong allowed, ulong seen, List<int> path)
        {
            path.Add(current);
            if (current == to)
            {
                return true;
            }

            seen |= 1UL << current;
            List<ContainerDependency>? dependsOn = context.Containers[current].DependsOn;
            if (dependsOn != null)
            {
                foreach (ContainerDependency dependency in dependsOn)
                {
                    int next = context.IndexOfContainer(dependency.ContainerName);
                    if (next >= 0 && (allowed & (1UL << next)) != 0 && (seen & (1UL << next)) == 0 &&
                        FindPath(context, next, to, allowed, seen, path))
                    {
                        return true;
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            return false;
        }
    }
}
