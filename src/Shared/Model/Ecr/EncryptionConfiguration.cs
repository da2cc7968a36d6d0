using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>The encryption configuration for the repository.</summary>
    /// <remarks>ECR API model shape <c>EncryptionConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class EncryptionConfiguration : IHasAdditionalMembers
    {
        /// <summary>The encryption type to use.</summary>
        /// <remarks>JSON member <c>encryptionType</c> (required by the API).</remarks>
        public EncryptionType? EncryptionType { get; set; }

        /// <summary>If you use the KMS encryption type, specify the KMS key to use for encryption.</summary>
        /// <remarks>JSON member <c>kmsKey</c>.</remarks>
        public string? KmsKey { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EncryptionConfiguration",
            typeof(EncryptionConfiguration),
            () => new EncryptionConfiguration(),
            new[]
            {
                MemberSchema.Enum("encryptionType", true, s => new EncryptionType(s), o => ((EncryptionConfiguration)o).EncryptionType, (o, v) => ((EncryptionConfiguration)o).EncryptionType = (EncryptionType?)v),
                MemberSchema.Scalar("kmsKey", SchemaKind.String, false, o => ((EncryptionConfiguration)o).KmsKey, (o, v) => ((EncryptionConfiguration)o).KmsKey = (string?)v),
            });
    }
}
