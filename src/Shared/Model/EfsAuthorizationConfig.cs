using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The authorization configuration details for the Amazon EFS file system.</summary>
    /// <remarks>ECS API model shape <c>EFSAuthorizationConfig</c>; members and their order follow it.</remarks>
    public sealed partial class EfsAuthorizationConfig : IHasAdditionalMembers
    {
        /// <summary>The Amazon EFS access point ID to use.</summary>
        /// <remarks>JSON member <c>accessPointId</c>.</remarks>
        public string? AccessPointId { get; set; }

        /// <summary>Determines whether to use the Amazon ECS task role defined in a task definition when mounting the Amazon EFS file system.</summary>
        /// <remarks>JSON member <c>iam</c>.</remarks>
        public EfsIamAuthorization? Iam { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EFSAuthorizationConfig",
            typeof(EfsAuthorizationConfig),
            () => new EfsAuthorizationConfig(),
            new[]
            {
                MemberSchema.Scalar("accessPointId", SchemaKind.String, false, o => ((EfsAuthorizationConfig)o).AccessPointId, (o, v) => ((EfsAuthorizationConfig)o).AccessPointId = (string?)v),
                MemberSchema.Enum("iam", false, s => new EfsIamAuthorization(s), o => ((EfsAuthorizationConfig)o).Iam, (o, v) => ((EfsAuthorizationConfig)o).Iam = (EfsIamAuthorization?)v),
            });
    }
}
