using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6028: a container without <c>logConfiguration</c>; reported once per container.</summary>
    /// <remarks>Source: AWS Config ecs-task-definition-log-configuration.</remarks>
    [Rule("TDK6028", "NoLogConfiguration", RuleSeverity.Info, "Container without log configuration", Controls = new[] { "ECS.9", "CT.ECS.PR.5" })]
    internal sealed class Tdk6028NoLogConfiguration : TaskDefinitionRule
    {
        public override string Id => RuleIds.NoLogConfiguration;

        public override void Check(ValidationContext context)
        {
            if (context.Options.Policy?.RequiredLogDrivers != null)
            {
                // The organisation requires a log driver: TDK9408 reports a missing configuration as its error.
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || container.LogConfiguration != null)
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Container(i, "logConfiguration"),
                    SecurityReferences.ContainerLabel(container, i) + " has no " + MemberName.Mark("logConfiguration") + ", so its output "
                    + (context.IsFargate ? "is lost" : "stays in the instance's Docker logs")
                    + ": add a " + MemberName.Mark("logConfiguration") + ", for example the awslogs driver with awslogs-group, awslogs-region and awslogs-stream-prefix.");
            }
        }
    }
}
