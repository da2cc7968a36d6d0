using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The templated target type for the Amazon Kinesis PutRecord API operation.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>KinesisParameters</c>; members and their order follow it.</remarks>
    public sealed partial class KinesisParameters : IHasAdditionalMembers
    {
        /// <summary>Specifies the shard to which EventBridge Scheduler sends the event.</summary>
        /// <remarks>JSON member <c>PartitionKey</c> (required by the API).</remarks>
        public string? PartitionKey { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "KinesisParameters",
            typeof(KinesisParameters),
            () => new KinesisParameters(),
            new[]
            {
                MemberSchema.Scalar("PartitionKey", SchemaKind.String, true, o => ((KinesisParameters)o).PartitionKey, (o, v) => ((KinesisParameters)o).PartitionKey = (string?)v),
            });
    }
}
