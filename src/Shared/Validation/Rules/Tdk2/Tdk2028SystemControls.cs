using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2028: <c>systemControls[].namespace</c> is an IPC-namespace sysctl (<c>kernel.msgmax</c>, …, <c>fs.mqueue.*</c>)
    /// or a network-namespace sysctl (<c>net.*</c>); <c>net.*</c> is not supported in host network mode and IPC sysctls
    /// not with <c>ipcMode: host</c>; differing values across containers of an awsvpc task are a warning.
    /// </summary>
    /// <remarks>ECS API SystemControl. Windows containers are TDK2022's.</remarks>
    [Rule("TDK2028", "SystemControls", RuleSeverity.Error, "Invalid system control")]
    [BuilderInputs("/requiresCompatibilities", "/runtimePlatform", "/networkMode", "/ipcMode", "/containerDefinitions/*/systemControls", WholeDefinition = true)]
    internal sealed class Tdk2028SystemControls : TaskDefinitionRule
    {
        private static readonly string[] s_ipcNames =
        {
            "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax",
            "kernel.shmmni", "kernel.shm_rmid_forced",
        };

        public override string Id => RuleIds.SystemControls;

        public override void Check(ValidationContext context)
        {
            if (context.IsWindows)
            {
                return;
            }

            bool ipcHost = context.Definition.IpcMode == IpcMode.Host;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<SystemControl>? controls = container.SystemControls;
                if (controls is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                for (int k = 0; k < controls.Count; k++)
                {
                    string Pointer() => JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "systemControls"), k), "namespace");
                    string? name = controls[k].Namespace;
                    if (string.IsNullOrEmpty(name))
                    {
                        context.Report(Id, Pointer(), Who() + " has a " + MemberName.Mark("systemControls") + " entry without " + MemberName.Mark("namespace") + ": set the sysctl name, e.g. net.core.somaxconn.");
                        continue;
                    }

                    if (name!.StartsWith("net.", StringComparison.Ordinal))
                    {
                        if (context.IsHostNetwork)
                        {
                            context.Report(Id, Pointer(), Who() + " sets the network sysctl '" + name + "', which is not supported in host network mode: remove it or use awsvpc or bridge.");
                        }
                        else if (context.IsAwsVpc)
                        {
                            CheckConflicts(context, i, k, name, controls[k].Value);
                        }
                    }
                    else if (IsIpc(name))
                    {
                        if (ipcHost)
                        {
                            context.Report(Id, Pointer(), Who() + " sets the IPC sysctl '" + name + "', which is not supported with " + MemberName.Mark("ipcMode") + " host: remove it or use " + MemberName.Mark("ipcMode") + " task.");
                        }
                    }
                    else
                    {
                        context.Report(Id, Pointer(), Who() + " sets the sysctl '" + name + "', which is not namespaced: ECS accepts net.*, fs.mqueue.* and kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced.");
                    }
                }
            }
        }

        private static bool IsIpc(string name)
        {
            if (name.StartsWith("fs.mqueue.", StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string ipc in s_ipcNames)
            {
                if (name == ipc)
                {
                    return true;
                }
            }

            return false;
        }

        // awsvpc: the task shares one network namespace, so the container started last wins.
        private void CheckConflicts(ValidationContext context, int index, int entry, string name, string? value)
        {
            for (int other = 0; other < index; other++)
            {
                List<SystemControl>? controls = context.Containers[other].SystemControls;
                if (controls is null)
                {
                    continue;
                }

                foreach (SystemControl control in controls)
                {
                    if (control.Namespace == name && !string.Equals(control.Value, value, StringComparison.Ordinal))
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(index, "systemControls"), entry), "value"),
                            "Containers " + Tdk2Helpers.Describe(context.Containers[other], other) + " and " + Tdk2Helpers.Describe(context.Containers[index], index) +
                            " set '" + name + "' to different values in one awsvpc task, where the container started last wins: use one value.",
                            RuleSeverity.Warning);
                        return;
                    }
                }
            }
        }
    }
}
