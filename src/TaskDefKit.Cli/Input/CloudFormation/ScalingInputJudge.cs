using System;
using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// What the Application Auto Scaling resources share: one translated input (a scalable target, a scheduled action,
    /// a policy) read with <see cref="ScalingJson"/>, completed with what the template fixes beyond its own JSON (a
    /// resolved <c>ResourceId</c>, the resource its target gives it), judged by <see cref="ScalingValidator"/> with and
    /// without placeholders for its unknown members, and placed in the template.
    /// </summary>
    internal static class ScalingInputJudge
    {
        private const string ResourceId = "/ResourceId";

        /// <summary>
        /// The findings for one input. <paramref name="complete"/> fills the parsed model in (both runs) and returns the
        /// pointers of the members it took from elsewhere: findings about those belong to where they came from, and are
        /// dropped here. <paramref name="silenced"/> drops a finding whose rule reads a value the template leaves unknown.
        /// </summary>
        public static List<RuleDiagnostic> Judge<T>(
            TranslatedDocument translated,
            Func<byte[], string, EcsInputDocument<T>> parse,
            Func<T, IReadOnlyList<RuleDiagnostic>> validate,
            Func<T, ICollection<string>> complete,
            Func<RuleDiagnostic, bool>? silenced,
            string display)
            where T : class
        {
            ICollection<string> inherited = Array.Empty<string>();
            List<RuleDiagnostic> Run(byte[] json)
            {
                EcsInputDocument<T> document = parse(json, display);
                var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
                if (document.Value != null)
                {
                    inherited = complete(document.Value);
                    foreach (RuleDiagnostic finding in validate(document.Value))
                    {
                        // A value of the wrong type is the reader's finding; that the rules then miss it is no second one.
                        if (!UnderUnreadValue(finding.Pointer, document.ReadDiagnostics))
                        {
                            findings.Add(finding);
                        }
                    }
                }

                return findings;
            }

            List<RuleDiagnostic> made = Run(translated.Json);
            List<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : Run(translated.PlaceholderJson);
            var kept = new List<RuleDiagnostic>();
            foreach (RuleDiagnostic finding in translated.Place(made, withPlaceholders, display))
            {
                if (!inherited.Contains(finding.Pointer) && !(silenced?.Invoke(finding) ?? false))
                {
                    kept.Add(finding);
                }
            }

            return kept;
        }

        private static bool UnderUnreadValue(string pointer, IReadOnlyList<RuleDiagnostic> read)
        {
            foreach (RuleDiagnostic finding in read)
            {
                if (finding.RuleId == RuleIds.JsonType && (pointer == finding.Pointer || pointer.StartsWith(finding.Pointer + "/", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Makes a <c>ResourceId</c> the template builds (<c>!Join</c>, <c>!Sub</c>) a known value of the translation when
        /// <see cref="ScalableTargetIdentity"/> resolved it: findings about it are then reported, at its line. True when
        /// it did: the caller then sets the model's <c>ResourceId</c> to <paramref name="resolved"/> (in both runs).
        /// </summary>
        public static bool KnowResourceId(TranslatedDocument translated, SourceNode? properties, string? resolved)
        {
            SourceNode? node = properties?.Kind == SourceNodeKind.Mapping ? properties.Get("ResourceId") : null;
            if (resolved is null || node is null || !CloudFormationTranslator.IsIntrinsic(node))
            {
                return false;
            }

            translated.Unknown.Remove(ResourceId);
            translated.Positions[ResourceId] = (node.Line, node.Column);
            return true;
        }

        /// <summary>True when the value at <paramref name="pointer"/>, or anything in it, is unknown.</summary>
        public static bool AnythingUnknown(TranslatedDocument translated, string pointer)
        {
            if (translated.IsUnknown(pointer))
            {
                return true;
            }

            foreach (string unknown in translated.Unknown)
            {
                if (unknown.StartsWith(pointer + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (string unknown in translated.UnknownExact)
            {
                if (unknown.StartsWith(pointer + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Gives an input that takes its resource from a scalable target (a policy's <c>ScalingTargetId</c>, an item of
        /// the target's <c>ScheduledActions</c>) the target's <c>ServiceNamespace</c>, <c>ResourceId</c> and
        /// <c>ScalableDimension</c> where it names none itself; returns their pointers, which the target's findings cover.
        /// A member the target leaves unknown stays absent, and its absence is not this input's finding either.
        /// </summary>
        public static ICollection<string> Inherit(object model, ClassSchema schema, ScalableTargetIdentity? target, TranslatedDocument translated)
        {
            var given = new List<string>(3);
            foreach ((string name, string? value) in new[] { ("ServiceNamespace", target?.Namespace), ("ResourceId", target?.ResourceId), ("ScalableDimension", target?.Dimension) })
            {
                MemberSchema? member = schema.Find(name);
                string pointer = "/" + name;
                if (member is null || member.Get(model) != null || translated.IsUnknown(pointer))
                {
                    continue;
                }

                member.Set(model, value is null ? null : member.EnumFactory is null ? value : member.EnumFactory(value));
                given.Add(pointer);
            }

            return given;
        }
    }
}
