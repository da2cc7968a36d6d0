using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>
    /// A task definition read from JSON: the model (when the input could be read), the form it came in, what reading
    /// found (malformed JSON, wrong types, read-only members), and positions for every finding.
    /// </summary>
    public sealed class TaskDefinitionDocument
    {
        private readonly JsonLocator _locator;
        private readonly bool _tagsAtTopLevel;
        private readonly HashSet<string>? _unreadablePointers;

        internal TaskDefinitionDocument(
            TaskDefinition? definition,
            DocumentForm form,
            IReadOnlyList<RuleDiagnostic> readDiagnostics,
            string? file,
            JsonLocator locator,
            bool tagsAtTopLevel,
            HashSet<string>? unreadablePointers = null)
        {
            _unreadablePointers = unreadablePointers;
            Definition = definition;
            Form = form;
            ReadDiagnostics = readDiagnostics;
            File = file;
            _locator = locator;
            _tagsAtTopLevel = tagsAtTopLevel;
        }

        /// <summary>The definition, or null when the input is not readable JSON or not an object.</summary>
        public TaskDefinition? Definition { get; }

        public DocumentForm Form { get; }

        /// <summary>The file the document was read from, if any (used in locations).</summary>
        public string? File { get; }

        /// <summary>Findings made while reading (TDK0001, TDK0002, TDK1010, TDK1029 for read-only members), with locations.</summary>
        public IReadOnlyList<RuleDiagnostic> ReadDiagnostics { get; }

        /// <summary>Reads UTF-8 JSON. Never throws for bad input; problems are in <see cref="ReadDiagnostics"/>.</summary>
        public static TaskDefinitionDocument Parse(byte[] utf8, string? file = null)
        {
            Guard.ThrowIfNull(utf8, nameof(utf8));
            return JsonDocumentReader.Read(utf8, file);
        }

        /// <summary>Reads JSON text. Never throws for bad input.</summary>
        public static TaskDefinitionDocument Parse(string json, string? file = null) => Parse(Encoding.UTF8.GetBytes(json), file);

        /// <summary>Reads a file. I/O errors (missing file, no permission) are thrown as usual.</summary>
        public static TaskDefinitionDocument Load(string path) => Parse(System.IO.File.ReadAllBytes(path), path);

        /// <summary>
        /// Everything wrong with the document: the reading findings, then every catalog rule's findings, each with the
        /// JSON pointer into this file and its line and column.
        /// </summary>
        public IReadOnlyList<RuleDiagnostic> Validate(ValidationOptions? options = null)
        {
            var all = new List<RuleDiagnostic>(ReadDiagnostics.Count + 8);
            foreach (RuleDiagnostic diagnostic in ReadDiagnostics)
            {
                if (options?.IgnoredRules != null && options.IgnoredRules.Contains(diagnostic.RuleId))
                {
                    continue;
                }

                all.Add(options?.SeverityOverrides != null && options.SeverityOverrides.TryGetValue(diagnostic.RuleId, out RuleSeverity severity)
                    ? diagnostic.WithSeverity(severity)
                    : diagnostic);
            }

            if (Definition != null)
            {
                foreach (RuleDiagnostic diagnostic in TaskDefinitionValidator.Validate(Definition, options))
                {
                    string pointer = ToFilePointer(diagnostic.Pointer);
                    if (_unreadablePointers != null && _unreadablePointers.Contains(pointer))
                    {
                        // Reading already reported this value (TDK1010) and could not keep it; a rule that now finds
                        // it "missing" would report the same fault twice.
                        continue;
                    }

                    SourceLocation? location = LocatesName(diagnostic.RuleId) ? _locator.LocateName(pointer) : _locator.Locate(pointer);
                    all.Add(new RuleDiagnostic(diagnostic.RuleId, diagnostic.Severity, diagnostic.MarkedMessage, pointer, location));
                }
            }

            return all;
        }

        /// <summary>Findings of these rules are about a member's name, so they point at the name, not its value.</summary>
        internal static bool LocatesName(string ruleId) => ruleId == RuleIds.UnknownMember;

        /// <summary>Where the value at a pointer of this file starts (or its nearest present ancestor).</summary>
        public SourceLocation? Locate(string filePointer) => _locator.Locate(filePointer);

        /// <summary>Maps a pointer into the register-input model to the pointer into this file.</summary>
        public string ToFilePointer(string modelPointer)
        {
            if (Form != DocumentForm.DescribeOutput)
            {
                return modelPointer;
            }

            if (_tagsAtTopLevel && (modelPointer == "/tags" || modelPointer.StartsWith("/tags/", System.StringComparison.Ordinal)))
            {
                return modelPointer;
            }

            return "/taskDefinition" + modelPointer;
        }

        /// <summary>True when any finding is an error.</summary>
        public static bool HasErrors(IEnumerable<RuleDiagnostic> diagnostics)
        {
            Guard.ThrowIfNull(diagnostics, nameof(diagnostics));
            foreach (RuleDiagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Severity == RuleSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
