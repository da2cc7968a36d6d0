using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// What a service, RunTask or cluster builder's <c>Build()</c> produced: a snapshot of the input and the validator's
    /// findings on it, like <see cref="TaskDefinitionBuildResult"/>. JSON of an input with errors is only emitted when
    /// asked for explicitly (<c>allowErrors: true</c>); otherwise <see cref="EcsInputValidationException"/> lists the errors.
    /// </summary>
    /// <typeparam name="TInput">The model of the API input (<c>ServiceDefinition</c>, <c>RunTask</c>, <c>ClusterDefinition</c>).</typeparam>
    public abstract class EcsInputBuildResult<TInput>
        where TInput : class
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

        private protected EcsInputBuildResult(TInput input, IReadOnlyList<RuleDiagnostic> diagnostics)
        {
            Input = input;
            Diagnostics = diagnostics;
            var errors = new List<RuleDiagnostic>();
            var warnings = new List<RuleDiagnostic>();
            foreach (RuleDiagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == RuleSeverity.Error)
                {
                    errors.Add(diagnostic);
                }
                else if (diagnostic.Severity == RuleSeverity.Warning)
                {
                    warnings.Add(diagnostic);
                }
            }

            Errors = errors;
            Warnings = warnings;
        }

        /// <summary>The input as it was at <c>Build()</c> (a copy: later builder calls do not change it).</summary>
        public TInput Input { get; }

        /// <summary>Every finding on the input (errors, warnings and infos), in rule-ID order, then document order.</summary>
        public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

        /// <summary>The findings with severity <see cref="RuleSeverity.Error"/>.</summary>
        public IReadOnlyList<RuleDiagnostic> Errors { get; }

        /// <summary>The findings with severity <see cref="RuleSeverity.Warning"/>.</summary>
        public IReadOnlyList<RuleDiagnostic> Warnings { get; }

        /// <summary>True when any finding on the input is an error.</summary>
        public bool HasErrors => Errors.Count > 0;

        /// <summary>The AWS operation the JSON is the input of, e.g. <c>CreateService</c>.</summary>
        public abstract string Operation { get; }

        /// <summary>What the messages call the input, e.g. <c>Service 'web'</c>.</summary>
        private protected abstract string Subject { get; }

        /// <summary>Throws <see cref="EcsInputValidationException"/> when the input has errors (each result's <c>ThrowIfErrors</c>).</summary>
        private protected void ThrowIfAnyErrors()
        {
            if (HasErrors)
            {
                throw new EcsInputValidationException(Subject, Errors);
            }
        }

        /// <summary>The <c>--cli-input-json</c> JSON (indented with two spaces, or compact).</summary>
        /// <param name="indented">Two-space indentation (default) or compact.</param>
        /// <param name="allowErrors">Emit even when the input has errors. Without it such an input throws.</param>
        /// <exception cref="EcsInputValidationException">The input has errors and <paramref name="allowErrors"/> is false.</exception>
        public string ToJson(bool indented = true, bool allowErrors = false)
        {
            GuardErrors(allowErrors);
            return Serialize(indented);
        }

        /// <summary>The JSON as UTF-8 bytes (no BOM; a trailing newline when indented), as <see cref="WriteFile"/> writes it.</summary>
        /// <exception cref="EcsInputValidationException">The input has errors and <paramref name="allowErrors"/> is false.</exception>
        public byte[] ToUtf8Bytes(bool indented = true, bool allowErrors = false)
        {
            GuardErrors(allowErrors);
            return Utf8NoBom.GetBytes(Serialize(indented) + (indented ? "\n" : string.Empty));
        }

        /// <summary>Writes the JSON to <paramref name="path"/> (UTF-8 without BOM, trailing newline when indented).</summary>
        /// <exception cref="EcsInputValidationException">The input has errors and <paramref name="allowErrors"/> is false; nothing is written.</exception>
        public void WriteFile(string path, bool indented = true, bool allowErrors = false)
        {
            Guard.ThrowIfNull(path, nameof(path));
            File.WriteAllBytes(path, ToUtf8Bytes(indented, allowErrors));
        }

        private protected abstract string Serialize(bool indented);

        private void GuardErrors(bool allowErrors)
        {
            if (!allowErrors)
            {
                ThrowIfAnyErrors();
            }
        }
    }
}
