using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>Runs every catalog rule over a task definition model.</summary>
    public static class TaskDefinitionValidator
    {
        /// <summary>Validates <paramref name="definition"/>; findings come in rule-ID order, then in document order.</summary>
        /// <remarks>
        /// A null inside a list or map of the model (a null container, volume, environment entry, label value) is a
        /// TDK1010 finding at its own pointer; the rules judge the rest of the definition and say nothing about it.
        /// </remarks>
        public static IReadOnlyList<RuleDiagnostic> Validate(TaskDefinition definition, ValidationOptions? options = null)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            return NullEntries.ValidateAround(definition, TaskDefinition.Schema, model => Run(model, options), pointer =>
            {
                var context = new ValidationContext(definition, options);
                context.Report(RuleIds.JsonType, pointer, NullEntries.Message(pointer));
                return context.Diagnostics.Count > 0 ? context.Diagnostics[0] : null;
            });
        }

        private static IReadOnlyList<RuleDiagnostic> Run(TaskDefinition definition, ValidationOptions? options)
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
