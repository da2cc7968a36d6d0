using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The dependencies defined for container startup and shutdown.</summary>
    /// <remarks>ECS API model shape <c>ContainerDependency</c>; members and their order follow it.</remarks>
    public sealed partial class ContainerDependency : IHasAdditionalMembers
    {
        /// <summary>The name of a container.</summary>
        /// <remarks>JSON member <c>containerName</c> (required by the API).</remarks>
        public string? ContainerName { get; set; }

        /// <summary>The dependency condition of the container.</summary>
        /// <remarks>JSON member <c>condition</c> (required by the API).</remarks>
        public ContainerCondition? Condition { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ContainerDependency",
            typeof(ContainerDependency),
            () => new ContainerDependency(),
            new[]
            {
                MemberSchema.Scalar("containerName", SchemaKind.String, true, o => ((ContainerDependency)o).ContainerName, (o, v) => ((ContainerDependency)o).ContainerName = (string?)v),
                MemberSchema.Enum("condition", true, s => new ContainerCondition(s), o => ((ContainerDependency)o).Condition, (o, v) => ((ContainerDependency)o).Condition = (ContainerCondition?)v),
            });
    }
}
