using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2005: the repository path (after an optional registry host) follows the Docker reference grammar: lowercase
    /// components <c>[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*</c> separated by <c>/</c>.
    /// </summary>
    /// <remarks>
    /// distribution/reference regexp.go. ECS accepts upper-case letters in the string but Docker refuses to pull
    /// such a repository ("repository name must be lowercase"). Amazon ECR URIs are left to TDK2006.
    /// </remarks>
    [Rule("TDK2005", "ImageRepositoryCase", RuleSeverity.Warning, "Image repository path is not lowercase")]
    internal sealed class Tdk2005ImageRepositoryCase : TaskDefinitionRule
    {
        public override string Id => RuleIds.ImageRepositoryCase;

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
                if (reference.NameLength == 0 || reference.FirstInvalidNameChar() >= 0 || reference.RepositoryIsCanonical() ||
                    reference.IsEcrPrivate() || reference.IsEcrPublic())
                {
                    continue;
                }

                string repository = reference.Repository;
                string fix = reference.RepositoryHasUpperCase()
                    ? "Docker refuses upper-case repository names: use '" + repository.ToLowerInvariant() + "'."
                    : "each '/'-separated part must be lowercase letters and digits joined by single '.', '_', '__' or dashes.";
                context.Report(
                    Id,
                    JsonPointer.Container(i, "image"),
                    "The repository '" + repository + "' of image '" + image + "' does not follow the Docker reference grammar: " + fix);
            }
        }
    }
}
