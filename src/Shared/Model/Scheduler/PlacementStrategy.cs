using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The task placement strategy for a task or service.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>PlacementStrategy</c>; members and their order follow it.</remarks>
    public sealed partial class PlacementStrategy : IHasAdditionalMembers
    {
        /// <summary>The field to apply the placement strategy against.</summary>
        /// <remarks>JSON member <c>field</c>.</remarks>
        public string? Field { get; set; }

        /// <summary>The type of placement strategy.</summary>
        /// <remarks>JSON member <c>type</c>.</remarks>
        public PlacementStrategyType? Type { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PlacementStrategy",
            typeof(PlacementStrategy),
            () => new PlacementStrategy(),
            new[]
            {
                MemberSchema.Scalar("field", SchemaKind.String, false, o => ((PlacementStrategy)o).Field, (o, v) => ((PlacementStrategy)o).Field = (string?)v),
                MemberSchema.Enum("type", false, s => new PlacementStrategyType(s), o => ((PlacementStrategy)o).Type, (o, v) => ((PlacementStrategy)o).Type = (PlacementStrategyType?)v),
            });
    }
}
