using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>
    /// The placement of a service or RunTask call: <c>{"placementStrategy": [...], "placementConstraints": [...]}</c>,
    /// the two members that CreateService, UpdateService and RunTask share (same shapes in the ECS API model).
    /// Strategies apply in order (for example spread across zones, then binpack memory).
    /// </summary>
    public sealed partial class PlacementDocument : IHasAdditionalMembers
    {
        /// <summary>The placement strategies, in the order ECS applies them (at most 5).</summary>
        /// <remarks>JSON member <c>placementStrategy</c>.</remarks>
        public List<PlacementStrategy>? PlacementStrategy { get; set; }

        /// <summary>The placement constraints (at most 10, counting the task definition's).</summary>
        /// <remarks>JSON member <c>placementConstraints</c>.</remarks>
        public List<PlacementConstraint>? PlacementConstraints { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PlacementDocument",
            typeof(PlacementDocument),
            () => new PlacementDocument(),
            new[]
            {
                MemberSchema.List("placementStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementStrategy>(), o => ((PlacementDocument)o).PlacementStrategy, (o, v) => ((PlacementDocument)o).PlacementStrategy = (List<global::TaskDefKit.Model.PlacementStrategy>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementStrategy.Schema),
                MemberSchema.List("placementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementConstraint>(), o => ((PlacementDocument)o).PlacementConstraints, (o, v) => ((PlacementDocument)o).PlacementConstraints = (List<global::TaskDefKit.Model.PlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementConstraint.Schema),
            });
    }
}
