using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// An ECS operation input read from JSON (create-service, update-service, run-task, create-cluster
    /// <c>--cli-input-json</c>, or one item of describe-services / describe-clusters output): the model when the text
    /// could be read, and what reading found, each with its JSON pointer and line/column.
    /// </summary>
    /// <typeparam name="T">The input's model class, e.g. <see cref="Model.Services.ServiceDefinition"/>.</typeparam>
    public sealed class EcsInputDocument<T>
        where T : class
    {
        private readonly JsonLocator? _locator;
        private readonly IReadOnlyDictionary<string, string>? _renamed;

        internal EcsInputDocument(T? value, IReadOnlyList<RuleDiagnostic> readDiagnostics, string? file, JsonLocator? locator = null, string pointerPrefix = "", IReadOnlyDictionary<string, string>? renamed = null)
        {
            Value = value;
            ReadDiagnostics = readDiagnostics;
            File = file;
            _locator = locator;
            PointerPrefix = pointerPrefix;
            _renamed = renamed;
        }

        /// <summary>The input, or null when the text is not readable JSON or not an object.</summary>
        public T? Value { get; }

        /// <summary>Malformed JSON, wrong JSON types and the like, in input order.</summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        /// <summary>The file name given when reading, used in locations.</summary>
        public string? File { get; }

        /// <summary>Where the input sits in its file: empty for an input file, <c>/services/2</c> for an item of describe output.</summary>
        public string PointerPrefix { get; }

        /// <summary>True when reading found an error (the input would be rejected as it is).</summary>
        public bool HasErrors => ReadDiagnostics.Any(d => d.Severity == RuleSeverity.Error);

        /// <summary>
        /// Maps a pointer into the operation input (what validators report, e.g. <c>/cluster</c>) to the pointer into
        /// this file (<c>/services/0/clusterArn</c> in describe output, where the member has its output name).
        /// </summary>
        public string ToFilePointer(string inputPointer)
        {
            string pointer = inputPointer;
            if (_renamed != null && pointer.Length > 1)
            {
                int end = pointer.IndexOf('/', 1);
                string first = end < 0 ? pointer.Substring(1) : pointer.Substring(1, end - 1);
                if (_renamed.TryGetValue(first, out string? outputName))
                {
                    pointer = "/" + outputName + (end < 0 ? string.Empty : pointer.Substring(end));
                }
            }

            return PointerPrefix + pointer;
        }

        /// <summary>Where the value at an input pointer starts in the file (or its nearest present ancestor); null when unknown.</summary>
        public SourceLocation? Locate(string inputPointer) => _locator?.Locate(ToFilePointer(inputPointer));

        /// <summary>Where the member's name starts, for findings about the name itself (an unknown member).</summary>
        public SourceLocation? LocateName(string inputPointer) => _locator?.LocateName(ToFilePointer(inputPointer));

        /// <summary>
        /// A validator's finding placed in this file: its pointer mapped with <see cref="ToFilePointer"/> and its
        /// line/column added (the name's for TDK1029, the value's otherwise).
        /// </summary>
        public RuleDiagnostic Place(RuleDiagnostic finding)
        {
            Guard.ThrowIfNull(finding, nameof(finding));
            SourceLocation? location = finding.RuleId == RuleIds.UnknownMember ? LocateName(finding.Pointer) : Locate(finding.Pointer);
            return new RuleDiagnostic(finding.RuleId, finding.Severity, finding.MarkedMessage, ToFilePointer(finding.Pointer), location);
        }
    }
}
