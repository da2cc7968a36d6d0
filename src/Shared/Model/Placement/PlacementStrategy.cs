using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The task placement strategy for a task or service (one element of <c>placementStrategy[]</c>).</summary>
    /// <remarks>ECS API model shape <c>PlacementStrategy</c>; members and their order follow it.</remarks>
    public sealed partial class PlacementStrategy : IHasAdditionalMembers
    {
        /// <summary>The type of placement strategy: <c>random</c>, <c>spread</c> or <c>binpack</c>.</summary>
        /// <remarks>JSON member <c>type</c>.</remarks>
        public PlacementStrategyType? Type { get; set; }

        /// <summary>The field to apply the strategy against: for <c>spread</c> <c>instanceId</c>, <c>host</c> or <c>attribute:&lt;name&gt;</c>; for <c>binpack</c> <c>cpu</c> or <c>memory</c>; not used by <c>random</c>.</summary>
        /// <remarks>JSON member <c>field</c>.</remarks>
        public string? Field { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PlacementStrategy",
            typeof(PlacementStrategy),
            () => new PlacementStrategy(),
            new[]
            {
                MemberSchema.Enum("type", false, s => new PlacementStrategyType(s), o => ((PlacementStrategy)o).Type, (o, v) => ((PlacementStrategy)o).Type = (PlacementStrategyType?)v),
                MemberSchema.Scalar("field", SchemaKind.String, false, o => ((PlacementStrategy)o).Field, (o, v) => ((PlacementStrategy)o).Field = (string?)v),
            });
    }
}
