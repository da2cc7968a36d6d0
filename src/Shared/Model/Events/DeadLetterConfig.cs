using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue (DLQ).</summary>
    /// <remarks>EventBridge API model shape <c>DeadLetterConfig</c>; members and their order follow it.</remarks>
    public sealed partial class DeadLetterConfig : IHasAdditionalMembers
    {
        /// <summary>The ARN of the SQS queue specified as the target for the dead-letter queue.</summary>
        /// <remarks>JSON member <c>Arn</c>.</remarks>
        public string? Arn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeadLetterConfig",
            typeof(DeadLetterConfig),
            () => new DeadLetterConfig(),
            new[]
            {
                MemberSchema.Scalar("Arn", SchemaKind.String, false, o => ((DeadLetterConfig)o).Arn, (o, v) => ((DeadLetterConfig)o).Arn = (string?)v),
            });
    }
}
