using System;
using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// A task definition translated into register-input JSON from another layout (a CloudFormation resource, a
    /// Terraform container array), with the source position of every value it wrote and the members whose value was
    /// not known (intrinsic functions, defaults the tool made up). Validation runs on the JSON; findings are mapped
    /// back into the source file, and findings about unknown values are dropped: an unknown value is never an error.
    /// </summary>
    internal sealed class TranslatedDocument
    {
        public TranslatedDocument(byte[] json, string? label, Dictionary<string, (int Line, int Column)> positions, HashSet<string> unknown, HashSet<string> unknownExact)
        {
            Json = json;
            Label = label;
            Positions = positions;
            Unknown = unknown;
            UnknownExact = unknownExact;
        }

        /// <summary>The register-input JSON that is validated.</summary>
        public byte[] Json { get; }

        /// <summary>What part of the file this is, for example <c>Resources/TaskDefinition</c>.</summary>
        public string? Label { get; }

        public Dictionary<string, (int Line, int Column)> Positions { get; }

        /// <summary>Where each member's key is, by pointer: findings about a member's name (TDK1029) point there.</summary>
        public Dictionary<string, (int Line, int Column)> KeyPositions { get; init; } = new Dictionary<string, (int Line, int Column)>();

        /// <summary>Members the source spells other than CloudFormation does: pointer, as written, as it must be written (<see cref="CloudFormation.TranslationProfile.ExactNames"/>).</summary>
        public IReadOnlyList<(string Pointer, string Written, string Spelled)> Misspelt { get; init; } = Array.Empty<(string, string, string)>();

        /// <summary>
        /// How the source names a member given its register-input name; null when it uses those names or the caller
        /// names them (Terraform: <c>TerraformNames</c>, from the placed findings' marked messages). CloudFormation: the
        /// template's PascalCase names, so messages and suggested fixes read as the template must be written.
        /// </summary>
        public Func<string, string>? Naming { get; set; }

        /// <summary>
        /// The same JSON with a placeholder in place of every unknown member, or null when nothing was unknown. A finding
        /// is reported only when it is made both with the unknown members absent and with them present: one that
        /// vanishes when they are present was caused by their absence (for example "no executionRoleArn" when
        /// <c>ExecutionRoleArn</c> is a <c>!GetAtt</c>), and an unknown value is never an error.
        /// </summary>
        public byte[]? PlaceholderJson { get; set; }

        /// <summary>Pointers whose value (and everything under it) is unknown.</summary>
        public HashSet<string> Unknown { get; }

        /// <summary>Pointers of lists that lost an unknown item: findings about the list as a whole are dropped.</summary>
        public HashSet<string> UnknownExact { get; }

        public IEnumerable<RuleDiagnostic> Validate(ValidationOptions options, string displayPath)
        {
            IReadOnlyList<RuleDiagnostic>? withPlaceholders = PlaceholderJson is null ? null : TaskDefinitionDocument.Parse(PlaceholderJson, displayPath).Validate(options);
            return Place(TaskDefinitionDocument.Parse(Json, displayPath).Validate(options), withPlaceholders, displayPath);
        }

        /// <summary>
        /// Findings made on <see cref="Json"/> (and, when there were unknown members, on <see cref="PlaceholderJson"/>),
        /// placed in the source: those about unknown values, or made only while the unknown members were absent, are
        /// dropped; the rest get the source's line/column, its names, and the label.
        /// </summary>
        public IEnumerable<RuleDiagnostic> Place(IEnumerable<RuleDiagnostic> findings, IEnumerable<RuleDiagnostic>? findingsWithPlaceholders, string displayPath)
        {
            Dictionary<(string, string), int>? withPlaceholders = null;
            if (findingsWithPlaceholders != null)
            {
                withPlaceholders = new Dictionary<(string, string), int>();
                foreach (RuleDiagnostic diagnostic in findingsWithPlaceholders)
                {
                    withPlaceholders.TryGetValue((diagnostic.RuleId, diagnostic.Pointer), out int count);
                    withPlaceholders[(diagnostic.RuleId, diagnostic.Pointer)] = count + 1;
                }
            }

            foreach (RuleDiagnostic diagnostic in findings)
            {
                if (IsAboutUnknownValue(diagnostic.Pointer))
                {
                    continue;
                }

                if (withPlaceholders != null)
                {
                    // Made only while the unknown members are absent: caused by their absence, not reported.
                    if (!withPlaceholders.TryGetValue((diagnostic.RuleId, diagnostic.Pointer), out int count) || count == 0)
                    {
                        continue;
                    }

                    withPlaceholders[(diagnostic.RuleId, diagnostic.Pointer)] = count - 1;
                }

                (int line, int column) = TaskDefinitionDocument.LocatesName(diagnostic.RuleId) && KeyPositions.TryGetValue(diagnostic.Pointer, out (int Line, int Column) key)
                    ? key
                    : Locate(diagnostic.Pointer);
                // Without a naming of its own the message keeps its marks, for a caller that names members later (Terraform).
                string text = Naming is null ? diagnostic.MarkedMessage : diagnostic.MessageNaming(Naming);
                string message = Label is null ? text : text + " (" + Label + ")";
                yield return new RuleDiagnostic(diagnostic.RuleId, diagnostic.Severity, message, diagnostic.Pointer, new SourceLocation(displayPath, line, column));
            }
        }

        /// <summary>True when the value at <paramref name="pointer"/> (or an ancestor of it) is unknown.</summary>
        public bool IsUnknown(string pointer) => IsAboutUnknownValue(pointer);

        private bool IsAboutUnknownValue(string pointer)
        {
            if (UnknownExact.Contains(pointer))
            {
                return true;
            }

            string current = pointer;
            while (true)
            {
                if (Unknown.Contains(current))
                {
                    return true;
                }

                int slash = current.LastIndexOf('/');
                if (slash < 0)
                {
                    return false;
                }

                current = current.Substring(0, slash);
            }
        }

        /// <summary>The value's own position, else its nearest ancestor's (an absent member points at its object).</summary>
        private (int Line, int Column) Locate(string pointer)
        {
            string current = pointer;
            while (true)
            {
                if (Positions.TryGetValue(current, out (int Line, int Column) position))
                {
                    return position;
                }

                if (current.Length == 0)
                {
                    return (1, 1);
                }

                current = current.Substring(0, Math.Max(0, current.LastIndexOf('/')));
            }
        }
    }
}
