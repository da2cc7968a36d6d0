using System.Collections.Generic;
using TaskDefKit.Ecr;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>
    /// TDK9208: a lifecycle rule can expire (or archive, which makes it unpullable) an image tag that a task definition
    /// of the same run references: the next task launch or scale-out then fails with CannotPullContainerError.
    /// </summary>
    /// <remarks>
    /// Source: AWS "Lifecycle policy properties in Amazon ECR" (selection), "Archiving an image" ("Archived images cannot
    /// be pulled"). "Can": a count rule expires the tag only once enough newer images exist, an age rule once the image
    /// is old enough — both happen to a running image sooner or later, so the rule warns.
    /// </remarks>
    [Rule("TDK9208", "LifecycleExpiresReferencedTag", RuleSeverity.Warning, "Lifecycle rule can expire an image tag a task definition uses")]
    internal sealed class Tdk9208LifecycleExpiresReferencedTag : EcrRule
    {
        public override string Id => RuleIds.LifecycleExpiresReferencedTag;

        public override void Check(EcrValidationContext context)
        {
            if (context.Policy is null || context.TaskDefinitions.Count == 0)
            {
                return;
            }

            var reported = new HashSet<string>();
            foreach (TaskDefinition definition in context.TaskDefinitions)
            {
                IList<ContainerDefinition>? containers = definition?.ContainerDefinitions;
                if (containers is null)
                {
                    continue;
                }

                foreach (ContainerDefinition container in containers)
                {
                    string? tag = TagInRepository(container?.Image, context.Repository?.RepositoryName);
                    if (tag is null)
                    {
                        continue;
                    }

                    for (int i = 0; i < context.Policy.Rules.Count; i++)
                    {
                        LifecyclePolicyRule rule = context.Policy.Rules[i];
                        if (CanRemove(rule, tag) && reported.Add(i + "\n" + container!.Image))
                        {
                            string how = rule.Action!.Type == "transition" ? "archive (archived images cannot be pulled)" : "expire";
                            context.Report(Id, LifecyclePointers.Rule(i) + "/selection", LifecyclePointers.Label(rule, i) + " can " + how + " image '" + container.Image
                                + "', which task definition '" + (definition!.Family ?? "?") + "' container '" + (container.Name ?? "?")
                                + "' uses: tasks that start after that fail to pull it. Exclude the tag from the rule (tagPatternList), or reference images by digest from a tag the policy keeps.");
                        }
                    }
                }
            }
        }

        /// <summary>The tag of a private ECR image in <paramref name="repository"/> (any ECR repository when unknown); null otherwise.</summary>
        private static string? TagInRepository(string? image, string? repository)
        {
            if (image is null || !SecurityImageHost.IsEcrPrivateImage(image))
            {
                return null;
            }

            ImageReference reference = ImageReference.Parse(image);
            if (!reference.HasTag || reference.HasDigest)
            {
                return null; // a digest pins the image; untagged-by-tag references are not what tag rules select
            }

            return repository is null || reference.Repository == repository ? reference.Tag : null;
        }

        private static bool CanRemove(LifecyclePolicyRule rule, string tag)
        {
            LifecycleSelection? selection = rule.Selection;
            string? action = rule.Action?.Type;
            if (selection is null || (action != "expire" && action != "transition") || (selection.StorageClass ?? "standard") != "standard")
            {
                return false;
            }

            switch (selection.TagStatus)
            {
                case "any":
                    return true;
                case "tagged":
                    return AnyPrefix(selection.TagPrefixList, tag) || AnyPattern(selection.TagPatternList, tag);
                default:
                    return false;
            }
        }

        private static bool AnyPrefix(IList<string>? prefixes, string tag)
        {
            if (prefixes != null)
            {
                foreach (string prefix in prefixes)
                {
                    if (prefix.Length > 0 && tag.StartsWith(prefix, System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool AnyPattern(IList<string>? patterns, string tag)
        {
            if (patterns != null)
            {
                foreach (string pattern in patterns)
                {
                    if (pattern.Length > 0 && Glob(pattern, 0, tag, 0))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // '*' matches any run of characters; at most four wildcards (TDK9204), so the backtracking stays small.
        private static bool Glob(string pattern, int p, string text, int t)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    for (int k = t; k <= text.Length; k++)
                    {
                        if (Glob(pattern, p + 1, text, k))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (t >= text.Length || pattern[p] != text[t])
                {
                    return false;
                }

                p++;
                t++;
            }

            return t == text.Length;
        }
    }
}
