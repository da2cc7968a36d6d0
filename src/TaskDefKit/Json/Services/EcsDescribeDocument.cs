using System.Collections.Generic;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// Describe output read as the inputs it describes (<c>aws ecs describe-services</c> → one CreateService input per
    /// service): each item with its own findings and locations, and the findings about the text as a whole.
    /// </summary>
    /// <typeparam name="T">The input's model class, e.g. <see cref="Model.Services.ServiceDefinition"/>.</typeparam>
    public sealed class EcsDescribeDocument<T>
        where T : class
    {
        internal EcsDescribeDocument(IReadOnlyList<EcsInputDocument<T>> items, IReadOnlyList<RuleDiagnostic> readDiagnostics, string? file)
        {
            Items = items;
            ReadDiagnostics = readDiagnostics;
            File = file;
        }

        /// <summary>Each described item as an input; pointers of its findings start with its place (<c>/services/0</c>).</summary>
        public IReadOnlyList<EcsInputDocument<T>> Items { get; }

        /// <summary>Findings about the text as a whole: malformed JSON, a list that is not an array, unknown top-level members.</summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        /// <summary>The file name given when reading, used in locations.</summary>
        public string? File { get; }
    }
}
