using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2003: the image string has at most 255 characters before any <c>@</c>, only letters, digits and
    /// <c>- _ : . / #</c>, and a digest, if any, of the form <c>sha256:</c> + 64 hex digits.
    /// </summary>
    /// <remarks>ECS API ContainerDefinition.image (character set, 255 limit, "The only supported hash function is sha256").</remarks>
    [Rule("TDK2003", "ImageFormat", RuleSeverity.Error, "Image reference has invalid characters or length")]
    internal sealed class Tdk2003ImageFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.ImageFormat;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                string? image = context.Containers[i].Image;
                if (string.IsNullOrEmpty(image))
                {
                    continue; // TDK2002
                }

                ImageReference reference = ImageReference.Parse(image!);
                string Pointer() => JsonPointer.Container(i, "image");
                int bad = reference.FirstInvalidNameChar();
                if (bad >= 0)
                {
                    context.Report(Id, Pointer(), "Image '" + image + "' contains the character '" + image![bad] + "', which ECS does not accept: use only letters, digits and - _ : . / # (replace any template placeholder before registering).");
                }
                else if (reference.NameLength == 0)
                {
                    context.Report(Id, Pointer(), "Image '" + image + "' has no repository before '@': write it as repository-url/image@sha256:<digest>.");
                }
                else if (reference.NameLength > Limits.MaxImageLength)
                {
                    context.Report(Id, Pointer(), "Image '" + image!.Substring(0, 60) + "…' is " + Tdk2Helpers.Text(reference.NameLength) + " characters long before any digest: ECS allows at most 255.");
                }
                else if (reference.HasDigest && !reference.DigestIsSha256())
                {
                    context.Report(Id, Pointer(), "Image '" + image + "' has the digest '" + reference.Digest + "': ECS accepts only 'sha256:' followed by exactly 64 hex digits.");
                }
            }
        }
    }
}
