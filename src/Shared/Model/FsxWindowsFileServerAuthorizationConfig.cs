using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The authorization configuration details for Amazon FSx for Windows File Server file system.</summary>
    /// <remarks>ECS API model shape <c>FSxWindowsFileServerAuthorizationConfig</c>; members and their order follow it.</remarks>
    public sealed partial class FsxWindowsFileServerAuthorizationConfig : IHasAdditionalMembers
    {
        /// <summary>The authorization credential option to use.</summary>
        /// <remarks>JSON member <c>credentialsParameter</c> (required by the API).</remarks>
        public string? CredentialsParameter { get; set; }

        /// <summary>A fully qualified domain name hosted by an Directory Service Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2.</summary>
        /// <remarks>JSON member <c>domain</c> (required by the API).</remarks>
        public string? Domain { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "FSxWindowsFileServerAuthorizationConfig",
            typeof(FsxWindowsFileServerAuthorizationConfig),
            () => new FsxWindowsFileServerAuthorizationConfig(),
            new[]
            {
                MemberSchema.Scalar("credentialsParameter", SchemaKind.String, true, o => ((FsxWindowsFileServerAuthorizationConfig)o).CredentialsParameter, (o, v) => ((FsxWindowsFileServerAuthorizationConfig)o).CredentialsParameter = (string?)v),
                MemberSchema.Scalar("domain", SchemaKind.String, true, o => ((FsxWindowsFileServerAuthorizationConfig)o).Domain, (o, v) => ((FsxWindowsFileServerAuthorizationConfig)o).Domain = (string?)v),
            });
    }
}
