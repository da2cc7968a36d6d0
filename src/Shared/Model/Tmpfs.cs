using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The container path, mount options, and size of the tmpfs mount.</summary>
    /// <remarks>ECS API model shape <c>Tmpfs</c>; members and their order follow it.</remarks>
    public sealed partial class Tmpfs : IHasAdditionalMembers
    {
        /// <summary>The absolute file path where the tmpfs volume is to be mounted.</summary>
        /// <remarks>JSON member <c>containerPath</c> (required by the API).</remarks>
        public string? ContainerPath { get; set; }

        /// <summary>The maximum size (in MiB) of the tmpfs volume.</summary>
        /// <remarks>JSON member <c>size</c> (required by the API).</remarks>
        public int? Size { get; set; }

        /// <summary>The list of tmpfs volume mount options.</summary>
        /// <remarks>JSON member <c>mountOptions</c>.</remarks>
        public List<string>? MountOptions { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "Tmpfs",
            typeof(Tmpfs),
            () => new Tmpfs(),
            new[]
            {
                MemberSchema.Scalar("containerPath", SchemaKind.String, true, o => ((Tmpfs)o).ContainerPath, (o, v) => ((Tmpfs)o).ContainerPath = (string?)v),
                MemberSchema.Scalar("size", SchemaKind.Integer, true, o => ((Tmpfs)o).Size, (o, v) => ((Tmpfs)o).Size = (int?)v),
                MemberSchema.List("mountOptions", false, SchemaKind.String, () => new List<string>(), o => ((Tmpfs)o).MountOptions, (o, v) => ((Tmpfs)o).MountOptions = (List<string>?)v),
            });
    }
}
