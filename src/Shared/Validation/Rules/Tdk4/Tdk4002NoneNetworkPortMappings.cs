using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>TDK4002: with network mode <c>none</c> no container may have port mappings.</summary>
    /// <remarks>ECS API model, <c>RegisterTaskDefinitionRequest.networkMode</c> ("If the network mode is none, the task's
    /// containers don't have external connectivity") and <c>ContainerDefinition.portMappings</c>.</remarks>
    [Rule("TDK4002", "NoneNetworkPortMappings", RuleSeverity.Error, "Port mappings with network mode none")]
    internal sealed class Tdk4002NoneNetworkPortMappings : TaskDefinitionRule
    {
        public override string Id => RuleIds.NoneNetworkPortMappings;

        public override void Check(ValidationContext context)
        {
            if (context.EffectiveNetworkMode != NetworkMode.None)
            {
                return;
            }

            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null || container.PortMappings.Count == 0)
                {
                    continue;
                }

                context.Report(
                    Id,
                    JsonPointer.Container(c, "portMappings"),
                    Tdk3Text.Container(container, c) + " has " + Tdk3Text.Number(container.PortMappings.Count) + " port mapping(s), but " + MemberName.Mark("networkMode") + " \"none\" gives the task no network to map them to: remove " + MemberName.Mark("portMappings") + " or choose another network mode.");
            }
        }
    }
}
