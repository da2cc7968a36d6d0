using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Details on a data volume from another container in the same task definition.</summary>
    /// <remarks>ECS API model shape <c>VolumeFrom</c>; members and their order follow it.</remarks>
    public sealed partial class VolumeFrom : IHasAdditionalMembers
    {
        /// <summary>The name of another container within the same task definition to mount volumes from.</summary>
        /// <remarks>JSON member <c>sourceContainer</c>.</remarks>
        public string? SourceContainer { get; set; }

        /// <summary>If this value is true, the container has read-only access to the volume.</summary>
        /// <remarks>JSON member <c>readOnly</c>.</remarks>
        public bool? ReadOnly { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "VolumeFrom",
            typeof(VolumeFrom),
            () => new VolumeFrom(),
            new[]
            {
                MemberSchema.Scalar("sourceContainer", SchemaKind.String, false, o => ((VolumeFrom)o).SourceContainer, (o, v) => ((VolumeFrom)o).SourceContainer = (string?)v),
                MemberSchema.Scalar("readOnly", SchemaKind.Boolean, false, o => ((VolumeFrom)o).ReadOnly, (o, v) => ((VolumeFrom)o).ReadOnly = (bool?)v),
            });
    }
}
