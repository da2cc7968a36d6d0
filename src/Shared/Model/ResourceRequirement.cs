using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The type and amount of a resource to assign to a container.</summary>
    /// <remarks>ECS API model shape <c>ResourceRequirement</c>; members and their order follow it.</remarks>
    public sealed partial class ResourceRequirement : IHasAdditionalMembers
    {
        /// <summary>The value for the specified resource type.</summary>
        /// <remarks>JSON member <c>value</c> (required by the API).</remarks>
        public string? Value { get; set; }

        /// <summary>The type of resource to assign to a container.</summary>
        /// <remarks>JSON member <c>type</c> (required by the API).</remarks>
        public ResourceType? Type { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ResourceRequirement",
            typeof(ResourceRequirement),
            () => new ResourceRequirement(),
            new[]
            {
                MemberSchema.Scalar("value", SchemaKind.String, true, o => ((ResourceRequirement)o).Value, (o, v) => ((ResourceRequirement)o).Value = (string?)v),
                MemberSchema.Enum("type", true, s => new ResourceType(s), o => ((ResourceRequirement)o).Type, (o, v) => ((ResourceRequirement)o).Type = (ResourceType?)v),
            });
    }
}
