using System;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// A small, local check for Amazon ECR private-registry images (TDK6016). It looks only at the registry host; the
    /// general image-reference parser lives elsewhere.
    /// </summary>
    internal static class SecurityImageHost
    {
        /// <summary>
        /// True when the image's registry host is an Amazon ECR private registry:
        /// <c>&lt;account&gt;.dkr.ecr.&lt;region&gt;.amazonaws.com</c> or <c>….amazonaws.com.cn</c>.
        /// </summary>
        public static bool IsEcrPrivateImage(string? image)
        {
            if (image is null)
            {
                return false;
            }

            int slash = image.IndexOf('/');
            if (slash <= 0)
            {
                return false; // no registry host: Docker Hub or a bare name
            }

            int end = slash;
            int colon = image.IndexOf(':', 0, slash);
            if (colon >= 0)
            {
                end = colon; // host:port
            }

            return ContainsIgnoreCase(image, ".dkr.ecr.", end)
                && (EndsWithIgnoreCase(image, ".amazonaws.com", end) || EndsWithIgnoreCase(image, ".amazonaws.com.cn", end));
        }

        private static bool ContainsIgnoreCase(string text, string value, int end) =>
            end >= value.Length && text.IndexOf(value, 0, end, StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool EndsWithIgnoreCase(string text, string suffix, int end) =>
            end > suffix.Length && string.Compare(text, end - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
