using System.Collections;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Rules;
using TaskDefKit.Validation;
using TaskDefKit.Validation.Rules.Tdk1;

namespace TaskDefKit.Json
{
    /// <summary>
    /// The members of an operation input that its API shape does not define, at any depth (the reader keeps them in
    /// <see cref="IHasAdditionalMembers.AdditionalMembers"/>): the AWS CLI rejects each ("Unknown parameter in
    /// loadBalancers[0]: ..."), so each is a TDK1029 finding on its name, as for a task definition.
    /// </summary>
    internal static class UnknownInputMembers
    {
        public static void Report(object model, ClassSchema schema, string operation, string prefix, JsonLocator locator, List<RuleDiagnostic> diagnostics) =>
            Walk(model, schema, operation, prefix, string.Empty, locator, diagnostics);

        private static void Walk(object target, ClassSchema schema, string operation, string prefix, string pointer, JsonLocator locator, List<RuleDiagnostic> diagnostics)
        {
            if (target is IHasAdditionalMembers extended && extended.AdditionalMembers != null)
            {
                foreach (AdditionalMember unknown in extended.AdditionalMembers)
                {
                    string memberPointer = JsonPointer.Member(pointer, unknown.Name);
                    string? suggestion = Tdk1029UnknownMember.Suggest(unknown.Name, schema);
                    string where = pointer.Length == 0 ? "the " + operation + " input" : schema.ApiShapeName + " (" + pointer + ")";
                    diagnostics.Add(new RuleDiagnostic(
                        RuleIds.UnknownMember,
                        RuleCatalog.Get(RuleIds.UnknownMember).DefaultSeverity,
                        "'" + MemberName.Mark(unknown.Name) + "' is not a member of " + where + ", and the AWS CLI rejects unknown members: " +
                        (suggestion != null ? "did you mean '" + MemberName.Mark(suggestion) + "'?" : "remove it."),
                        prefix + memberPointer,
                        locator.LocateName(prefix + memberPointer)));
                }
            }

            foreach (MemberSchema member in schema.ObjectMembers)
            {
                object? value = member.Get(target);
                if (member.Kind == SchemaKind.Object && value != null)
                {
                    Walk(value, member.ObjectSchema!, operation, prefix, JsonPointer.Member(pointer, member.JsonName), locator, diagnostics);
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object && value is IList list)
                {
                    for (int i = 0; i < list.Count; i++)
                    {
                        if (list[i] is object element)
                        {
                            Walk(element, member.ObjectSchema!, operation, prefix, JsonPointer.Index(JsonPointer.Member(pointer, member.JsonName), i), locator, diagnostics);
                        }
                    }
                }
            }
        }
    }
}
