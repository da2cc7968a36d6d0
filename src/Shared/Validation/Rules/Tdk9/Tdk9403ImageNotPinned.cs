using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9403: an image not pinned the way the organisation policy requires (<see cref="OrganisationPolicy.ImagePinning"/>):
    /// <c>tag</c> accepts any tag but <c>latest</c> (no tag means <c>latest</c>) or a digest; <c>digest</c> accepts only a
    /// digest (<c>@sha256:…</c>). Where the policy asks for pinning, this rule replaces TDK2007's advice.
    /// </summary>
    [Rule("TDK9403", "PolicyImagePinning", RuleSeverity.Error, "Image not pinned as the organisation policy requires")]
    [BuilderInputs("/containerDefinitions/*/image")]
    internal sealed class Tdk9403ImageNotPinned : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyImagePinning;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy is null || policy.ImagePinning == ImagePinning.None)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                string? image = container?.Image;
                if (container is null || string.IsNullOrEmpty(image))
                {
                    continue;
                }

                ImageReference reference = ImageReference.Parse(image!);
                if (reference.NameLength == 0 || reference.FirstInvalidNameChar() >= 0 || reference.HasDigest)
                {
                    continue;
                }

                string where = policy.Where("imagePinning");
                string? problem = policy.ImagePinning == ImagePinning.Digest
                    ? "is not pinned by a digest, which " + where + " requires: reference it as repository@sha256:<digest>"
                    : !reference.HasTag
                        ? "has no tag, so Docker pulls ':latest', and " + where + " requires a pinned tag: name a version tag or a digest (@sha256:…)"
                        : reference.TagIsLatest()
                            ? "uses the tag 'latest', and " + where + " requires a pinned tag: name a version tag or a digest (@sha256:…)"
                            : null;
                if (problem != null)
                {
                    context.Report(Id, JsonPointer.Container(i, "image"), "Image '" + image + "' of container " + Tdk2Helpers.Describe(container, i) + " " + problem + ".");
                }
            }
        }
    }
}
