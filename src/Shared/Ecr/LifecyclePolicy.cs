using System.Collections.Generic;

namespace TaskDefKit.Ecr
{
    /// <summary>
    /// An Amazon ECR lifecycle policy: the JSON document <c>PutLifecyclePolicy</c> takes as <c>lifecyclePolicyText</c>.
    /// Hand-modelled because the document is text to the API (it is no shape of the ECR API model); the grammar is
    /// AWS's "Lifecycle policy properties in Amazon ECR". Pointers of findings are JSON pointers into this document.
    /// </summary>
    public sealed class LifecyclePolicy
    {
        /// <summary>Fewest characters PutLifecyclePolicy takes (ECR API model, <c>LifecyclePolicyText</c>).</summary>
        public const int MinTextLength = 100;

        /// <summary>Most characters PutLifecyclePolicy takes (API model; the "Lifecycle policy length" quota, not adjustable).</summary>
        public const int MaxTextLength = 30720;

        /// <summary>The <c>rules</c> array, in document order.</summary>
        public IList<LifecyclePolicyRule> Rules { get; } = new List<LifecyclePolicyRule>();

        /// <summary>Length of the policy text in characters, when read from text (the API takes 100–30,720).</summary>
        public int? TextLength { get; set; }

        /// <summary>What the reader could not take as policy grammar (malformed JSON, wrong member types, unknown members).</summary>
        public IList<LifecyclePolicyReadProblem> ReadProblems { get; } = new List<LifecyclePolicyReadProblem>();
    }

    /// <summary>One element of <c>rules</c>.</summary>
    public sealed class LifecyclePolicyRule
    {
        /// <summary><c>rulePriority</c>: the order of evaluation, lowest first; unique within the policy.</summary>
        public long? RulePriority { get; set; }

        /// <summary><c>description</c>.</summary>
        public string? Description { get; set; }

        /// <summary><c>selection</c>: which images the rule applies to.</summary>
        public LifecycleSelection? Selection { get; set; }

        /// <summary><c>action</c>: what happens to the selected images.</summary>
        public LifecycleAction? Action { get; set; }
    }

    /// <summary>A rule's <c>selection</c>.</summary>
    public sealed class LifecycleSelection
    {
        /// <summary><c>tagStatus</c>: <c>tagged</c>, <c>untagged</c> or <c>any</c>.</summary>
        public string? TagStatus { get; set; }

        /// <summary><c>tagPatternList</c>: tag patterns with up to four <c>*</c> wildcards each.</summary>
        public IList<string>? TagPatternList { get; set; }

        /// <summary><c>tagPrefixList</c>: tag prefixes.</summary>
        public IList<string>? TagPrefixList { get; set; }

        /// <summary><c>storageClass</c>: <c>standard</c> (default) or <c>archive</c>.</summary>
        public string? StorageClass { get; set; }

        /// <summary><c>countType</c>: <c>imageCountMoreThan</c>, <c>sinceImagePushed</c>, <c>sinceImagePulled</c> or <c>sinceImageTransitioned</c>.</summary>
        public string? CountType { get; set; }

        /// <summary><c>countUnit</c>: <c>days</c> for the <c>since…</c> count types, absent for <c>imageCountMoreThan</c>.</summary>
        public string? CountUnit { get; set; }

        /// <summary><c>countNumber</c>: a positive integer.</summary>
        public long? CountNumber { get; set; }
    }

    /// <summary>A rule's <c>action</c>.</summary>
    public sealed class LifecycleAction
    {
        /// <summary><c>type</c>: <c>expire</c> or <c>transition</c>.</summary>
        public string? Type { get; set; }

        /// <summary><c>targetStorageClass</c>: <c>archive</c>, for <c>transition</c> only.</summary>
        public string? TargetStorageClass { get; set; }
    }

    /// <summary>A part of the policy text the reader could not take (reported as TDK9201).</summary>
    public sealed class LifecyclePolicyReadProblem
    {
        public LifecyclePolicyReadProblem(string pointer, string message)
        {
            Pointer = pointer;
            Message = message;
        }

        /// <summary>JSON pointer into the policy text; empty for the whole text.</summary>
        public string Pointer { get; }

        public string Message { get; }

        /// <summary>Where in the policy text (UTF-8 byte offset) the problem is, when the pointer cannot say (malformed JSON).</summary>
        internal long? TextOffset { get; set; }
    }
}
