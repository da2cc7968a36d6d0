using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2007: the image has no tag (Docker implies <c>latest</c>) or the tag <c>latest</c> (info); and
    /// <c>versionConsistency</c> is <c>enabled</c> or <c>disabled</c> (error otherwise).
    /// </summary>
    /// <remarks>ECS API ContainerDefinition.versionConsistency and the VersionConsistency enumeration.</remarks>
    [Rule("TDK2007", "MutableImageTag", RuleSeverity.Info, "Mutable image reference")]
    internal sealed class Tdk2007MutableImageTag : TaskDefinitionRule
    {
        public override string Id => RuleIds.MutableImageTag;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                VersionConsistency? consistency = container.VersionConsistency;
                if (consistency.HasValue && !consistency.Value.IsKnown)
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "versionConsistency"),
                        MemberName.Mark("versionConsistency") + " '" + consistency.Value.Value + "' of container " + Tdk2Helpers.Describe(container, i) + " is not valid: use 'enabled' or 'disabled'.",
                        RuleSeverity.Error);
                }

                string? image = container.Image;

                // An organisation policy that requires pinning makes this TDK9403's error rather than advice.
                if (string.IsNullOrEmpty(image) || context.Options.Policy?.ImagePinning is ImagePinning.Tag or ImagePinning.Digest)
                {
                    continue;
                }

                ImageReference reference = ImageReference.Parse(image!);
                if (reference.HasDigest || reference.NameLength == 0 || reference.FirstInvalidNameChar() >= 0)
                {
                    continue;
                }

                if (!reference.HasTag)
                {
                    context.Report(Id, JsonPointer.Container(i, "image"), "Image '" + image + "' has no tag, so Docker pulls ':latest', which can change between deployments: pin an immutable tag or a digest (@sha256:…).");
                }
                else if (reference.TagIsLatest())
                {
                    context.Report(Id, JsonPointer.Container(i, "image"), "Image '" + image + "' uses the mutable tag 'latest': pin an immutable tag or a digest (@sha256:…).");
                }
            }
        }
    }
}
