using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6032: a Windows container runs as <c>ContainerAdministrator</c>: <c>user</c> unset (Windows images default to
    /// the administrator account) or set to <c>ContainerAdministrator</c> (any case). The Windows counterpart of TDK6023.
    /// </summary>
    /// <remarks>Source: Security Hub ECS.21 and AWS Config ECS_TASK_DEFINITION_WINDOWS_USER_NON_ADMIN ("NON_COMPLIANT if
    /// default administrator user is specified or user configuration is absent for any container"). The API model's
    /// older sentence that <c>user</c> is "not supported for Windows containers" is contradicted by these AWS controls,
    /// which require it; TDK2022 therefore no longer reports <c>user</c> on Windows (docs/judgement.md). Runs only when
    /// <c>runtimePlatform</c> says Windows: on a task that merely looks like Windows the image's OS is a guess.</remarks>
    [Rule("TDK6032", "WindowsContainerAdministrator", RuleSeverity.Info, "Windows container runs as ContainerAdministrator", Controls = new[] { "ECS.21" })]
    internal sealed class Tdk6032WindowsContainerAdministrator : TaskDefinitionRule
    {
        private const string Administrator = "ContainerAdministrator";

        public override string Id => RuleIds.WindowsContainerAdministrator;

        public override void Check(ValidationContext context)
        {
            if (!context.IsWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                string? user = container.User;
                bool unset = string.IsNullOrEmpty(user);
                if (!unset && !string.Equals(user, Administrator, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string label = SecurityReferences.ContainerLabel(container, i);
                context.Report(Id, JsonPointer.Container(i, "user"),
                    unset
                        ? label + " does not set user, so it runs as the Windows image's default, ContainerAdministrator: set \"" + MemberName.Mark("user") + "\" to \"ContainerUser\" (or another non-administrator account in the image)."
                        : label + " runs as '" + user + "', the Windows container's administrator: set \"" + MemberName.Mark("user") + "\" to \"ContainerUser\" (or another non-administrator account in the image).");
            }
        }
    }
}
