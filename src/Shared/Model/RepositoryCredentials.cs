using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The repository credentials for private registry authentication.</summary>
    /// <remarks>ECS API model shape <c>RepositoryCredentials</c>; members and their order follow it.</remarks>
    public sealed partial class RepositoryCredentials : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the secret containing the private repository credentials.</summary>
        /// <remarks>JSON member <c>credentialsParameter</c> (required by the API).</remarks>
        public string? CredentialsParameter { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RepositoryCredentials",
            typeof(RepositoryCredentials),
            () => new RepositoryCredentials(),
            new[]
            {
                MemberSchema.Scalar("credentialsParameter", SchemaKind.String, true, o => ((RepositoryCredentials)o).CredentialsParameter, (o, v) => ((RepositoryCredentials)o).CredentialsParameter = (string?)v),
            });
    }
}
