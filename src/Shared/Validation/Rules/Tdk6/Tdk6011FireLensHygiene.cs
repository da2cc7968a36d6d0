using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6011: FireLens hygiene: the router should be essential; containers that depend on the router should use
    /// <c>START</c> or <c>HEALTHY</c>; <c>log-driver-buffer-limit</c> is valid only with <c>awsfirelens</c> (error otherwise).
    /// </summary>
    /// <remarks>
    /// Source: [FIRELENS] ("We recommend that the container be marked as essential"); [BOTO:LogConfiguration] options
    /// (log-driver-buffer-limit). The catalog's bridge-mode start-order check is not applied: the current FireLens guide
    /// says ECS itself makes the router start before the containers that use it, unless dependsOn overrides that order.
    /// </remarks>
    [Rule("TDK6011", "FireLensHygiene", RuleSeverity.Warning, "FireLens set-up may not work as intended")]
    internal sealed class Tdk6011FireLensHygiene : TaskDefinitionRule
    {
        public override string Id => RuleIds.FireLensHygiene;

        public override void Check(ValidationContext context)
        {
            string? routerName = null;
            int routerIndex = -1;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                LogConfiguration? log = container.LogConfiguration;
                if (log?.Options != null && log.LogDriver.HasValue && log.LogDriver != LogDriver.Awsfirelens
                    && log.Options.ContainsKey("log-driver-buffer-limit"))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "options"), "log-driver-buffer-limit"),
                        SecurityReferences.ContainerLabel(container, i) + " sets log-driver-buffer-limit with log driver '" + log.LogDriver.Value.Value + "', but the option only works with awsfirelens: remove it.",
                        RuleSeverity.Error);
                }

                if (container.FirelensConfiguration != null && routerIndex < 0)
                {
                    routerIndex = i;
                    routerName = container.Name;
                }
            }

            if (routerIndex < 0)
            {
                return;
            }

            ContainerDefinition router = context.Containers[routerIndex];
            if (router.Essential == false)
            {
                context.Report(Id, JsonPointer.Container(routerIndex, "essential"),
                    SecurityReferences.ContainerLabel(router, routerIndex) + " is the FireLens log router but is not essential: if it stops, logs are lost while the task keeps running; set \"" + MemberName.Mark("essential") + "\": true.");
            }

            if (string.IsNullOrEmpty(routerName))
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null || i == routerIndex)
                {
                    continue;
                }

                List<ContainerDependency>? dependsOn = container.DependsOn;
                if (dependsOn != null)
                {
                    for (int d = 0; d < dependsOn.Count; d++)
                    {
                        ContainerDependency dependency = dependsOn[d];
                        if (dependency is null || !string.Equals(dependency.ContainerName, routerName, StringComparison.Ordinal))
                        {
                            continue;
                        }

                        ContainerCondition? condition = dependency.Condition;
                        if (condition.HasValue && condition.Value.IsKnown && condition != ContainerCondition.Start && condition != ContainerCondition.Healthy)
                        {
                            context.Report(Id, JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "dependsOn"), d), "condition"),
                                SecurityReferences.ContainerLabel(container, i) + " waits for the FireLens log router '" + routerName + "' with condition " + condition.Value.Value + ", but the router keeps running and never completes: use \"START\" (or \"HEALTHY\" with a router health check).");
                        }
                    }
                }
            }
        }
    }
}
