using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The key that encrypts and decrypts your resources for Service Connect TLS.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectTlsConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectTlsConfiguration : IHasAdditionalMembers
    {
        /// <summary>The signer certificate authority.</summary>
        /// <remarks>JSON member <c>issuerCertificateAuthority</c> (required by the API).</remarks>
        public ServiceConnectTlsCertificateAuthority? IssuerCertificateAuthority { get; set; }

        /// <summary>The Amazon Web Services Key Management Service key.</summary>
        /// <remarks>JSON member <c>kmsKey</c>.</remarks>
        public string? KmsKey { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect TLS.</summary>
        /// <remarks>JSON member <c>roleArn</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectTlsConfiguration",
            typeof(ServiceConnectTlsConfiguration),
            () => new ServiceConnectTlsConfiguration(),
            new[]
            {
                MemberSchema.Object("issuerCertificateAuthority", true, () => ServiceConnectTlsCertificateAuthority.Schema, o => ((ServiceConnectTlsConfiguration)o).IssuerCertificateAuthority, (o, v) => ((ServiceConnectTlsConfiguration)o).IssuerCertificateAuthority = (ServiceConnectTlsCertificateAuthority?)v),
                MemberSchema.Scalar("kmsKey", SchemaKind.String, false, o => ((ServiceConnectTlsConfiguration)o).KmsKey, (o, v) => ((ServiceConnectTlsConfiguration)o).KmsKey = (string?)v),
                MemberSchema.Scalar("roleArn", SchemaKind.String, false, o => ((ServiceConnectTlsConfiguration)o).RoleArn, (o, v) => ((ServiceConnectTlsConfiguration)o).RoleArn = (string?)v),
            });
    }
}
