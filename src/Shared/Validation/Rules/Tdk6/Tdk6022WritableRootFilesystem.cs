using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6022: a Linux container whose <c>readonlyRootFilesystem</c> is not <c>true</c>; reported once per container.</summary>
    /// <remarks>Source: [CONFIG ecs-containers-readonly-access]; [CHECKOV CKV_AWS_336]; Security Hub ECS.5. Not applicable to Windows containers: silent when the task looks like Windows (<see cref="ValidationContext.IsProbablyWindows"/>).</remarks>
    [Rule("TDK6022", "WritableRootFilesystem", RuleSeverity.Info, "Root filesystem is writable", Controls = new[] { "ECS.5", "CKV_AWS_336", "CT.ECS.PR.6" })]
    internal sealed class Tdk6022WritableRootFilesystem : TaskDefinitionRule
    {
        public override string Id => RuleIds.WritableRootFilesystem;

        public override void Check(ValidationContext context)
        {
            if (context.IsProbablyWindows)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || container.ReadonlyRootFilesystem == true)
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Container(i, "readonlyRootFilesystem"),
                    SecurityReferences.ContainerLabel(container, i) + (container.ReadonlyRootFilesystem == false ? " sets " + MemberName.Mark("readonlyRootFilesystem") + " to false" : " does not set " + MemberName.Mark("readonlyRootFilesystem"))
                    + ", so its root filesystem is writable: set \"" + MemberName.Mark("readonlyRootFilesystem") + "\": true and mount a volume for any path the application writes to (for example /tmp).");
            }
        }
    }
}
