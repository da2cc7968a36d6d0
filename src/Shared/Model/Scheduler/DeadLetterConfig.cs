using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses as a dead-letter queue for your schedule.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>DeadLetterConfig</c>; members and their order follow it.</remarks>
    public sealed partial class DeadLetterConfig : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the SQS queue specified as the destination for the dead-letter queue.</summary>
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
