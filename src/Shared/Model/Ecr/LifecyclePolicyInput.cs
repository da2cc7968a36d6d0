using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>The input of PutLifecyclePolicy (<c>aws ecr put-lifecycle-policy --cli-input-json</c>): the policy is text (<c>LifecyclePolicyText</c>), read by <c>TaskDefKit.Ecr.EcrDocument</c>.</summary>
    /// <remarks>ECR API model shape <c>PutLifecyclePolicyRequest</c>; members and their order follow it.</remarks>
    public sealed partial class LifecyclePolicyInput : IHasAdditionalMembers
    {
        /// <summary>The Amazon Web Services account ID associated with the registry that contains the repository.</summary>
        /// <remarks>JSON member <c>registryId</c>.</remarks>
        public string? RegistryId { get; set; }

        /// <summary>The name of the repository to receive the policy.</summary>
        /// <remarks>JSON member <c>repositoryName</c> (required by the API).</remarks>
        public string? RepositoryName { get; set; }

        /// <summary>The JSON repository policy text to apply to the repository.</summary>
        /// <remarks>JSON member <c>lifecyclePolicyText</c> (required by the API).</remarks>
        public string? LifecyclePolicyText { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PutLifecyclePolicyRequest",
            typeof(LifecyclePolicyInput),
            () => new LifecyclePolicyInput(),
            new[]
            {
                MemberSchema.Scalar("registryId", SchemaKind.String, false, o => ((LifecyclePolicyInput)o).RegistryId, (o, v) => ((LifecyclePolicyInput)o).RegistryId = (string?)v),
                MemberSchema.Scalar("repositoryName", SchemaKind.String, true, o => ((LifecyclePolicyInput)o).RepositoryName, (o, v) => ((LifecyclePolicyInput)o).RepositoryName = (string?)v),
                MemberSchema.Scalar("lifecyclePolicyText", SchemaKind.String, true, o => ((LifecyclePolicyInput)o).LifecyclePolicyText, (o, v) => ((LifecyclePolicyInput)o).LifecyclePolicyText = (string?)v),
            });
    }
}
