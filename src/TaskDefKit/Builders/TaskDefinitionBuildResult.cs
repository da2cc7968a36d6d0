using System.Collections.Generic;
using System.IO;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders
{
    /// <summary>
    /// What <see cref="TaskDefinitionBuilder.Build"/> produced: a snapshot of the task definition and the validator's
    /// findings on it. JSON of a definition with errors is only emitted when asked for explicitly
    /// (<c>allowErrors: true</c>); otherwise <see cref="TaskDefinitionValidationException"/> lists the errors.
    /// </summary>
    public sealed class TaskDefinitionBuildResult
    {
        internal TaskDefinitionBuildResult(TaskDefinition definition, IReadOnlyList<RuleDiagnostic> diagnostics)
        {
            Definition = definition;
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

        /// <summary>
        /// The task definition as it was at <see cref="TaskDefinitionBuilder.Build"/> (a copy: later builder calls do
        /// not change it). The diagnostics describe this state; if you change it, validate again.
        /// </summary>
        public TaskDefinition Definition { get; }

        /// <summary>Every finding (errors, warnings and infos), in rule-ID order, then document order.</summary>
        public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

        /// <summary>The findings with severity <see cref="RuleSeverity.Error"/>.</summary>
        public IReadOnlyList<RuleDiagnostic> Errors { get; }

        /// <summary>The findings with severity <see cref="RuleSeverity.Warning"/>.</summary>
        public IReadOnlyList<RuleDiagnostic> Warnings { get; }

        /// <summary>True when any finding is an error.</summary>
        public bool HasErrors => Errors.Count > 0;

        /// <summary>Throws <see cref="TaskDefinitionValidationException"/> when the definition has errors; returns this otherwise.</summary>
        public TaskDefinitionBuildResult ThrowIfErrors()
        {
            if (HasErrors)
            {
                throw new TaskDefinitionValidationException(Definition.Family, Errors);
            }

            return this;
        }

        /// <summary>
        /// The register-task-definition JSON (indented with two spaces, or compact).
        /// </summary>
        /// <param name="indented">Two-space indentation (default) or compact.</param>
        /// <param name="allowErrors">Emit even when the definition has errors. Without it such a definition throws.</param>
        /// <exception cref="TaskDefinitionValidationException">The definition has errors and <paramref name="allowErrors"/> is false.</exception>
        public string ToJson(bool indented = true, bool allowErrors = false)
        {
            GuardErrors(allowErrors);
            return TaskDefinitionJson.Serialize(Definition, indented);
        }

        /// <summary>The JSON as UTF-8 bytes (no BOM; a trailing newline when indented), as <see cref="WriteFile"/> writes it.</summary>
        /// <exception cref="TaskDefinitionValidationException">The definition has errors and <paramref name="allowErrors"/> is false.</exception>
        public byte[] ToUtf8Bytes(bool indented = true, bool allowErrors = false)
        {
            GuardErrors(allowErrors);
            return TaskDefinitionJson.SerializeToUtf8(Definition, indented);
        }

        /// <summary>Writes the JSON to <paramref name="path"/> (UTF-8 without BOM, trailing newline when indented).</summary>
        /// <exception cref="TaskDefinitionValidationException">The definition has errors and <paramref name="allowErrors"/> is false; nothing is written.</exception>
        public void WriteFile(string path, bool indented = true, bool allowErrors = false)
        {
            GuardErrors(allowErrors);
            File.WriteAllBytes(path, TaskDefinitionJson.SerializeToUtf8(Definition, indented));
        }

        private void GuardErrors(bool allowErrors)
        {
            if (!allowErrors)
            {
                ThrowIfErrors();
            }
        }
    }
}
