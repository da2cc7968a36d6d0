using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The metadata that you apply to a resource to help you categorize and organize them.</summary>
    /// <remarks>ECS API model shape <c>Tag</c>; members and their order follow it.</remarks>
    public sealed partial class Tag : IHasAdditionalMembers
    {
        /// <summary>One part of a key-value pair that make up a tag.</summary>
        /// <remarks>JSON member <c>key</c>.</remarks>
        public string? Key { get; set; }

        /// <summary>The optional part of a key-value pair that make up a tag.</summary>
        /// <remarks>JSON member <c>value</c>.</remarks>
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
                MemberSchema.Scalar("key", SchemaKind.String, false, o => ((Tag)o).Key, (o, v) => ((Tag)o).Key = (string?)v),
                MemberSchema.Scalar("value", SchemaKind.String, false, o => ((Tag)o).Value, (o, v) => ((Tag)o).Value = (string?)v),
            });
    }
}
