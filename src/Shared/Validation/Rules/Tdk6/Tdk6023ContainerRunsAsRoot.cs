using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6023: a Linux container runs as root: <c>user</c> unset (the image default, usually root), <c>root</c>,
    /// <c>0</c>, or a <c>root</c>/<c>0</c> part in <c>user:group</c>; reported once per container, except a container that
    /// TDK6024 reports (root in host network mode), which gets that more specific finding only.
    /// </summary>
    /// <remarks>Source: [CONFIG ecs-task-definition-nonroot-user]; [CDKNAG ECSTaskDefinitionUserForHostMode] (root identifiers root, 0). <c>user</c> is not supported for Windows containers: silent when the task looks like Windows (<see cref="ValidationContext.IsProbablyWindows"/>).</remarks>
    [Rule("TDK6023", "ContainerRunsAsRoot", RuleSeverity.Info, "Container runs as root", Controls = new[] { "ECS.20", "CT.ECS.PR.3" })]
    internal sealed class Tdk6023ContainerRunsAsRoot : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerRunsAsRoot;

        public override void Check(ValidationContext context)
        {
            if (context.IsProbablyWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || !SecurityReferences.IsRootUser(container.User) || Tdk6024HostNetworkRootUser.Reports(context, container))
                {
                    continue;
                }

                string label = SecurityReferences.ContainerLabel(container, i);
                context.Report(Id, JsonPointer.Container(i, "user"),
                    string.IsNullOrEmpty(container.User)
                        ? label + " does not set user, so it runs as the image's default user, usually root: set \"" + MemberName.Mark("user") + "\" to a non-root UID:GID (for example \"1000:1000\") that the image supports."
                        : label + " runs as user '" + container.User + "', which is root (UID or GID 0): set \"" + MemberName.Mark("user") + "\" to a non-root UID:GID (for example \"1000:1000\").");
            }
        }
    }
}
