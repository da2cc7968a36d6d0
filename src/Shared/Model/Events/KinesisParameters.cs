using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>This object enables you to specify a JSON path to extract from the event and use as the partition key for the Amazon Kinesis data stream, so that you can control the shard to which the event goes.</summary>
    /// <remarks>EventBridge API model shape <c>KinesisParameters</c>; members and their order follow it.</remarks>
    public sealed partial class KinesisParameters : IHasAdditionalMembers
    {
        /// <summary>The JSON path to be extracted from the event and used as the partition key.</summary>
        /// <remarks>JSON member <c>PartitionKeyPath</c> (required by the API).</remarks>
        public string? PartitionKeyPath { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "KinesisParameters",
            typeof(KinesisParameters),
            () => new KinesisParameters(),
            new[]
            {
                MemberSchema.Scalar("PartitionKeyPath", SchemaKind.String, true, o => ((KinesisParameters)o).PartitionKeyPath, (o, v) => ((KinesisParameters)o).PartitionKeyPath = (string?)v),
            });
    }
}
