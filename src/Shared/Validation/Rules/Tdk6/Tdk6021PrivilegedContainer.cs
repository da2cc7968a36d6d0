using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6021: <c>privileged: true</c> (warning; error on Fargate and Windows, where it is not supported).</summary>
    /// <remarks>Source: [CONFIG ecs-containers-nonprivileged]; [CHECKOV CKV_AWS_334]; [BOTO:ContainerDefinition] privileged ("not supported for Windows containers or tasks run on Fargate").</remarks>
    [Rule("TDK6021", "PrivilegedContainer", RuleSeverity.Warning, "Privileged container", Controls = new[] { "ECS.4", "CKV_AWS_334", "CT.ECS.PR.11" })]
    internal sealed class Tdk6021PrivilegedContainer : TaskDefinitionRule
    {
        public override string Id => RuleIds.PrivilegedContainer;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container?.Privileged != true)
                {
                    continue;
                }

                string label = SecurityReferences.ContainerLabel(container!, i);
                string pointer = JsonPointer.Container(i, "privileged");
                if (context.IsFargate || context.IsWindows)
                {
                    context.Report(Id, pointer,
                        label + " sets privileged: true, which is not supported " + (context.IsFargate ? "on Fargate" : "for Windows containers") + ": remove it and grant only the Linux capabilities the container needs.",
                        RuleSeverity.Error);
                }
                else
                {
                    context.Report(Id, pointer,
                        label + " runs privileged, with root-like access to the host: remove \"" + MemberName.Mark("privileged") + "\" and add only the capabilities it needs under " + MemberName.Mark("linuxParameters") + "." + MemberName.Mark("capabilities") + "." + MemberName.Mark("add") + ".");
                }
            }
        }
    }
}
