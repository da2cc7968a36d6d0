using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// An ECS operation input read from JSON (create-service, update-service, run-task, create-cluster
    /// <c>--cli-input-json</c>): the model when the text could be read, and what reading found, each with its JSON
    /// pointer and line/column.
    /// </summary>
    /// <typeparam name="T">The input's model class, e.g. <see cref="Model.Services.ServiceDefinition"/>.</typeparam>
    public sealed class EcsInputDocument<T>
        where T : class
    {
        internal EcsInputDocument(T? value, IReadOnlyList<RuleDiagnostic> readDiagnostics, string? file)
        {
            Value = value;
            ReadDiagnostics = readDiagnostics;
            File = file;
        }

        /// <summary>The input, or null when the text is not readable JSON or not an object.</summary>
        public T? Value { get; }

        /// <summary>Malformed JSON, wrong JSON types and the like, in input order.</summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        /// <summary>The file name given when reading, used in locations.</summary>
        public string? File { get; }

        /// <summary>True when reading found an error (the input would be rejected as it is).</summary>
        public bool HasErrors => ReadDiagnostics.Any(d => d.Severity == RuleSeverity.Error);
    }
}
