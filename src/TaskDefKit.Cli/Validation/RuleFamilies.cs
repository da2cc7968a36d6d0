using System;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// The library's rule lists by the validator that runs them (<see cref="TaskDefKit.Validation.RuleSet"/>). Each input
    /// kind says which it runs (<see cref="Input.Kinds.InputKind.Judges"/>, <see cref="Input.CloudFormation.ResourceKind.Judges"/>),
    /// next to the call, and <see cref="RuleAvailability"/> derives from them which rules <c>validate</c> reports.
    /// </summary>
    [Flags]
    internal enum RuleFamilies
    {
        None = 0,

        /// <summary>TaskDefinitionValidator: RuleSet.TaskDefinitionRules.</summary>
        TaskDefinition = 1,

        /// <summary>PlacementValidator: RuleSet.PlacementRules.</summary>
        Placement = 2,

        /// <summary>ServiceValidator, RunTaskValidator, ClusterValidator: RuleSet.ServiceRules.</summary>
        Service = 4,

        /// <summary>ScheduledTaskValidator: RuleSet.ScheduledTaskRules.</summary>
        ScheduledTask = 8,

        /// <summary>ScalingValidator: RuleSet.ScalingRules.</summary>
        Scaling = 16,

        /// <summary>EcrValidator: RuleSet.EcrRules.</summary>
        Ecr = 32,
    }
}
