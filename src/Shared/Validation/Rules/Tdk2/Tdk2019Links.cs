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
    [Rule("TDK2019", "Links", RuleSeverity.Error, "Invalid container links")]
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
                string Pointer() => JsonPointer.Container(i, "links");
                NetworkMode? mode = context.EffectiveNetworkMode;
                if (!context.IsFargate && !context.IsWindows && mode.HasValue && mode.Value.IsKnown && !context.IsBridge)
                {
                    context.Report(Id, Pointer(), "Container " + Tdk2Helpers.Describe(container, i) + " uses links, which ECS supports only in bridge network mode, not '" + mode.Value.Value + "': remove links and reach the other container through localhost or service discovery.");
                }

                for (int k = 0; k < links.Count; k++)
                {
                    CheckEntry(context, container, i, k, links[k] ?? string.Empty);
                }
            }

            if (any)
            {
                FindCycles(context);
            }
        }

        private void CheckEntry(ValidationContext context, ContainerDefinition container, int index, int k, string link)
        {
            string Pointer() => JsonPointer.Index(JsonPointer.Container(index, "links"), k);
            string Who() => "Container " + Tdk2Helpers.Describe(container, index);
            int colon = link.IndexOf(':');
            int target = LinkTarget(context, link);
            if (colon == 0 || link.Length == 0)
            {
                context.Report(Id, Pointer(), Who() + " has the link '" + link + "' without a container name: write 'name' or 'name:alias'.");
            }
            else if (target == index)
            {
                context.Report(Id, Pointer(), Who() + " links to itself: remove the link '" + link + "'.");
            }
            else if (target < 0)
            {
                string name = colon < 0 ? link : link.Substring(0, colon);
                context.Report(Id, Pointer(), Who() + " links to '" + name + "', which is not a container of this task: use the name of one of its containers.");
            }

            if (colon >= 0 && !IsValidAlias(link, colon + 1))
            {
                context.Report(Id, Pointer(), Who() + " has the link alias '" + link.Substring(colon + 1) + "': an alias is 1–255 letters, digits, '_' or '-'.");
            }
        }

        // ^[A-Za-z0-9_-]{1,255}$ on link[start..]
        private static bool IsValidAlias(string link, int start)
        {
            int length = link.Length - start;
            if (length < 1 || length > Limits.MaxNameLength)
            {
                return false;
            }

            for (int i = start; i < link.Length; i++)
            {
                if (!Tdk2Helpers.IsNameChar(link[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private void FindCycles(ValidationContext context)
        {
            // Bit masks instead of arrays: nothing is allocated; ECS allows 10 containers (TDK1003), 64 are checked.
            if (context.Containers.Count > 64)
            {
                return;
            }

            ulong onStack = 0, done = 0;
            for (int i = 0; i < context.Containers.Count; i++)
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
            List<string>? links = context.Containers[index].Links;
            if (links != null)
            {
                for (int k = 0; k < links.Count; k++)
                {
                    int target = LinkTarget(context, links[k]);
                    if (target < 0 || target == index)
                    {
                        continue;
                    }

                    if ((onStack & (1UL << target)) != 0)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(JsonPointer.Container(index, "links"), k),
                            "Container links form a cycle through '" + context.Containers[index].Name + "' and '" + context.Containers[target].Name + "' (AWS: \"Container links should not have a cycle\"): remove one of the links.");
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

        /// <summary>The index of the container a link names (the part before any ':'), without allocating; -1 if none.</summary>
        private static int LinkTarget(ValidationContext context, string? link)
        {
            if (link is null)
            {
                return -1;
            }

            int colon = link.IndexOf(':');
            int length = colon < 0 ? link.Length : colon;
            if (context.Containers.Count > ValidationContext.ScanLimit)
            {
                return context.IndexOfContainer(colon < 0 ? link : link.Substring(0, colon));
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                string? name = context.Containers[i].Name;
                if (name != null && name.Length == length && string.CompareOrdinal(name, 0, link, 0, length) == 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
