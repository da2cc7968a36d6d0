using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The custom parameters to be used when the target is an Batch job.</summary>
    /// <remarks>EventBridge API model shape <c>BatchParameters</c>; members and their order follow it.</remarks>
    public sealed partial class BatchParameters : IHasAdditionalMembers
    {
        /// <summary>The ARN or name of the job definition to use if the event target is an Batch job.</summary>
        /// <remarks>JSON member <c>JobDefinition</c> (required by the API).</remarks>
        public string? JobDefinition { get; set; }

        /// <summary>The name to use for this execution of the job, if the target is an Batch job.</summary>
        /// <remarks>JSON member <c>JobName</c> (required by the API).</remarks>
        public string? JobName { get; set; }

        /// <summary>The array properties for the submitted job, such as the size of the array.</summary>
        /// <remarks>JSON member <c>ArrayProperties</c>.</remarks>
        public BatchArrayProperties? ArrayProperties { get; set; }

        /// <summary>The retry strategy to use for failed jobs, if the target is an Batch job.</summary>
        /// <remarks>JSON member <c>RetryStrategy</c>.</remarks>
        public BatchRetryStrategy? RetryStrategy { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "BatchParameters",
            typeof(BatchParameters),
            () => new BatchParameters(),
            new[]
            {
                MemberSchema.Scalar("JobDefinition", SchemaKind.String, true, o => ((BatchParameters)o).JobDefinition, (o, v) => ((BatchParameters)o).JobDefinition = (string?)v),
                MemberSchema.Scalar("JobName", SchemaKind.String, true, o => ((BatchParameters)o).JobName, (o, v) => ((BatchParameters)o).JobName = (string?)v),
                MemberSchema.Object("ArrayProperties", false, () => BatchArrayProperties.Schema, o => ((BatchParameters)o).ArrayProperties, (o, v) => ((BatchParameters)o).ArrayProperties = (BatchArrayProperties?)v),
                MemberSchema.Object("RetryStrategy", false, () => BatchRetryStrategy.Schema, o => ((BatchParameters)o).RetryStrategy, (o, v) => ((BatchParameters)o).RetryStrategy = (BatchRetryStrategy?)v),
            });
    }
}
