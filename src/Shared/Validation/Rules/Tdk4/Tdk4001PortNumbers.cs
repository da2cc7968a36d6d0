using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4001: each port mapping sets <c>containerPort</c> (1–65535) unless it uses <c>containerPortRange</c>;
    /// <c>hostPort</c> is 0–65535.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping</c>; AWS rejects bad values with "Invalid 'containerPort' setting for container
    /// '&lt;name&gt;'." (https://github.com/aws/aws-cli/issues/7288). A container port of 0 cannot be bound, so it is
    /// reported too.</remarks>
    [Rule("TDK4001", "PortNumbers", RuleSeverity.Error, "Port number missing or out of range")]
    [BuilderInputs("/containerDefinitions/*/portMappings")]
    internal sealed class Tdk4001PortNumbers : TaskDefinitionRule
    {
        public override string Id => RuleIds.PortNumbers;

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
                    PortMapping? mapping = container.PortMappings[p];
                    if (mapping is null)
                    {
                        continue;
                    }

                    if (mapping.ContainerPort is int containerPort)
                    {
                        if (containerPort < 1 || containerPort > Limits.MaxPort)
                        {
                            context.Report(
                                Id,
                                JsonPointer.Member(Base(c, p), "containerPort"),
                                Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(containerPort) + ", which is not a port number (AWS: \"Invalid 'containerPort' setting\"): use the port the application listens on, 1-65535.");
                        }
                    }
                    else if (string.IsNullOrEmpty(mapping.ContainerPortRange))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(Base(c, p), "containerPort"),
                            Tdk3Text.Container(container, c) + " has port mapping #" + Tdk3Text.Number(p) + " without a " + MemberName.Mark("containerPort") + ": set " + MemberName.Mark("containerPort") + " to the port the application listens on, or use " + MemberName.Mark("containerPortRange") + " for a range.");
                    }

                    if (mapping.HostPort is int hostPort && (hostPort < 0 || hostPort > Limits.MaxPort))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(Base(c, p), "hostPort"),
                            Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(hostPort) + ", which is not a port number: use 1-65535, or omit " + MemberName.Mark("hostPort") + " (or set 0) for a dynamic host port in bridge mode.");
                    }
                }
            }
        }

        private static string Base(int c, int p) =>
            JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p);
    }
}
