using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>This parameter is specified when you're using an Amazon Elastic File System file system for task storage.</summary>
    /// <remarks>ECS API model shape <c>EFSVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class EfsVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The Amazon EFS file system ID to use.</summary>
        /// <remarks>JSON member <c>fileSystemId</c> (required by the API).</remarks>
        public string? FileSystemId { get; set; }

        /// <summary>The directory within the Amazon EFS file system to mount as the root directory inside the host.</summary>
        /// <remarks>JSON member <c>rootDirectory</c>.</remarks>
        public string? RootDirectory { get; set; }

        /// <summary>Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server.</summary>
        /// <remarks>JSON member <c>transitEncryption</c>.</remarks>
        public EfsTransitEncryption? TransitEncryption { get; set; }

        /// <summary>The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server.</summary>
        /// <remarks>JSON member <c>transitEncryptionPort</c>.</remarks>
        public int? TransitEncryptionPort { get; set; }

        /// <summary>The authorization configuration details for the Amazon EFS file system.</summary>
        /// <remarks>JSON member <c>authorizationConfig</c>.</remarks>
        public EfsAuthorizationConfig? AuthorizationConfig { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EFSVolumeConfiguration",
            typeof(EfsVolumeConfiguration),
            () => new EfsVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("fileSystemId", SchemaKind.String, true, o => ((EfsVolumeConfiguration)o).FileSystemId, (o, v) => ((EfsVolumeConfiguration)o).FileSystemId = (string?)v),
                MemberSchema.Scalar("rootDirectory", SchemaKind.String, false, o => ((EfsVolumeConfiguration)o).RootDirectory, (o, v) => ((EfsVolumeConfiguration)o).RootDirectory = (string?)v),
                MemberSchema.Enum("transitEncryption", false, s => new EfsTransitEncryption(s), o => ((EfsVolumeConfiguration)o).TransitEncryption, (o, v) => ((EfsVolumeConfiguration)o).TransitEncryption = (EfsTransitEncryption?)v),
                MemberSchema.Scalar("transitEncryptionPort", SchemaKind.Integer, false, o => ((EfsVolumeConfiguration)o).TransitEncryptionPort, (o, v) => ((EfsVolumeConfiguration)o).TransitEncryptionPort = (int?)v),
                MemberSchema.Object("authorizationConfig", false, () => EfsAuthorizationConfig.Schema, o => ((EfsVolumeConfiguration)o).AuthorizationConfig, (o, v) => ((EfsVolumeConfiguration)o).AuthorizationConfig = (EfsAuthorizationConfig?)v),
            });
    }
}
