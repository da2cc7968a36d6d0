using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The constraint on task placement in the task definition.</summary>
    /// <remarks>ECS API model shape <c>TaskDefinitionPlacementConstraint</c>; members and their order follow it.</remarks>
    public sealed partial class TaskDefinitionPlacementConstraint : IHasAdditionalMembers
    {
        /// <summary>The type of constraint.</summary>
        /// <remarks>JSON member <c>type</c>.</remarks>
        public TaskDefinitionPlacementConstraintType? Type { get; set; }

        /// <summary>A cluster query language expression to apply to the constraint.</summary>
        /// <remarks>JSON member <c>expression</c>.</remarks>
        public string? Expression { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TaskDefinitionPlacementConstraint",
            typeof(TaskDefinitionPlacementConstraint),
            () => new TaskDefinitionPlacementConstraint(),
            new[]
            {
                MemberSchema.Enum("type", false, s => new TaskDefinitionPlacementConstraintType(s), o => ((TaskDefinitionPlacementConstraint)o).Type, (o, v) => ((TaskDefinitionPlacementConstraint)o).Type = (TaskDefinitionPlacementConstraintType?)v),
                MemberSchema.Scalar("expression", SchemaKind.String, false, o => ((TaskDefinitionPlacementConstraint)o).Expression, (o, v) => ((TaskDefinitionPlacementConstraint)o).Expression = (string?)v),
            });
    }
}
