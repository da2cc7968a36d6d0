using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Thrown when JSON is requested for a service, RunTask or cluster input that has validation errors without
    /// <c>allowErrors: true</c>. The message lists every error; <see cref="Errors"/> holds them.
    /// </summary>
    public sealed class EcsInputValidationException : InvalidOperationException
    {
        /// <summary>Creates the exception for an input (e.g. <c>Service 'web'</c>) and its errors.</summary>
        public EcsInputValidationException(string subject, IReadOnlyList<RuleDiagnostic> errors)
            : base(Describe(Guard.NotNull(subject, nameof(subject)), Guard.NotNull(errors, nameof(errors))))
        {
            Errors = errors;
        }

        /// <summary>The errors that blocked emitting the JSON.</summary>
        public IReadOnlyList<RuleDiagnostic> Errors { get; }

        private static string Describe(string subject, IReadOnlyList<RuleDiagnostic> errors)
        {
            var text = new StringBuilder();
            text.Append(subject).Append(" has ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
                .Append("; fix them, or pass allowErrors: true to emit the JSON anyway:");
            foreach (RuleDiagnostic error in errors)
            {
                text.Append('\n').Append("  ").Append(error);
            }

            return text.ToString();
        }
    }
}
