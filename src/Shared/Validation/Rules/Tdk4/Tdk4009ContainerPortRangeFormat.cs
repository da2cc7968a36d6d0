using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4009: <c>containerPortRange</c> is written <c>start-end</c> (<c>^([0-9]{1,5})-([0-9]{1,5})$</c>) with both ends in
    /// 1–65535 and start &lt; end.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping.containerPortRange</c>: "The containerPortRange valid values are between 1 and
    /// 65535"; "The first port in the range must be less than last port in the range". AWS CDK: "must be a string in the
    /// format [start port]-[end port]".</remarks>
    [Rule("TDK4009", "ContainerPortRangeFormat", RuleSeverity.Error, "Invalid containerPortRange")]
    [BuilderInputs("/containerDefinitions/*/portMappings")]
    internal sealed class Tdk4009ContainerPortRangeFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerPortRangeFormat;

        public override void Check(ValidationContext context)
        {
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    string? range = container.PortMappings[p]?.ContainerPortRange;
                    if (range is null || Tdk4Ports.TryParseValidRange(range, out _, out _))
                    {
                        continue;
                    }

                    string problem;
                    if (!Tdk4Ports.TryParseRange(range, out int start, out int end))
                    {
                        problem = "is not written as \"start-end\": use two port numbers joined by a hyphen, e.g. \"8000-8099\".";
                    }
                    else if (start < 1 || end > Limits.MaxPort || start > Limits.MaxPort)
                    {
                        problem = "has a port outside 1-65535: keep both ends within 1-65535.";
                    }
                    else
                    {
                        problem = "does not start below its end: write the lower port first, e.g. \"" + Tdk3Text.Number(end < start ? end : start) + "-" + Tdk3Text.Number(end < start ? start : end + 1) + "\".";
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "containerPortRange"),
                        Tdk3Text.Container(container, c) + " has " + MemberName.Mark("containerPortRange") + " '" + range + "', which " + problem);
                }
            }
        }
    }
}
