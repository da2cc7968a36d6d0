using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1028: at most 50 tags; keys 1–128 and values 0–256 characters of <c>[\p{L}\p{Z}\p{N}_.:/=+\-@]</c>;
    /// unique keys; no <c>aws:</c> prefix (any case) on keys or values.</summary>
    /// <remarks>ECS API shapes Tags (max 50), TagKey (1–128, pattern), TagValue (0–256, pattern), and the Tag documentation
    /// ("each tag key must be unique"; "Do not use aws:, AWS:, or any upper or lowercase combination of such as a prefix
    /// for either keys or values"). Lengths count Unicode characters.</remarks>
    [Rule("TDK1028", "Tags", RuleSeverity.Error, "Invalid tags")]
    internal sealed class Tdk1028Tags : TaskDefinitionRule
    {
        public override string Id => RuleIds.Tags;

        public override void Check(ValidationContext context)
        {
            List<Tag>? tags = context.Definition.Tags;
            if (tags is null)
            {
                return;
            }

            if (tags.Count > Limits.MaxTags)
            {
                context.Report(
                    Id,
                    "/tags",
                    "The task definition has " + tags.Count.ToString(CultureInfo.InvariantCulture) + " tags; AWS allows at most 50 per resource: remove " +
                    (tags.Count - Limits.MaxTags).ToString(CultureInfo.InvariantCulture) + ".");
            }

            for (int i = 0; i < tags.Count; i++)
            {
                Tag tag = tags[i];
                string? key = tag.Key;
                if (key is null || key.Length == 0)
                {
                    context.Report(Id, TagPointer(i, "key"), "Tag " + (i + 1).ToString(CultureInfo.InvariantCulture) + " has no key: give it a key of 1 to 128 characters, or remove it.");
                }
                else
                {
                    CheckText(context, i, "key", "Tag key", key, Limits.MaxTagKeyLength);
                    for (int j = 0; j < i; j++)
                    {
                        if (string.Equals(tags[j].Key, key, StringComparison.Ordinal))
                        {
                            context.Report(Id, TagPointer(i, "key"), "Tag key '" + key + "' appears more than once; keys must be unique: remove or rename this tag.");
                            break;
                        }
                    }
                }

                if (tag.Value != null)
                {
                    CheckText(context, i, "value", "Tag value", tag.Value, Limits.MaxTagValueLength);
                }
            }
        }

        private void CheckText(ValidationContext context, int index, string member, string what, string text, int maxLength)
        {
            if (text.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(Id, TagPointer(index, member), what + " '" + text + "' starts with '" + text.Substring(0, 4) + "', a prefix reserved for AWS: remove the prefix.");
                return;
            }

            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                length++;
                if (!IsAllowed(text, i))
                {
                    string bad = char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString();
                    context.Report(
                        Id,
                        TagPointer(index, member),
                        what + " '" + text + "' contains '" + bad + "', which tags do not allow: use letters, digits, spaces and _ . : / = + - @ only.");
                    return;
                }

                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
            }

            if (length > maxLength)
            {
                context.Report(
                    Id,
                    TagPointer(index, member),
                    what + " is " + length.ToString(CultureInfo.InvariantCulture) + " characters long; the maximum is " + maxLength.ToString(CultureInfo.InvariantCulture) +
                    ": shorten it.");
            }
        }

        /// <summary><c>[\p{L}\p{Z}\p{N}_.:/=+\-@]</c> at <paramref name="index"/> (a surrogate pair counts as one character).</summary>
        private static bool IsAllowed(string text, int index)
        {
            char c = text[index];
            if (c < 0x80)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
                       c == '_' || c == '.' || c == ':' || c == '/' || c == '=' || c == '+' || c == '-' || c == '@';
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.OtherNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static string TagPointer(int index, string member) => JsonPointer.Member(JsonPointer.Index("/tags", index), member);
    }
}
