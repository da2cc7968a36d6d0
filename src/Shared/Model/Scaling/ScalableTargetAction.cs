using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents the minimum and maximum capacity for a scheduled action.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>ScalableTargetAction</c>; members and their order follow it.</remarks>
    public sealed partial class ScalableTargetAction : IHasAdditionalMembers
    {
        /// <summary>The minimum capacity.</summary>
        /// <remarks>JSON member <c>MinCapacity</c>.</remarks>
        public int? MinCapacity { get; set; }

        /// <summary>The maximum capacity.</summary>
        /// <remarks>JSON member <c>MaxCapacity</c>.</remarks>
        public int? MaxCapacity { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ScalableTargetAction",
            typeof(ScalableTargetAction),
            () => new ScalableTargetAction(),
            new[]
            {
                MemberSchema.Scalar("MinCapacity", SchemaKind.Integer, false, o => ((ScalableTargetAction)o).MinCapacity, (o, v) => ((ScalableTargetAction)o).MinCapacity = (int?)v),
                MemberSchema.Scalar("MaxCapacity", SchemaKind.Integer, false, o => ((ScalableTargetAction)o).MaxCapacity, (o, v) => ((ScalableTargetAction)o).MaxCapacity = (int?)v),
            });
    }
}
