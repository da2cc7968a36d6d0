using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>TDK4013: Windows containers on Fargate must not use container port 3150, which Fargate reserves.</summary>
    /// <remarks>Developer guide (2023), task definition parameters, containerPort: "For Windows containers on Fargate, you
    /// can't use port 3150 for the containerPort. This is because it's reserved."</remarks>
    [Rule("TDK4013", "FargateWindowsReservedPort", RuleSeverity.Error, "Port 3150 is reserved for Windows on Fargate")]
    internal sealed class Tdk4013FargateWindowsReservedPort : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateWindowsReservedPort;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || !context.IsWindows)
            {
                return;
            }

            const int Reserved = Limits.FargateWindowsReservedPort;
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    PortMapping? mapping = container.PortMappings[p];
                    if (mapping is null)
                    {
                        continue;
                    }

                    if (mapping.ContainerPort == Reserved)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "containerPort"),
                            Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPort") + " 3150, which Fargate reserves for Windows tasks: have the application listen on another port.");
                    }
                    else if (mapping.ContainerPort is null && Tdk4Ports.TryParseValidRange(mapping.ContainerPortRange, out int start, out int end) && start <= Reserved && Reserved <= end)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "containerPortRange"),
                            Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPortRange") + " '" + mapping.ContainerPortRange + "', which includes port 3150 that Fargate reserves for Windows tasks: split the range around 3150.");
                    }
                }
            }
        }
    }
}
