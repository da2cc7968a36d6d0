using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>An object representing a constraint on task placement.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>PlacementConstraint</c>; members and their order follow it.</remarks>
    public sealed partial class PlacementConstraint : IHasAdditionalMembers
    {
        /// <summary>A cluster query language expression to apply to the constraint.</summary>
        /// <remarks>JSON member <c>expression</c>.</remarks>
        public string? Expression { get; set; }

        /// <summary>The type of constraint.</summary>
        /// <remarks>JSON member <c>type</c>.</remarks>
        public PlacementConstraintType? Type { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PlacementConstraint",
            typeof(PlacementConstraint),
            () => new PlacementConstraint(),
            new[]
            {
                MemberSchema.Scalar("expression", SchemaKind.String, false, o => ((PlacementConstraint)o).Expression, (o, v) => ((PlacementConstraint)o).Expression = (string?)v),
                MemberSchema.Enum("type", false, s => new PlacementConstraintType(s), o => ((PlacementConstraint)o).Type, (o, v) => ((PlacementConstraint)o).Type = (PlacementConstraintType?)v),
            });
    }
}
