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
    internal sealed class Tdk2012DependsOnCycle : TaskDefinitionRule
    {
        private const byte Unvisited = 0;
        private const byte OnStack = 1;
        private const byte Done = 2;

        public override string Id => RuleIds.DependsOnCycle;

        public override void Check(ValidationContext context)
        {
            IReadOnlyList<ContainerDefinition> containers = context.Containers;
            bool any = false;
            foreach (ContainerDefinition container in containers)
            {
                any |= container.DependsOn != null && container.DependsOn.Count > 0;
            }

            if (!any)
            {
                return;
            }

            var state = new byte[containers.Count];
            var path = new List<int>();
            for (int i = 0; i < containers.Count; i++)
            {
                if (state[i] == Unvisited)
                {
                    Visit(context, i, state, path);
                }
            }
        }

        private void Visit(ValidationContext context, int index, byte[] state, List<int> path)
        {
            state[index] = OnStack;
            path.Add(index);
            ContainerDefinition container = context.Containers[index];
            if (container.DependsOn != null)
            {
                for (int j = 0; j < container.DependsOn.Count; j++)
                {
                    int target = Tdk2Helpers.IndexOfContainer(context.Containers, container.DependsOn[j].ContainerName);
                    if (target < 0 || target == index)
                    {
                        continue; // unknown or self: TDK2011
                    }

                    if (state[target] == OnStack)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(JsonPointer.Container(index, "dependsOn"), j),
                            "dependsOn forms a cycle (" + Describe(context, path, target) + "), so these containers can never start: remove one of the dependencies.");
                    }
                    else if (state[target] == Unvisited)
                    {
                        Visit(context, target, state, path);
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[index] = Done;
        }

        private static string Describe(ValidationContext context, List<int> path, int target)
        {
            var text = new System.Text.StringBuilder();
            int start = path.IndexOf(target);
            for (int k = start; k < path.Count; k++)
            {
                text.Append('\'').Append(context.Containers[path[k]].Name).Append("' → ");
            }

            return text.Append('\'').Append(context.Containers[target].Name).Append('\'').ToString();
        }
    }
}
