using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The certificate root authority that secures your service.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectTlsCertificateAuthority</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectTlsCertificateAuthority : IHasAdditionalMembers
    {
        /// <summary>The ARN of the Amazon Web Services Private Certificate Authority certificate.</summary>
        /// <remarks>JSON member <c>awsPcaAuthorityArn</c>.</remarks>
        public string? AwsPcaAuthorityArn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectTlsCertificateAuthority",
            typeof(ServiceConnectTlsCertificateAuthority),
            () => new ServiceConnectTlsCertificateAuthority(),
            new[]
            {
                MemberSchema.Scalar("awsPcaAuthorityArn", SchemaKind.String, false, o => ((ServiceConnectTlsCertificateAuthority)o).AwsPcaAuthorityArn, (o, v) => ((ServiceConnectTlsCertificateAuthority)o).AwsPcaAuthorityArn = (string?)v),
            });
    }
}
