using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>The metadata to apply to a resource to help you categorize and organize them.</summary>
    /// <remarks>ECR API model shape <c>Tag</c>; members and their order follow it.</remarks>
    public sealed partial class Tag : IHasAdditionalMembers
    {
        /// <summary>One part of a key-value pair that make up a tag.</summary>
        /// <remarks>JSON member <c>Key</c> (required by the API).</remarks>
        public string? Key { get; set; }

        /// <summary>A value acts as a descriptor within a tag category (key).</summary>
        /// <remarks>JSON member <c>Value</c> (required by the API).</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Tag",
            typeof(Tag),
            () => new Tag(),
            new[]
            {
                MemberSchema.Scalar("Key", SchemaKind.String, true, o => ((Tag)o).Key, (o, v) => ((Tag)o).Key = (string?)v),
                MemberSchema.Scalar("Value", SchemaKind.String, true, o => ((Tag)o).Value, (o, v) => ((Tag)o).Value = (string?)v),
            });
    }
}
