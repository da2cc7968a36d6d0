using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6031 (info): a container without <c>healthCheck</c>, and a container without a <c>memory</c> hard limit;
    /// each condition is reported separately, once per container.
    /// </summary>
    /// <remarks>Source: [KICS ecs_task_definition_healthcheck_missing]; [CONFIG ecs-task-definition-memory-hard-limit].</remarks>
    [Rule("TDK6031", "NoHealthCheckOrMemoryLimit", RuleSeverity.Info, "Container without health check or memory limit", Controls = new[] { "CT.ECS.PR.7" })]
    internal sealed class Tdk6031NoHealthCheckOrMemoryLimit : TaskDefinitionRule
    {
        public override string Id => RuleIds.NoHealthCheckOrMemoryLimit;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                if (container.HealthCheck is null)
                {
                    context.Report(Id, JsonPointer.Container(i, "healthCheck"),
                        SecurityReferences.ContainerLabel(container, i) + " has no " + MemberName.Mark("healthCheck") + ", so ECS only notices when the process exits: add a " + MemberName.Mark("healthCheck") + " command (for example [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]).");
                }

                if (container.Memory is null)
                {
                    context.Report(Id, JsonPointer.Container(i, "memory"),
                        SecurityReferences.ContainerLabel(container, i) + " has no memory hard limit, so it can use all of the task's (or instance's) memory: set \"" + MemberName.Mark("memory") + "\" in MiB for the container.");
                }
            }
        }
    }
}
