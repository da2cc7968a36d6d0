using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The retry strategy to use for failed jobs, if the target is an Batch job.</summary>
    /// <remarks>EventBridge API model shape <c>BatchRetryStrategy</c>; members and their order follow it.</remarks>
    public sealed partial class BatchRetryStrategy : IHasAdditionalMembers
    {
        /// <summary>The number of times to attempt to retry, if the job fails.</summary>
        /// <remarks>JSON member <c>Attempts</c>.</remarks>
        public int? Attempts { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "BatchRetryStrategy",
            typeof(BatchRetryStrategy),
            () => new BatchRetryStrategy(),
            new[]
            {
                MemberSchema.Scalar("Attempts", SchemaKind.Integer, false, o => ((BatchRetryStrategy)o).Attempts, (o, v) => ((BatchRetryStrategy)o).Attempts = (int?)v),
            });
    }
}
