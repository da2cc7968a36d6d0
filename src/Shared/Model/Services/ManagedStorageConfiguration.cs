using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The managed storage configuration for the cluster.</summary>
    /// <remarks>ECS API model shape <c>ManagedStorageConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ManagedStorageConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specify a Key Management Service key ID to encrypt Amazon ECS managed storage.</summary>
        /// <remarks>JSON member <c>kmsKeyId</c>.</remarks>
        public string? KmsKeyId { get; set; }

        /// <summary>Specify the Key Management Service key ID for Fargate ephemeral storage.</summary>
        /// <remarks>JSON member <c>fargateEphemeralStorageKmsKeyId</c>.</remarks>
        public string? FargateEphemeralStorageKmsKeyId { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ManagedStorageConfiguration",
            typeof(ManagedStorageConfiguration),
            () => new ManagedStorageConfiguration(),
            new[]
            {
                MemberSchema.Scalar("kmsKeyId", SchemaKind.String, false, o => ((ManagedStorageConfiguration)o).KmsKeyId, (o, v) => ((ManagedStorageConfiguration)o).KmsKeyId = (string?)v),
                MemberSchema.Scalar("fargateEphemeralStorageKmsKeyId", SchemaKind.String, false, o => ((ManagedStorageConfiguration)o).FargateEphemeralStorageKmsKeyId, (o, v) => ((ManagedStorageConfiguration)o).FargateEphemeralStorageKmsKeyId = (string?)v),
            });
    }
}
