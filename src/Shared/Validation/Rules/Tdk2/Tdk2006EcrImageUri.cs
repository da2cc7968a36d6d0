using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2006: Amazon ECR image URIs are well formed: private
    /// <c>^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/&lt;repo&gt;(:&lt;tag&gt;|@sha256:[a-f0-9]{64})?$</c>
    /// with a 2–256 character lowercase repository; public <c>public.ecr.aws/&lt;alias&gt;/&lt;repo&gt;</c> with a
    /// 2–205 character repository.
    /// </summary>
    /// <remarks>
    /// ECR API RepositoryName (min 2, max 256, pattern); ECR user guide, Registries (registry URL
    /// <c>aws_account_id.dkr.ecr.region.amazonaws.com</c>, <c>.com.cn</c> in China); ECR Public API Repository.
    /// The FIPS host form is accepted (catalog: unconfirmed) so that it is never flagged.
    /// </remarks>
    [Rule("TDK2006", "EcrImageUri", RuleSeverity.Error, "Malformed Amazon ECR image URI")]
    internal sealed class Tdk2006EcrImageUri : TaskDefinitionRule
    {
        private const int MinRepositoryLength = 2;
        private const int MaxPrivateRepositoryLength = 256;
        private const int MaxPublicRepositoryLength = 205;

        public override string Id => RuleIds.EcrImageUri;

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
                if (reference.FirstInvalidNameChar() >= 0)
                {
                    continue; // TDK2003 (e.g. "<account>.dkr.ecr.<region>.amazonaws.com/app")
                }

                string? problem = null;
                if (reference.IsEcrPrivate())
                {
                    problem = CheckPrivate(reference);
                }
                else if (reference.IsEcrPublic())
                {
                    problem = CheckPublic(reference);
                }

                if (problem != null)
                {
                    context.Report(Id, JsonPointer.Container(i, "image"), "Amazon ECR image '" + image + "' " + problem);
                }
            }
        }

        private static string? CheckPrivate(ImageReference reference)
        {
            if (!reference.EcrPrivateHostIsValid())
            {
                return "has the registry host '" + reference.Host + "': write it as <12-digit account id>.dkr.ecr.<region>.amazonaws.com (.amazonaws.com.cn in China).";
            }

            int length = reference.RepositoryLength;
            if (length < MinRepositoryLength || length > MaxPrivateRepositoryLength)
            {
                return "has a repository name of " + Tdk2Helpers.Text(length) + " characters: ECR repository names are 2–256 characters.";
            }

            if (!reference.RepositoryIsCanonical())
            {
                return "has the repository '" + reference.Repository + "': ECR repository names use lowercase letters, digits and single '.', '_', '__' or dashes between them, with '/' for namespaces.";
            }

            if (reference.HasDigest && reference.DigestIsSha256() && !reference.DigestIsSha256(lowercaseOnly: true))
            {
                return "has an upper-case digest: ECR image digests are 'sha256:' followed by 64 lowercase hex digits.";
            }

            return null;
        }

        private static string? CheckPublic(ImageReference reference)
        {
            string text = reference.Text;
            int start = reference.RepositoryStart;
            int end = start + reference.RepositoryLength;
            int slash = text.IndexOf('/', start, end - start);
            if (slash < 0)
            {
                return "has no registry alias: write it as public.ecr.aws/<alias>/<repository>.";
            }

            if (!ImageReference.IsPathComponent(text, start, slash - start))
            {
                return "has the registry alias '" + text.Substring(start, slash - start) + "': aliases use lowercase letters, digits and '.', '_' or '-' between them.";
            }

            int repoLength = end - slash - 1;
            if (repoLength < MinRepositoryLength || repoLength > MaxPublicRepositoryLength)
            {
                return "has a repository name of " + Tdk2Helpers.Text(repoLength) + " characters: ECR Public repository names are 2–205 characters.";
            }

            if (!ImageReference.IsCanonicalPath(text, slash + 1, repoLength, singleSeparators: true))
            {
                return "has the repository '" + text.Substring(slash + 1, repoLength) + "': ECR Public repository names use lowercase letters and digits with single '.', '_' or '-' between them and '/' for namespaces.";
            }

            return null;
        }
    }
}
