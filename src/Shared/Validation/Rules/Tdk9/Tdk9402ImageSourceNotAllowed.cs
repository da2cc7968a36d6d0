using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9402: an image from a registry or repository the organisation policy does not allow
    /// (<see cref="OrganisationPolicy.AllowedRegistries"/>, <see cref="OrganisationPolicy.AllowedRepositories"/>). An image
    /// is allowed when its registry host matches an allowed registry or its repository (host included) an allowed
    /// repository; an image without a host is from <c>docker.io</c>, an official one from <c>docker.io/library/…</c>.
    /// </summary>
    /// <remarks>Images TDK2003 rejects (placeholders such as <c>${IMAGE}</c>) are not judged: their source is not known.</remarks>
    [Rule("TDK9402", "PolicyImageSource", RuleSeverity.Error, "Image source not allowed by the organisation policy")]
    [BuilderInputs("/containerDefinitions/*/image")]
    internal sealed class Tdk9402ImageSourceNotAllowed : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyImageSource;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy is null || (policy.AllowedRegistries is null && policy.AllowedRepositories is null))
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
                if (reference.NameLength == 0 || reference.FirstInvalidNameChar() >= 0)
                {
                    continue;
                }

                string host = reference.Host ?? PolicyMatching.DefaultRegistry;
                string path = reference.Repository;
                string repository = host + "/" + (reference.HasHost || path.IndexOf('/') >= 0 ? path : "library/" + path);
                if (PolicyMatching.AnyMatches(policy.AllowedRegistries, host) || PolicyMatching.AnyMatches(policy.AllowedRepositories, repository))
                {
                    continue;
                }

                string allowed = (policy.AllowedRegistries is null ? string.Empty : policy.Where("allowedRegistries") + ": " + PolicyMatching.Show(policy.AllowedRegistries))
                    + (policy.AllowedRegistries != null && policy.AllowedRepositories != null ? "; " : string.Empty)
                    + (policy.AllowedRepositories is null ? string.Empty : policy.Where("allowedRepositories") + ": " + PolicyMatching.Show(policy.AllowedRepositories));
                context.Report(Id, JsonPointer.Container(i, "image"),
                    "Image '" + image + "' of container " + Tdk2Helpers.Describe(container, i) + " comes from " + repository
                    + ", which the organisation policy does not allow (" + allowed + "): use an image from an allowed registry or repository.");
            }
        }
    }
}
