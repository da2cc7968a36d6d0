using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The ulimit settings to pass to the container.</summary>
    /// <remarks>ECS API model shape <c>Ulimit</c>; members and their order follow it.</remarks>
    public sealed partial class Ulimit : IHasAdditionalMembers
    {
        /// <summary>The type of the ulimit.</summary>
        /// <remarks>JSON member <c>name</c> (required by the API).</remarks>
        public UlimitName? Name { get; set; }

        /// <summary>The soft limit for the ulimit type.</summary>
        /// <remarks>JSON member <c>softLimit</c> (required by the API).</remarks>
        public int? SoftLimit { get; set; }

        /// <summary>The hard limit for the ulimit type.</summary>
        /// <remarks>JSON member <c>hardLimit</c> (required by the API).</remarks>
        public int? HardLimit { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Ulimit",
            typeof(Ulimit),
            () => new Ulimit(),
            new[]
            {
                MemberSchema.Enum("name", true, s => new UlimitName(s), o => ((Ulimit)o).Name, (o, v) => ((Ulimit)o).Name = (UlimitName?)v),
                MemberSchema.Scalar("softLimit", SchemaKind.Integer, true, o => ((Ulimit)o).SoftLimit, (o, v) => ((Ulimit)o).SoftLimit = (int?)v),
                MemberSchema.Scalar("hardLimit", SchemaKind.Integer, true, o => ((Ulimit)o).HardLimit, (o, v) => ((Ulimit)o).HardLimit = (int?)v),
            });
    }
}
