using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// The validator's rules: every class with a <c>[Rule]</c> attribute, listed in <c>RuleSet.Rules.cs</c> by
    /// eng/RuleCatalogGenerator; rules run in ID order.
    /// </summary>
    public static partial class RuleSet
    {
        private static TaskDefinitionRule[]? s_taskDefinitionRules;
        private static IPlacementRule[]? s_placementRules;
        private static ServiceRule[]? s_serviceRules;
        private static EcrRule[]? s_ecrRules;
        private static ScheduledTaskRule[]? s_scheduledTaskRules;
        private static ScalingRule[]? s_scalingRules;

        /// <summary>The rules that check a task definition model, in ID order.</summary>
        public static IReadOnlyList<TaskDefinitionRule> TaskDefinitionRules => s_taskDefinitionRules ??= CreateTaskDefinitionRules();

        /// <summary>The rules that check a service or RunTask placement (<see cref="PlacementValidator"/>), in ID order.</summary>
        public static IReadOnlyList<IPlacementRule> PlacementRules => s_placementRules ??= CreatePlacementRules();

        /// <summary>The rules that check a CreateService input against its task definition (<see cref="ServiceValidator"/>), in ID order.</summary>
        public static IReadOnlyList<ServiceRule> ServiceRules => s_serviceRules ??= CreateServiceRules();

        /// <summary>The rules that check an ECR repository and its lifecycle policy (<see cref="EcrValidator"/>), in ID order.</summary>
        public static IReadOnlyList<EcrRule> EcrRules => s_ecrRules ??= CreateEcrRules();
        /// <summary>The rules that check scheduled ECS tasks (<see cref="ScheduledTaskValidator"/>), in ID order.</summary>
        public static IReadOnlyList<ScheduledTaskRule> ScheduledTaskRules => s_scheduledTaskRules ??= CreateScheduledTaskRules();

        /// <summary>The rules that check service auto scaling (<see cref="ScalingValidator"/>), in ID order.</summary>
        public static IReadOnlyList<ScalingRule> ScalingRules => s_scalingRules ??= CreateScalingRules();
    }
}
