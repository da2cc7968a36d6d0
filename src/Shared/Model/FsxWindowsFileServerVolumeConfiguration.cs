using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>This parameter is specified when you're using Amazon FSx for Windows File Server file system for task storage.</summary>
    /// <remarks>ECS API model shape <c>FSxWindowsFileServerVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class FsxWindowsFileServerVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The Amazon FSx for Windows File Server file system ID to use.</summary>
        /// <remarks>JSON member <c>fileSystemId</c> (required by the API).</remarks>
        public string? FileSystemId { get; set; }

        /// <summary>The directory within the Amazon FSx for Windows File Server file system to mount as the root directory inside the host.</summary>
        /// <remarks>JSON member <c>rootDirectory</c> (required by the API).</remarks>
        public string? RootDirectory { get; set; }

        /// <summary>The authorization configuration details for the Amazon FSx for Windows File Server file system.</summary>
        /// <remarks>JSON member <c>authorizationConfig</c> (required by the API).</remarks>
        public FsxWindowsFileServerAuthorizationConfig? AuthorizationConfig { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "FSxWindowsFileServerVolumeConfiguration",
            typeof(FsxWindowsFileServerVolumeConfiguration),
            () => new FsxWindowsFileServerVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("fileSystemId", SchemaKind.String, true, o => ((FsxWindowsFileServerVolumeConfiguration)o).FileSystemId, (o, v) => ((FsxWindowsFileServerVolumeConfiguration)o).FileSystemId = (string?)v),
                MemberSchema.Scalar("rootDirectory", SchemaKind.String, true, o => ((FsxWindowsFileServerVolumeConfiguration)o).RootDirectory, (o, v) => ((FsxWindowsFileServerVolumeConfiguration)o).RootDirectory = (string?)v),
                MemberSchema.Object("authorizationConfig", true, () => FsxWindowsFileServerAuthorizationConfig.Schema, o => ((FsxWindowsFileServerVolumeConfiguration)o).AuthorizationConfig, (o, v) => ((FsxWindowsFileServerVolumeConfiguration)o).AuthorizationConfig = (FsxWindowsFileServerAuthorizationConfig?)v),
            });
    }
}
