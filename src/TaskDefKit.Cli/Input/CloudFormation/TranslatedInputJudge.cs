using System;
using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// Judges a resource translated into an API input (<see cref="CloudFormationTranslator"/>): read (wrong types,
    /// unknown members) and validated with the unknown members absent and again with placeholders, then placed in the
    /// template (<see cref="TranslatedDocument.Place"/>). A finding about a member the template leaves out points at
    /// the key of the object that lacks it (<c>EcsParameters:</c> for a missing <c>NetworkConfiguration</c>): the line
    /// to change, where the object's value may start a line later. A property the template spells other than
    /// CloudFormation does (<see cref="TranslationProfile.ExactNames"/>) is one TDK1029 finding on its name.
    /// </summary>
    internal static class TranslatedInputJudge
    {
        public static IEnumerable<RuleDiagnostic> Judge<T>(
            TranslatedDocument translated,
            string display,
            Func<byte[], string, EcsInputDocument<T>> parse,
            Func<T, IEnumerable<RuleDiagnostic>> validate)
            where T : class
        {
            List<RuleDiagnostic> findings = Findings(translated.Json, display, parse, validate);
            List<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : Findings(translated.PlaceholderJson, display, parse, validate);
            var placed = new List<RuleDiagnostic>();
            foreach ((string pointer, string written, string spelled) in translated.Misspelt)
            {
                (int line, int column) = translated.KeyPositions[pointer];
                placed.Add(new RuleDiagnostic(
                    RuleIds.UnknownMember,
                    RuleCatalog.Get(RuleIds.UnknownMember).DefaultSeverity,
                    "'" + written + "' is not a property CloudFormation knows here: write '" + spelled
                        + "' (its names are case-sensitive, and some differ from the API's); CloudFormation rejects the template as it is. (" + translated.Label + ")",
                    pointer,
                    new SourceLocation(display, line, column)));
            }

            foreach (RuleDiagnostic finding in translated.Place(findings, withPlaceholders, display))
            {
                placed.Add(AtOwnerKey(finding, translated, display));
            }

            return placed;
        }

        private static List<RuleDiagnostic> Findings<T>(byte[] json, string display, Func<byte[], string, EcsInputDocument<T>> parse, Func<T, IEnumerable<RuleDiagnostic>> validate)
            where T : class
        {
            EcsInputDocument<T> document = parse(json, display);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            if (document.Value != null)
            {
                findings.AddRange(validate(document.Value));
            }

            return findings;
        }

        /// <summary>A finding about an absent member, moved to the key of its nearest present ancestor when that has one.</summary>
        private static RuleDiagnostic AtOwnerKey(RuleDiagnostic finding, TranslatedDocument translated, string display)
        {
            string current = finding.Pointer;
            if (translated.Positions.ContainsKey(current))
            {
                return finding;
            }

            while (true)
            {
                int slash = current.LastIndexOf('/');
                if (slash < 0)
                {
                    return finding;
                }

                current = current.Substring(0, slash);
                if (translated.Positions.ContainsKey(current))
                {
                    return translated.KeyPositions.TryGetValue(current, out (int Line, int Column) key)
                        ? finding.WithLocation(new SourceLocation(display, key.Line, key.Column))
                        : finding;
                }
            }
        }
    }
}
