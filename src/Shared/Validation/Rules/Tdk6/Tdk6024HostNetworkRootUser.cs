using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6024: in <c>host</c> network mode, a container that is not explicitly <c>privileged: true</c> and whose
    /// <c>user</c> is unset or root (AWS Security Hub ECS.1 logic).
    /// </summary>
    /// <remarks>Source: AWS Config ecs-task-definition-user-for-host-mode-check; [CDKNAG ECSTaskDefinitionUserForHostMode]; [BOTO:ContainerDefinition] user ("When running tasks using the host network mode, don't run containers using the root user (UID 0)."). Silent when the task looks like Windows (<see cref="ValidationContext.IsProbablyWindows"/>), where <c>user</c> is not supported.</remarks>
    [Rule("TDK6024", "HostNetworkRootUser", RuleSeverity.Warning, "Root container in host network mode", Controls = new[] { "ECS.1" })]
    internal sealed class Tdk6024HostNetworkRootUser : TaskDefinitionRule
    {
        public override string Id => RuleIds.HostNetworkRootUser;

        /// <summary>True when this rule reports <paramref name="container"/>; TDK6023 then stays silent for it (one finding per problem).</summary>
        internal static bool Reports(ValidationContext context, ContainerDefinition container) =>
            context.IsHostNetwork && !context.IsProbablyWindows && !context.IsIgnored(RuleIds.HostNetworkRootUser) && Concerns(container);

        private static bool Concerns(ContainerDefinition container) => container.Privileged != true && SecurityReferences.IsRootUser(container.User);

        public override void Check(ValidationContext context)
        {
            if (!context.IsHostNetwork || context.IsProbablyWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || !Concerns(container))
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Container(i, "user"),
                    SecurityReferences.ContainerLabel(container, i) + " runs as " + (string.IsNullOrEmpty(container.User) ? "the image's default user (usually root)" : "root ('" + container.User + "')")
                    + " in host network mode, where it shares the host's network stack: set \"" + MemberName.Mark("user") + "\" to a non-root UID:GID, or use awsvpc network mode.");
            }
        }
    }
}
