using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>This parameter is specified when you're using an Amazon S3 Files file system for task storage.</summary>
    /// <remarks>ECS API model shape <c>S3FilesVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class S3FilesVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The full ARN of the S3 Files file system to mount.</summary>
        /// <remarks>JSON member <c>fileSystemArn</c> (required by the API).</remarks>
        public string? FileSystemArn { get; set; }

        /// <summary>The directory within the Amazon S3 Files file system to mount as the root directory.</summary>
        /// <remarks>JSON member <c>rootDirectory</c>.</remarks>
        public string? RootDirectory { get; set; }

        /// <summary>The port to use for sending encrypted data between the ECS host and the S3 Files file system.</summary>
        /// <remarks>JSON member <c>transitEncryptionPort</c>.</remarks>
        public int? TransitEncryptionPort { get; set; }

        /// <summary>The full ARN of the S3 Files access point to use.</summary>
        /// <remarks>JSON member <c>accessPointArn</c>.</remarks>
        public string? AccessPointArn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "S3FilesVolumeConfiguration",
            typeof(S3FilesVolumeConfiguration),
            () => new S3FilesVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("fileSystemArn", SchemaKind.String, true, o => ((S3FilesVolumeConfiguration)o).FileSystemArn, (o, v) => ((S3FilesVolumeConfiguration)o).FileSystemArn = (string?)v),
                MemberSchema.Scalar("rootDirectory", SchemaKind.String, false, o => ((S3FilesVolumeConfiguration)o).RootDirectory, (o, v) => ((S3FilesVolumeConfiguration)o).RootDirectory = (string?)v),
                MemberSchema.Scalar("transitEncryptionPort", SchemaKind.Integer, false, o => ((S3FilesVolumeConfiguration)o).TransitEncryptionPort, (o, v) => ((S3FilesVolumeConfiguration)o).TransitEncryptionPort = (int?)v),
                MemberSchema.Scalar("accessPointArn", SchemaKind.String, false, o => ((S3FilesVolumeConfiguration)o).AccessPointArn, (o, v) => ((S3FilesVolumeConfiguration)o).AccessPointArn = (string?)v),
            });
    }
}
