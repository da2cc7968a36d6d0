using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1001: <c>family</c> is required, 1–255 ASCII letters, digits, <c>_</c> and <c>-</c>.</summary>
    /// <remarks>ECS API model, RegisterTaskDefinitionRequest.family: "Up to 255 letters (uppercase and lowercase), numbers,
    /// underscores, and hyphens are allowed." AWS answers other characters with "Family contains invalid characters."</remarks>
    [Rule("TDK1001", "FamilyName", RuleSeverity.Error, "Family name is missing or has invalid characters")]
    internal sealed class Tdk1001FamilyName : TaskDefinitionRule
    {
        private const string Pointer = "/family";

        public override string Id => RuleIds.FamilyName;

        public override void Check(ValidationContext context)
        {
            string? family = context.Definition.Family;
            if (family is null || family.Length == 0)
            {
                context.Report(Id, Pointer, "The task definition has no 'family': add a family name of up to 255 letters, digits, '_' and '-'.");
                return;
            }

            if (family.Length > Limits.MaxNameLength)
            {
                context.Report(
                    Id,
                    Pointer,
                    "Family name is " + family.Length.ToString(CultureInfo.InvariantCulture) + " characters long; AWS allows at most 255: shorten it.");
                return;
            }

            for (int i = 0; i < family.Length; i++)
            {
                if (!IsAllowed(family[i]))
                {
                    context.Report(
                        Id,
                        Pointer,
                        "Family name '" + family + "' contains the invalid character '" + family[i] + "' (at " + (i + 1).ToString(CultureInfo.InvariantCulture) +
                        "): use only letters, digits, '_' and '-'.");
                    return;
                }
            }
        }

        internal static bool IsAllowed(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
