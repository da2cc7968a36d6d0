using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Details on a container instance bind mount host volume.</summary>
    /// <remarks>ECS API model shape <c>HostVolumeProperties</c>; members and their order follow it.</remarks>
    public sealed partial class HostVolumeProperties : IHasAdditionalMembers
    {
        /// <summary>When the host parameter is used, specify a sourcePath to declare the path on the host container instance that's presented to the container.</summary>
        /// <remarks>JSON member <c>sourcePath</c>.</remarks>
        public string? SourcePath { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "HostVolumeProperties",
            typeof(HostVolumeProperties),
            () => new HostVolumeProperties(),
            new[]
            {
                MemberSchema.Scalar("sourcePath", SchemaKind.String, false, o => ((HostVolumeProperties)o).SourcePath, (o, v) => ((HostVolumeProperties)o).SourcePath = (string?)v),
            });
    }
}
