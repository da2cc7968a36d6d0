using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The log configuration for the results of the execute command actions.</summary>
    /// <remarks>ECS API model shape <c>ExecuteCommandLogConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ExecuteCommandLogConfiguration : IHasAdditionalMembers
    {
        /// <summary>The name of the CloudWatch log group to send logs to.</summary>
        /// <remarks>JSON member <c>cloudWatchLogGroupName</c>.</remarks>
        public string? CloudWatchLogGroupName { get; set; }

        /// <summary>Determines whether to use encryption on the CloudWatch logs.</summary>
        /// <remarks>JSON member <c>cloudWatchEncryptionEnabled</c>.</remarks>
        public bool? CloudWatchEncryptionEnabled { get; set; }

        /// <summary>The name of the S3 bucket to send logs to.</summary>
        /// <remarks>JSON member <c>s3BucketName</c>.</remarks>
        public string? S3BucketName { get; set; }

        /// <summary>Determines whether to use encryption on the S3 logs.</summary>
        /// <remarks>JSON member <c>s3EncryptionEnabled</c>.</remarks>
        public bool? S3EncryptionEnabled { get; set; }

        /// <summary>An optional folder in the S3 bucket to place logs in.</summary>
        /// <remarks>JSON member <c>s3KeyPrefix</c>.</remarks>
        public string? S3KeyPrefix { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ExecuteCommandLogConfiguration",
            typeof(ExecuteCommandLogConfiguration),
            () => new ExecuteCommandLogConfiguration(),
            new[]
            {
                MemberSchema.Scalar("cloudWatchLogGroupName", SchemaKind.String, false, o => ((ExecuteCommandLogConfiguration)o).CloudWatchLogGroupName, (o, v) => ((ExecuteCommandLogConfiguration)o).CloudWatchLogGroupName = (string?)v),
                MemberSchema.Scalar("cloudWatchEncryptionEnabled", SchemaKind.Boolean, false, o => ((ExecuteCommandLogConfiguration)o).CloudWatchEncryptionEnabled, (o, v) => ((ExecuteCommandLogConfiguration)o).CloudWatchEncryptionEnabled = (bool?)v),
                MemberSchema.Scalar("s3BucketName", SchemaKind.String, false, o => ((ExecuteCommandLogConfiguration)o).S3BucketName, (o, v) => ((ExecuteCommandLogConfiguration)o).S3BucketName = (string?)v),
                MemberSchema.Scalar("s3EncryptionEnabled", SchemaKind.Boolean, false, o => ((ExecuteCommandLogConfiguration)o).S3EncryptionEnabled, (o, v) => ((ExecuteCommandLogConfiguration)o).S3EncryptionEnabled = (bool?)v),
                MemberSchema.Scalar("s3KeyPrefix", SchemaKind.String, false, o => ((ExecuteCommandLogConfiguration)o).S3KeyPrefix, (o, v) => ((ExecuteCommandLogConfiguration)o).S3KeyPrefix = (string?)v),
            });
    }
}
