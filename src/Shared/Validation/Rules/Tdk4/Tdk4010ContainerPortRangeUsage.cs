using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4010: <c>containerPortRange</c> is used only with network mode <c>bridge</c> or <c>awsvpc</c> (Fargate included),
    /// without <c>containerPort</c> or <c>hostPort</c> in the same mapping, at most 100 times per container, and without
    /// overlapping ranges in one container.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping.containerPortRange</c>: "You must use either the bridge network mode or the
    /// awsvpc network mode"; "You can specify a maximum of 100 port ranges per container"; "You do not specify a
    /// hostPortRange" / hostPort: "If you specify a containerPortRange, leave this field empty"; "You cannot specify
    /// overlapping port ranges." Network mode <c>none</c> is left to TDK4002.</remarks>
    [Rule("TDK4010", "ContainerPortRangeUsage", RuleSeverity.Error, "containerPortRange used where it is not allowed")]
    [BuilderInputs("/requiresCompatibilities", "/networkMode", "/runtimePlatform", "/containerDefinitions/*/portMappings")]
    internal sealed class Tdk4010ContainerPortRangeUsage : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerPortRangeUsage;

        public override void Check(ValidationContext context)
        {
            bool modeAllowed = Tdk4Ports.UsesAwsVpc(context) || context.IsBridge || context.EffectiveNetworkMode == NetworkMode.None;
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                List<PortMapping>? mappings = container.PortMappings;
                if (mappings is null)
                {
                    continue;
                }

                int ranges = 0;
                for (int p = 0; p < mappings.Count; p++)
                {
                    PortMapping? mapping = mappings[p];
                    if (mapping is null || string.IsNullOrEmpty(mapping.ContainerPortRange))
                    {
                        continue;
                    }

                    ranges++;
                    string range = mapping.ContainerPortRange!;
                    if (!modeAllowed)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, "containerPortRange"),
                            Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPortRange") + " '" + range + "' under network mode "
                            + (context.EffectiveNetworkMode.HasValue ? "\"" + context.EffectiveNetworkMode.Value.Value + "\"" : "default (Windows NAT)")
                            + ", but port ranges work only with bridge or awsvpc: change " + MemberName.Mark("networkMode") + " or map the ports one by one.");
                    }

                    if (mapping.ContainerPort.HasValue)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, "containerPort"),
                            Tdk3Text.Container(container, c) + " sets both " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(mapping.ContainerPort.Value) + " and " + MemberName.Mark("containerPortRange") + " '" + range + "' in one mapping: keep only one of them.");
                    }

                    if (mapping.HostPort.HasValue)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, "hostPort"),
                            Tdk3Text.Container(container, c) + " sets " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(mapping.HostPort.Value) + " with " + MemberName.Mark("containerPortRange") + " '" + range + "': remove " + MemberName.Mark("hostPort") + ", ECS chooses the host ports for a range itself.");
                    }

                    if (ranges == Limits.MaxPortRangesPerContainer + 1)
                    {
                        context.Report(
                            Id,
                            Pointer(c, p, "containerPortRange"),
                            Tdk3Text.Container(container, c) + " has more than 100 " + MemberName.Mark("containerPortRange") + " mappings: merge adjacent ranges so there are at most 100.");
                    }

                    if (Tdk4Ports.TryParseValidRange(range, out int start, out int end))
                    {
                        CheckOverlap(context, container, c, mappings, p, range, start, end);
                    }
                }
            }
        }

        private void CheckOverlap(ValidationContext context, ContainerDefinition container, int c, List<PortMapping> mappings, int p, string range, int start, int end)
        {
            for (int q = 0; q < p; q++)
            {
                string? other = mappings[q]?.ContainerPortRange;
                if (Tdk4Ports.TryParseValidRange(other, out int otherStart, out int otherEnd) && start <= otherEnd && otherStart <= end)
                {
                    context.Report(
                        Id,
                        Pointer(c, p, "containerPortRange"),
                        Tdk3Text.Container(container, c) + " has " + MemberName.Mark("containerPortRange") + " '" + range + "', which overlaps '" + other + "' of port mapping #" + Tdk3Text.Number(q)
                        + ": port ranges of one container must not overlap, so split or merge them.");
                    return;
                }
            }
        }

        private static string Pointer(int container, int mapping, string member) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "portMappings"), mapping), member);
    }
}
