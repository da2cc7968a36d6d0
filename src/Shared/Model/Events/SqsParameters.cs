using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>This structure includes the custom parameter to be used when the target is an SQS FIFO queue.</summary>
    /// <remarks>EventBridge API model shape <c>SqsParameters</c>; members and their order follow it.</remarks>
    public sealed partial class SqsParameters : IHasAdditionalMembers
    {
        /// <summary>The FIFO message group ID to use as the target.</summary>
        /// <remarks>JSON member <c>MessageGroupId</c>.</remarks>
        public string? MessageGroupId { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "SqsParameters",
            typeof(SqsParameters),
            () => new SqsParameters(),
            new[]
            {
                MemberSchema.Scalar("MessageGroupId", SchemaKind.String, false, o => ((SqsParameters)o).MessageGroupId, (o, v) => ((SqsParameters)o).MessageGroupId = (string?)v),
            });
    }
}
