using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>A RetryPolicy object that includes information about the retry policy settings.</summary>
    /// <remarks>EventBridge API model shape <c>RetryPolicy</c>; members and their order follow it.</remarks>
    public sealed partial class RetryPolicy : IHasAdditionalMembers
    {
        /// <summary>The maximum number of retry attempts to make before the request fails.</summary>
        /// <remarks>JSON member <c>MaximumRetryAttempts</c>.</remarks>
        public int? MaximumRetryAttempts { get; set; }

        /// <summary>The maximum amount of time, in seconds, to continue to make retry attempts.</summary>
        /// <remarks>JSON member <c>MaximumEventAgeInSeconds</c>.</remarks>
        public int? MaximumEventAgeInSeconds { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RetryPolicy",
            typeof(RetryPolicy),
            () => new RetryPolicy(),
            new[]
            {
                MemberSchema.Scalar("MaximumRetryAttempts", SchemaKind.Integer, false, o => ((RetryPolicy)o).MaximumRetryAttempts, (o, v) => ((RetryPolicy)o).MaximumRetryAttempts = (int?)v),
                MemberSchema.Scalar("MaximumEventAgeInSeconds", SchemaKind.Integer, false, o => ((RetryPolicy)o).MaximumEventAgeInSeconds, (o, v) => ((RetryPolicy)o).MaximumEventAgeInSeconds = (int?)v),
            });
    }
}
