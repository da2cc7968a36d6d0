using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The data volume configuration for tasks launched using this task definition.</summary>
    /// <remarks>ECS API model shape <c>Volume</c>; members and their order follow it.</remarks>
    public sealed partial class Volume : IHasAdditionalMembers
    {
        /// <summary>The name of the volume.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public string? Name { get; set; }

        /// <summary>This parameter is specified when you use bind mount host volumes.</summary>
        /// <remarks>JSON member <c>host</c>.</remarks>
        public HostVolumeProperties? Host { get; set; }

        /// <summary>This parameter is specified when you use Docker volumes.</summary>
        /// <remarks>JSON member <c>dockerVolumeConfiguration</c>.</remarks>
        public DockerVolumeConfiguration? DockerVolumeConfiguration { get; set; }

        /// <summary>This parameter is specified when you use an Amazon Elastic File System file system for task storage.</summary>
        /// <remarks>JSON member <c>efsVolumeConfiguration</c>.</remarks>
        public EfsVolumeConfiguration? EfsVolumeConfiguration { get; set; }

        /// <summary>This parameter is specified when you use an Amazon S3 Files file system for task storage.</summary>
        /// <remarks>JSON member <c>s3filesVolumeConfiguration</c>.</remarks>
        public S3FilesVolumeConfiguration? S3FilesVolumeConfiguration { get; set; }

        /// <summary>This parameter is specified when you use Amazon FSx for Windows File Server file system for task storage.</summary>
        /// <remarks>JSON member <c>fsxWindowsFileServerVolumeConfiguration</c>.</remarks>
        public FsxWindowsFileServerVolumeConfiguration? FsxWindowsFileServerVolumeConfiguration { get; set; }

        /// <summary>Indicates whether the volume should be configured at launch time.</summary>
        /// <remarks>JSON member <c>configuredAtLaunch</c>.</remarks>
        public bool? ConfiguredAtLaunch { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Volume",
            typeof(Volume),
            () => new Volume(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, false, o => ((Volume)o).Name, (o, v) => ((Volume)o).Name = (string?)v),
                MemberSchema.Object("host", false, () => HostVolumeProperties.Schema, o => ((Volume)o).Host, (o, v) => ((Volume)o).Host = (HostVolumeProperties?)v),
                MemberSchema.Object("dockerVolumeConfiguration", false, () => DockerVolumeConfiguration.Schema, o => ((Volume)o).DockerVolumeConfiguration, (o, v) => ((Volume)o).DockerVolumeConfiguration = (DockerVolumeConfiguration?)v),
                MemberSchema.Object("efsVolumeConfiguration", false, () => EfsVolumeConfiguration.Schema, o => ((Volume)o).EfsVolumeConfiguration, (o, v) => ((Volume)o).EfsVolumeConfiguration = (EfsVolumeConfiguration?)v),
                MemberSchema.Object("s3filesVolumeConfiguration", false, () => S3FilesVolumeConfiguration.Schema, o => ((Volume)o).S3FilesVolumeConfiguration, (o, v) => ((Volume)o).S3FilesVolumeConfiguration = (S3FilesVolumeConfiguration?)v),
                MemberSchema.Object("fsxWindowsFileServerVolumeConfiguration", false, () => FsxWindowsFileServerVolumeConfiguration.Schema, o => ((Volume)o).FsxWindowsFileServerVolumeConfiguration, (o, v) => ((Volume)o).FsxWindowsFileServerVolumeConfiguration = (FsxWindowsFileServerVolumeConfiguration?)v),
                MemberSchema.Scalar("configuredAtLaunch", SchemaKind.Boolean, false, o => ((Volume)o).ConfiguredAtLaunch, (o, v) => ((Volume)o).ConfiguredAtLaunch = (bool?)v),
            });
    }
}
