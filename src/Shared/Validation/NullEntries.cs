using System;
using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Nulls inside a model's lists and maps (<c>Volumes = [null]</c>, a null container, <c>DockerLabel("k", null)</c>):
    /// the request would hold a JSON <c>null</c> there, which the AWS CLI rejects. They are found once, by walking the
    /// model's schema, and reported as findings; the rules then run on a copy in which each null is an empty value of
    /// its kind, so that no rule has to expect nulls and every list index stays where it was.
    /// </summary>
    internal static class NullEntries
    {
        /// <summary>The pointer of every null list item and map value, in model order; null when there is none.</summary>
        public static List<string>? Find(object model, ClassSchema schema)
        {
            List<string>? found = null;
            Walk(model, schema, JsonPointer.Root, ref found);
            return found;
        }

        /// <summary>A deep copy with every null list item and map value replaced by an empty value of its kind.</summary>
        public static T Filled<T>(T model, ClassSchema schema)
            where T : class => (T)Copy(model, schema);

        /// <summary>The finding's message for the null at <paramref name="pointer"/>.</summary>
        public static string Message(string pointer)
        {
            // /containerDefinitions/0/environment/3 → environment[3]; a map entry → dockerLabels.k
            string[] segments = JsonPointer.Segments(pointer);
            string last = segments[segments.Length - 1];
            string parent = segments.Length > 1 ? segments[segments.Length - 2] : string.Empty;
            string what = last.Length > 0 && char.IsDigit(last[0]) ? parent + "[" + last + "]" : parent + "." + last;
            return "'" + what + "' is null: remove the entry or give it a value (the AWS CLI rejects null).";
        }

        /// <summary>
        /// Runs <paramref name="validate"/> on <paramref name="model"/>, or, when it holds nulls, reports each null
        /// (through <paramref name="report"/>) and validates the filled copy, dropping findings at or under a null.
        /// </summary>
        public static IReadOnlyList<RuleDiagnostic> ValidateAround<T>(T model, ClassSchema schema, Func<T, IReadOnlyList<RuleDiagnostic>> validate, Func<string, RuleDiagnostic?> report)
            where T : class
        {
            List<string>? nulls = Find(model, schema);
            if (nulls is null)
            {
                return validate(model);
            }

            var all = new List<RuleDiagnostic>();
            foreach (string pointer in nulls)
            {
                if (report(pointer) is RuleDiagnostic finding)
                {
                    all.Add(finding);
                }
            }

            var at = new HashSet<string>(nulls, StringComparer.Ordinal);
            foreach (RuleDiagnostic diagnostic in validate(Filled(model, schema)))
            {
                if (!IsAtOrUnder(diagnostic.Pointer, at))
                {
                    all.Add(diagnostic);
                }
            }

            return all;
        }

        /// <summary>True when <paramref name="pointer"/> is one of <paramref name="nulls"/> or lies beneath one.</summary>
        public static bool IsAtOrUnder(string pointer, HashSet<string> nulls)
        {
            string current = pointer;
            while (current.Length > 0)
            {
                if (nulls.Contains(current))
                {
                    return true;
                }

                current = current.Substring(0, current.LastIndexOf('/'));
            }

            return false;
        }

        private static void Walk(object value, ClassSchema schema, string pointer, ref List<string>? found)
        {
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue is null)
                {
                    continue;
                }

                string memberPointer = JsonPointer.Member(pointer, member.JsonName);
                switch (member.Kind)
                {
                    case SchemaKind.Object:
                        Walk(memberValue, member.ObjectSchema!, memberPointer, ref found);
                        break;
                    case SchemaKind.Map:
                        foreach (KeyValuePair<string, string> entry in (Dictionary<string, string>)memberValue)
                        {
                            if (entry.Value is null)
                            {
                                (found ??= new List<string>()).Add(JsonPointer.Member(memberPointer, entry.Key));
                            }
                        }

                        break;
                    case SchemaKind.List:
                        IList list = (IList)memberValue;
                        for (int i = 0; i < list.Count; i++)
                        {
                            object? element = list[i];
                            if (element is null)
                            {
                                (found ??= new List<string>()).Add(JsonPointer.Index(memberPointer, i));
                            }
                            else if (member.ElementKind == SchemaKind.Object)
                            {
                                Walk(element, member.ObjectSchema!, JsonPointer.Index(memberPointer, i), ref found);
                            }
                        }

                        break;
                }
            }
        }

        private static object Copy(object source, ClassSchema schema)
        {
            object target = schema.Create();
            foreach (MemberSchema member in schema.Members)
            {
                object? value = member.Get(source);
                if (value is null)
                {
                    continue;
                }

                switch (member.Kind)
                {
                    case SchemaKind.Object:
                        member.Set(target, Copy(value, member.ObjectSchema!));
                        break;
                    case SchemaKind.Map:
                        var map = new Dictionary<string, string>(StringComparer.Ordinal);
                        foreach (KeyValuePair<string, string> entry in (Dictionary<string, string>)value)
                        {
                            map[entry.Key] = entry.Value ?? string.Empty;
                        }

                        member.Set(target, map);
                        break;
                    case SchemaKind.List:
                        IList copy = member.CreateList!();
                        foreach (object? element in (IList)value)
                        {
                            copy.Add(member.ElementKind == SchemaKind.Object
                                ? element is null ? member.ObjectSchema!.Create() : Copy(element, member.ObjectSchema!)
                                : element ?? Empty(member));
                        }

                        member.Set(target, copy);
                        break;
                    default:
                        member.Set(target, value);
                        break;
                }
            }

            if (source is IHasAdditionalMembers withExtras && withExtras.AdditionalMembers is { } extras)
            {
                ((IHasAdditionalMembers)target).AdditionalMembers = new List<AdditionalMember>(extras);
            }

            return target;
        }

        /// <summary>The empty value of a list's element kind (only strings can be null among the scalar kinds).</summary>
        private static object Empty(MemberSchema member) =>
            member.ElementKind == SchemaKind.Enum ? member.EnumFactory!(string.Empty) : string.Empty;
    }
}
