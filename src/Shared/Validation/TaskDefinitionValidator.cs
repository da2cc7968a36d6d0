using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Validation
{
    /// <summary>Runs every catalog rule over a task definition model.</summary>
    public static class TaskDefinitionValidator
    {
        /// <summary>Validates <paramref name="definition"/>; findings come in rule-ID order, then in document order.</summary>
        public static IReadOnlyList<RuleDiagnostic> Validate(TaskDefinition definition, ValidationOptions? options = null)
        {
            var context = new ValidationContext(definition, options);
            foreach (TaskDefinitionRule rule in RuleSet.TaskDefinitionRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }
}
