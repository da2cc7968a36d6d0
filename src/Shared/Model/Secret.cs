using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>An object representing the secret to expose to your container.</summary>
    /// <remarks>ECS API model shape <c>Secret</c>; members and their order follow it.</remarks>
    public sealed partial class Secret : IHasAdditionalMembers
    {
        /// <summary>The name of the secret.</summary>
        /// <remarks>JSON member <c>name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The secret to expose to the container.</summary>
        /// <remarks>JSON member <c>valueFrom</c> (required by the API).</remarks>
        public string? ValueFrom { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Secret",
            typeof(Secret),
            () => new Secret(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, true, o => ((Secret)o).Name, (o, v) => ((Secret)o).Name = (string?)v),
                MemberSchema.Scalar("valueFrom", SchemaKind.String, true, o => ((Secret)o).ValueFrom, (o, v) => ((Secret)o).ValueFrom = (string?)v),
            });
    }
}
