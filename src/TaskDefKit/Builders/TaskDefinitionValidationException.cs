using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders
{
    /// <summary>
    /// Thrown when JSON is requested for a task definition that has validation errors without <c>allowErrors: true</c>.
    /// The message lists every error; <see cref="Errors"/> holds them.
    /// </summary>
    public sealed class TaskDefinitionValidationException : InvalidOperationException
    {
        /// <summary>Creates the exception for a family and its errors.</summary>
        public TaskDefinitionValidationException(string? family, IReadOnlyList<RuleDiagnostic> errors)
            : base(Describe(family, Guard.NotNull(errors, nameof(errors))))
        {
            Errors = errors;
        }

        /// <summary>The errors that blocked emitting the JSON.</summary>
        public IReadOnlyList<RuleDiagnostic> Errors { get; }

        private static string Describe(string? family, IReadOnlyList<RuleDiagnostic> errors)
        {
            var text = new StringBuilder();
            text.Append("Task definition '").Append(family ?? "(no family)").Append("' has ")
                .Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
                .Append("; fix them, or pass allowErrors: true to emit the JSON anyway:");
            foreach (RuleDiagnostic error in errors)
            {
                text.Append('\n').Append("  ").Append(error);
            }

            return text.ToString();
        }
    }
}
