using System;
using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1029: every JSON member is one RegisterTaskDefinition defines, at any depth.</summary>
    /// <remarks>ECS API model RegisterTaskDefinitionRequest and its member shapes: the AWS CLI's client-side validation
    /// rejects unknown keys ("Unknown parameter in containerDefinitions[0]: ..."). The reader keeps unknown members in
    /// <see cref="IHasAdditionalMembers.AdditionalMembers"/> (and itself reports the read-only members of
    /// describe-task-definition output); this rule walks the model through its <see cref="ClassSchema"/> tables and reports
    /// each kept member at its exact pointer. The walk first only looks (no allocation); pointers are built only when
    /// something is found.</remarks>
    [Rule("TDK1029", "UnknownMember", RuleSeverity.Error, "Member is not part of RegisterTaskDefinition")]
    internal sealed class Tdk1029UnknownMember : TaskDefinitionRule
    {
        public override string Id => RuleIds.UnknownMember;

        public override void Check(ValidationContext context)
        {
            if (HasUnknown(context.Definition, TaskDefinition.Schema))
            {
                Report(context, context.Definition, TaskDefinition.Schema, JsonPointer.Root);
            }
        }

        private static bool HasUnknown(object target, ClassSchema schema)
        {
            if (target is IHasAdditionalMembers extended && extended.AdditionalMembers != null && extended.AdditionalMembers.Count > 0)
            {
                return true;
            }

            MemberSchema[] members = schema.ObjectMembers;
            for (int m = 0; m < members.Length; m++)
            {
                MemberSchema member = members[m];
                if (member.Kind == SchemaKind.Object)
                {
                    object? child = member.Get(target);
                    if (child != null && HasUnknown(child, member.ObjectSchema!))
                    {
                        return true;
                    }
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object)
                {
                    if (member.Get(target) is IList list && list.Count > 0)
                    {
                        ClassSchema elementSchema = member.ObjectSchema!;
                        for (int i = 0; i < list.Count; i++)
                        {
                            object? element = list[i];
                            if (element != null && HasUnknown(element, elementSchema))
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
        }

        private void Report(ValidationContext context, object target, ClassSchema schema, string pointer)
        {
            if (target is IHasAdditionalMembers extended && extended.AdditionalMembers != null)
            {
                foreach (AdditionalMember unknown in extended.AdditionalMembers)
                {
                    context.Report(Id, JsonPointer.Member(pointer, unknown.Name), Message(unknown.Name, schema, pointer));
                }
            }

            foreach (MemberSchema member in schema.ObjectMembers)
            {
                if (member.Kind == SchemaKind.Object)
                {
                    object? child = member.Get(target);
                    if (child != null && HasUnknown(child, member.ObjectSchema!))
                    {
                        Report(context, child, member.ObjectSchema!, JsonPointer.Member(pointer, member.JsonName));
                    }
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object && member.Get(target) is IList list)
                {
                    ClassSchema elementSchema = member.ObjectSchema!;
                    for (int i = 0; i < list.Count; i++)
                    {
                        object? element = list[i];
                        if (element != null && HasUnknown(element, elementSchema))
                        {
                            Report(context, element, elementSchema, JsonPointer.Index(JsonPointer.Member(pointer, member.JsonName), i));
                        }
                    }
                }
            }
        }

        private static string Message(string name, ClassSchema schema, string pointer)
        {
            string where = pointer.Length == 0 ? "the task definition" : schema.ApiShapeName + " (" + pointer + ")";
            string? suggestion = Suggest(name, schema);
            // Names are marked, so a CloudFormation report shows the template's spelling (PortMappings, not portMappings).
            return "'" + MemberName.Mark(name) + "' is not a member of " + where + " in RegisterTaskDefinition, and the AWS CLI rejects unknown members: " +
                   (suggestion != null ? "did you mean '" + MemberName.Mark(suggestion) + "'?" : "remove it.");
        }

        /// <summary>A known member the name is probably a misspelling of: same letters in another case, or at most two edits away.</summary>
        internal static string? Suggest(string name, ClassSchema schema)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (MemberSchema member in schema.Members)
            {
                if (string.Equals(member.JsonName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return member.JsonName;
                }

                int distance = EditDistance(name.ToLowerInvariant(), member.JsonName.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = member.JsonName;
                }
            }

            int allowed = name.Length < 5 ? 1 : 2;
            return bestDistance <= allowed ? best : null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
