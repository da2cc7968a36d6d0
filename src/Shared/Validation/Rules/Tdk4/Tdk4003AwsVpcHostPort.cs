using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4003: under <c>awsvpc</c> (which includes every Fargate task) a port mapping's <c>hostPort</c> is omitted or equal
    /// to its <c>containerPort</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping.hostPort</c>: "If you use containers in a task with the awsvpc or host network
    /// mode, the hostPort can either be left blank or set to the same value as the containerPort." AWS rejects the
    /// registration with "When networkMode=awsvpc, the host ports and container ports in port mappings must match."
    /// (https://github.com/pulumi/pulumi-awsx/issues/935); a <c>hostPort</c> of 0 (bridge's "dynamic" port) is rejected the
    /// same way (https://github.com/aws/amazon-ecs-cli/issues/1014). Fargate is recognised through
    /// <c>requiresCompatibilities</c> or <see cref="ValidationOptions.TargetLaunchType"/>, because Fargate only runs awsvpc.</remarks>
    [Rule("TDK4003", "AwsVpcHostPort", RuleSeverity.Error, "Host port differs from container port under awsvpc")]
    [BuilderInputs("/requiresCompatibilities", "/networkMode", "/containerDefinitions/*/portMappings")]
    internal sealed class Tdk4003AwsVpcHostPort : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwsVpcHostPort;

        public override void Check(ValidationContext context)
        {
            if (!Tdk4Ports.UsesAwsVpc(context))
            {
                return;
            }

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
                    if (mapping is null || !(mapping.HostPort is int hostPort) || !(mapping.ContainerPort is int containerPort) || hostPort == containerPort)
                    {
                        continue; // hostPort with containerPortRange is TDK4010's; a missing containerPort is TDK4001's
                    }

                    string mode = context.IsAwsVpc
                        ? "under awsvpc"
                        : "on Fargate, which always uses awsvpc,";
                    string message = hostPort == 0
                        ? Tdk3Text.Container(container, c) + " sets " + MemberName.Mark("hostPort") + " 0 (a dynamic host port) for " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(containerPort)
                          + ", but " + mode + " the task has its own network interface and the host port must equal the container port: remove " + MemberName.Mark("hostPort") + " or set it to " + Tdk3Text.Number(containerPort) + "."
                        : Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(hostPort) + " to " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(containerPort)
                          + ", but " + mode + " the host port must equal the container port: remove " + MemberName.Mark("hostPort") + " or set it to " + Tdk3Text.Number(containerPort)
                          + " (to serve on port " + Tdk3Text.Number(hostPort) + ", change the application's port or the load balancer's listener instead).";
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "hostPort"), message);
                }
            }
        }
    }
}
