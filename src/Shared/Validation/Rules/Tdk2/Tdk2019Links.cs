using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2019: <c>links</c> need network mode <c>bridge</c>; each entry is <c>name</c> or <c>name:alias</c> naming another
    /// container, with an alias of <c>^[A-Za-z0-9_-]{1,255}$</c>; links must not form a cycle.
    /// </summary>
    /// <remarks>
    /// ECS API ContainerDefinition.links ("only supported if the network mode of a task definition is bridge"); AWS errors
    /// "Links are not supported when networkMode=awsvpc." and "Container links should not have a cycle". Links on Fargate
    /// are TDK2020's and on Windows TDK2022's, so the network-mode check skips those tasks.
    /// </remarks>
    internal sealed class Tdk2019Links : TaskDefinitionRule
    {
        public override string Id => RuleIds.Links;

        public override void Check(ValidationContext context)
        {
            bool any = false;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<string>? links = context.Containers[i].Links;
                if (links is null || links.Count == 0)
                {
                    continue;
                }

                any = true;
                ContainerDefinition container = context.Containers[i];
                string pointer = JsonPointer.Container(i, "links");
                NetworkMode? mode = context.EffectiveNetworkMode;
                if (!context.IsFargate && !context.IsWindows && mode.HasValue && mode.Value.IsKnown && !context.IsBridge)
                {
                    context.Report(Id, pointer, "Container " + Tdk2Helpers.Describe(container, i) + " uses links, which ECS supports only in bridge network mode, not '" + mode.Value.Value + "': remove links and reach the other container through localhost or service discovery.");
                }

                for (int k = 0; k < links.Count; k++)
                {
                    CheckEntry(context, container, i, links[k] ?? string.Empty, JsonPointer.Index(pointer, k));
                }
            }

            if (any)
            {
                FindCycles(context);
            }
        }

        private void CheckEntry(ValidationContext context, ContainerDefinition container, int index, string link, string pointer)
        {
            int colon = link.IndexOf(':');
            string name = colon < 0 ? link : link.Substring(0, colon);
            string who = "Container " + Tdk2Helpers.Describe(container, index);
            if (name.Length == 0)
            {
                context.Report(Id, pointer, who + " has the link '" + link + "' without a container name: write 'name' or 'name:alias'.");
            }
            else if (string.Equals(name, container.Name, System.StringComparison.Ordinal))
            {
                context.Report(Id, pointer, who + " links to itself: remove the link '" + link + "'.");
            }
            else if (Tdk2Helpers.IndexOfContainer(context.Containers, name) < 0)
            {
                context.Report(Id, pointer, who + " links to '" + name + "', which is not a container of this task: use the name of one of its containers.");
            }

            if (colon >= 0 && !Tdk2Helpers.IsValidName(link.Substring(colon + 1)))
            {
                context.Report(Id, pointer, who + " has the link alias '" + link.Substring(colon + 1) + "': an alias is 1–255 letters, digits, '_' or '-'.");
            }
        }

        private void FindCycles(ValidationContext context)
        {
            var state = new byte[context.Containers.Count];
            for (int i = 0; i < state.Length; i++)
            {
                if (state[i] == 0)
                {
                    Visit(context, i, state);
                }
            }
        }

        private void Visit(ValidationContext context, int index, byte[] state)
        {
            state[index] = 1;
            List<string>? links = context.Containers[index].Links;
            if (links != null)
            {
                for (int k = 0; k < links.Count; k++)
                {
                    string link = links[k] ?? string.Empty;
                    int colon = link.IndexOf(':');
                    int target = Tdk2Helpers.IndexOfContainer(context.Containers, colon < 0 ? link : link.Substring(0, colon));
                    if (target < 0 || target == index)
                    {
                        continue;
                    }

                    if (state[target] == 1)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(JsonPointer.Container(index, "links"), k),
                            "Container links form a cycle through '" + context.Containers[index].Name + "' and '" + context.Containers[target].Name + "' (AWS: \"Container links should not have a cycle\"): remove one of the links.");
                    }
                    else if (state[target] == 0)
                    {
                        Visit(context, target, state);
                    }
                }
            }

            state[index] = 2;
        }
    }
}
