using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The amount of ephemeral storage to allocate for the task.</summary>
    /// <remarks>ECS API model shape <c>EphemeralStorage</c>; members and their order follow it.</remarks>
    public sealed partial class EphemeralStorage : IHasAdditionalMembers
    {
        /// <summary>The total amount, in GiB, of ephemeral storage to set for the task.</summary>
        /// <remarks>JSON member <c>sizeInGiB</c> (required by the API).</remarks>
        public int? SizeInGiB { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EphemeralStorage",
            typeof(EphemeralStorage),
            () => new EphemeralStorage(),
            new[]
            {
                MemberSchema.Scalar("sizeInGiB", SchemaKind.Integer, true, o => ((EphemeralStorage)o).SizeInGiB, (o, v) => ((EphemeralStorage)o).SizeInGiB = (int?)v),
            });
    }
}
