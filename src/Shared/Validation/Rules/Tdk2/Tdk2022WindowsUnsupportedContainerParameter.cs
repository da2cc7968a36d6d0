using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2022: container parameters Windows containers do not support: <c>disableNetworking</c>, <c>dnsServers</c>,
    /// <c>dnsSearchDomains</c>, <c>extraHosts</c>, <c>links</c>, <c>linuxParameters</c>, <c>privileged</c>,
    /// <c>readonlyRootFilesystem</c>, <c>ulimits</c>, <c>systemControls</c>, <c>firelensConfiguration</c>;
    /// <c>environmentFiles</c> as a warning. Not <c>user</c>: AWS's own controls (Security Hub ECS.21, AWS Config
    /// ECS_TASK_DEFINITION_WINDOWS_USER_NON_ADMIN) require it on Windows containers, so the API model's old "not supported
    /// for Windows containers" sentence no longer holds; TDK6032 judges its value instead.
    /// </summary>
    /// <remarks>
    /// ECS API ContainerDefinition ("This parameter is not supported for Windows containers"); Windows task definition
    /// guide; FireLens is Linux-only. environmentFiles: the 2023 guide says unavailable on Windows, the current API lists
    /// Windows Fargate platform 1.0.0 as a prerequisite, so only a warning.
    /// </remarks>
    [Rule("TDK2022", "WindowsUnsupportedContainerParameter", RuleSeverity.Error, "Container parameter not supported for Windows")]
    internal sealed class Tdk2022WindowsUnsupportedContainerParameter : TaskDefinitionRule
    {
        public override string Id => RuleIds.WindowsUnsupportedContainerParameter;

        public override void Check(ValidationContext context)
        {
            if (!context.IsWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition c = context.Containers[i];
                Flag(context, c, i, "disableNetworking", c.DisableNetworking == true);
                Flag(context, c, i, "dnsServers", NotEmpty(c.DnsServers));
                Flag(context, c, i, "dnsSearchDomains", NotEmpty(c.DnsSearchDomains));
                Flag(context, c, i, "extraHosts", NotEmpty(c.ExtraHosts));
                Flag(context, c, i, "links", NotEmpty(c.Links));
                Flag(context, c, i, "linuxParameters", c.LinuxParameters != null);
                Flag(context, c, i, "privileged", c.Privileged == true);
                Flag(context, c, i, "readonlyRootFilesystem", c.ReadonlyRootFilesystem == true);
                Flag(context, c, i, "ulimits", NotEmpty(c.Ulimits));
                Flag(context, c, i, "systemControls", NotEmpty(c.SystemControls));
                Flag(context, c, i, "firelensConfiguration", c.FirelensConfiguration != null);
                if (NotEmpty(c.EnvironmentFiles))
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "environmentFiles"),
                        "Container " + Tdk2Helpers.Describe(c, i) + " uses " + MemberName.Mark("environmentFiles") + ", which older ECS documentation lists as unavailable for Windows containers (current docs require Windows Fargate platform 1.0.0): verify it works or use environment/secrets.",
                        RuleSeverity.Warning);
                }
            }
        }

        private static bool NotEmpty<T>(List<T>? list) => list != null && list.Count > 0;

        private void Flag(ValidationContext context, ContainerDefinition c, int index, string member, bool present)
        {
            if (present)
            {
                context.Report(
                    Id,
                    JsonPointer.Container(index, member),
                    "Container " + Tdk2Helpers.Describe(c, index) + " sets " + MemberName.Mark(member) + ", which is not supported for Windows containers: remove it.");
            }
        }
    }
}
