using System.Collections.Generic;

namespace TaskDefKit.Iam
{
    /// <summary>What the derivation cannot read from the definition itself.</summary>
    public sealed class IamPolicyOptions
    {
        /// <summary>The task's Region (for names that are not ARNs, e.g. an SSM parameter by name); else &lt;REGION&gt;.</summary>
        public string? Region { get; set; }

        /// <summary>The task's account; else taken from a role ARN of the definition, else &lt;ACCOUNT_ID&gt;.</summary>
        public string? AccountId { get; set; }

        /// <summary>
        /// Register-input JSON pointers whose values are unknown (CloudFormation intrinsics, Terraform references): each
        /// becomes a named placeholder, never a guessed ARN.
        /// </summary>
        public ISet<string>? UnknownPointers { get; set; }

        /// <summary>Events role only: the target sets tags (<c>Tags</c> or <c>PropagateTags</c>), so RunTask needs <c>ecs:TagResource</c>.</summary>
        public bool TargetSetsTags { get; set; }
    }
}
