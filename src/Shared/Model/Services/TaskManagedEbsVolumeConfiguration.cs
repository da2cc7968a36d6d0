using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.</summary>
    /// <remarks>ECS API model shape <c>TaskManagedEBSVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class TaskManagedEbsVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>Indicates whether the volume should be encrypted.</summary>
        /// <remarks>JSON member <c>encrypted</c>.</remarks>
        public bool? Encrypted { get; set; }

        /// <summary>The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption.</summary>
        /// <remarks>JSON member <c>kmsKeyId</c>.</remarks>
        public string? KmsKeyId { get; set; }

        /// <summary>The volume type.</summary>
        /// <remarks>JSON member <c>volumeType</c>.</remarks>
        public string? VolumeType { get; set; }

        /// <summary>The size of the volume in GiB.</summary>
        /// <remarks>JSON member <c>sizeInGiB</c>.</remarks>
        public int? SizeInGiB { get; set; }

        /// <summary>The snapshot that Amazon ECS uses to create the volume.</summary>
        /// <remarks>JSON member <c>snapshotId</c>.</remarks>
        public string? SnapshotId { get; set; }

        /// <summary>The rate, in MiB/s, at which data is fetched from a snapshot of an existing Amazon EBS volume to create a new volume for attachment to the task.</summary>
        /// <remarks>JSON member <c>volumeInitializationRate</c>.</remarks>
        public int? VolumeInitializationRate { get; set; }

        /// <summary>The number of I/O operations per second (IOPS).</summary>
        /// <remarks>JSON member <c>iops</c>.</remarks>
        public int? Iops { get; set; }

        /// <summary>The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.</summary>
        /// <remarks>JSON member <c>throughput</c>.</remarks>
        public int? Throughput { get; set; }

        /// <summary>The tags to apply to the volume.</summary>
        /// <remarks>JSON member <c>tagSpecifications</c>.</remarks>
        public List<EbsTagSpecification>? TagSpecifications { get; set; }

        /// <summary>The ARN of the IAM role to associate with this volume.</summary>
        /// <remarks>JSON member <c>roleArn</c> (required by the API).</remarks>
        public string? RoleArn { get; set; }

        /// <summary>The termination policy for the volume when the task exits.</summary>
        /// <remarks>JSON member <c>terminationPolicy</c>.</remarks>
        public TaskManagedEbsVolumeTerminationPolicy? TerminationPolicy { get; set; }

        /// <summary>The Linux filesystem type for the volume.</summary>
        /// <remarks>JSON member <c>filesystemType</c>.</remarks>
        public TaskFilesystemType? FilesystemType { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TaskManagedEBSVolumeConfiguration",
            typeof(TaskManagedEbsVolumeConfiguration),
            () => new TaskManagedEbsVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("encrypted", SchemaKind.Boolean, false, o => ((TaskManagedEbsVolumeConfiguration)o).Encrypted, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).Encrypted = (bool?)v),
                MemberSchema.Scalar("kmsKeyId", SchemaKind.String, false, o => ((TaskManagedEbsVolumeConfiguration)o).KmsKeyId, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).KmsKeyId = (string?)v),
                MemberSchema.Scalar("volumeType", SchemaKind.String, false, o => ((TaskManagedEbsVolumeConfiguration)o).VolumeType, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).VolumeType = (string?)v),
                MemberSchema.Scalar("sizeInGiB", SchemaKind.Integer, false, o => ((TaskManagedEbsVolumeConfiguration)o).SizeInGiB, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).SizeInGiB = (int?)v),
                MemberSchema.Scalar("snapshotId", SchemaKind.String, false, o => ((TaskManagedEbsVolumeConfiguration)o).SnapshotId, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).SnapshotId = (string?)v),
                MemberSchema.Scalar("volumeInitializationRate", SchemaKind.Integer, false, o => ((TaskManagedEbsVolumeConfiguration)o).VolumeInitializationRate, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).VolumeInitializationRate = (int?)v),
                MemberSchema.Scalar("iops", SchemaKind.Integer, false, o => ((TaskManagedEbsVolumeConfiguration)o).Iops, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).Iops = (int?)v),
                MemberSchema.Scalar("throughput", SchemaKind.Integer, false, o => ((TaskManagedEbsVolumeConfiguration)o).Throughput, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).Throughput = (int?)v),
                MemberSchema.List("tagSpecifications", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.EbsTagSpecification>(), o => ((TaskManagedEbsVolumeConfiguration)o).TagSpecifications, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).TagSpecifications = (List<global::TaskDefKit.Model.Services.EbsTagSpecification>?)v, elementSchema: () => global::TaskDefKit.Model.Services.EbsTagSpecification.Schema),
                MemberSchema.Scalar("roleArn", SchemaKind.String, true, o => ((TaskManagedEbsVolumeConfiguration)o).RoleArn, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).RoleArn = (string?)v),
                MemberSchema.Object("terminationPolicy", false, () => TaskManagedEbsVolumeTerminationPolicy.Schema, o => ((TaskManagedEbsVolumeConfiguration)o).TerminationPolicy, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).TerminationPolicy = (TaskManagedEbsVolumeTerminationPolicy?)v),
                MemberSchema.Enum("filesystemType", false, s => new TaskFilesystemType(s), o => ((TaskManagedEbsVolumeConfiguration)o).FilesystemType, (o, v) => ((TaskManagedEbsVolumeConfiguration)o).FilesystemType = (TaskFilesystemType?)v),
            });
    }
}
