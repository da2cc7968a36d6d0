using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2004: an image tag matches <c>^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$</c> (Docker reference grammar).</summary>
    /// <remarks>distribution/reference regexp.go: <c>tag = [\w][\w.-]{0,127}</c>. ECS passes the image to Docker unchanged.</remarks>
    [Rule("TDK2004", "ImageTag", RuleSeverity.Error, "Image tag is invalid")]
    internal sealed class Tdk2004ImageTag : TaskDefinitionRule
    {
        public override string Id => RuleIds.ImageTag;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                string? image = context.Containers[i].Image;
                if (string.IsNullOrEmpty(image))
                {
                    continue;
                }

                ImageReference reference = ImageReference.Parse(image!);
                if (!reference.HasTag || reference.FirstInvalidNameChar() >= 0 || reference.TagIsValid())
                {
                    continue; // no tag, or the string is already rejected by TDK2003
                }

                string tag = reference.Tag!;
                string why = tag.Length == 0
                    ? "is empty"
                    : tag.Length > 128
                        ? "is " + Tdk2Helpers.Text(tag.Length) + " characters long (at most 128)"
                        : "must start with a letter, digit or '_' and contain only letters, digits, '_', '.' and '-'";
                context.Report(
                    Id,
                    JsonPointer.Container(i, "image"),
                    "The tag '" + tag + "' of image '" + image + "' " + why + ": fix the tag or remove the ':'.");
            }
        }
    }
}
