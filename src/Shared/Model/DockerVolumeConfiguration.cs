using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>This parameter is specified when you're using Docker volumes.</summary>
    /// <remarks>ECS API model shape <c>DockerVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class DockerVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The scope for the Docker volume that determines its lifecycle.</summary>
        /// <remarks>JSON member <c>scope</c>.</remarks>
        public DockerVolumeScope? Scope { get; set; }

        /// <summary>If this value is true, the Docker volume is created if it doesn't already exist.</summary>
        /// <remarks>JSON member <c>autoprovision</c>.</remarks>
        public bool? Autoprovision { get; set; }

        /// <summary>The Docker volume driver to use.</summary>
        /// <remarks>JSON member <c>driver</c>.</remarks>
        public string? Driver { get; set; }

        /// <summary>A map of Docker driver-specific options passed through.</summary>
        /// <remarks>JSON member <c>driverOpts</c>.</remarks>
        public Dictionary<string, string>? DriverOpts { get; set; }

        /// <summary>Custom metadata to add to your Docker volume.</summary>
        /// <remarks>JSON member <c>labels</c>.</remarks>
        public Dictionary<string, string>? Labels { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DockerVolumeConfiguration",
            typeof(DockerVolumeConfiguration),
            () => new DockerVolumeConfiguration(),
            new[]
            {
                MemberSchema.Enum("scope", false, s => new DockerVolumeScope(s), o => ((DockerVolumeConfiguration)o).Scope, (o, v) => ((DockerVolumeConfiguration)o).Scope = (DockerVolumeScope?)v),
                MemberSchema.Scalar("autoprovision", SchemaKind.Boolean, false, o => ((DockerVolumeConfiguration)o).Autoprovision, (o, v) => ((DockerVolumeConfiguration)o).Autoprovision = (bool?)v),
                MemberSchema.Scalar("driver", SchemaKind.String, false, o => ((DockerVolumeConfiguration)o).Driver, (o, v) => ((DockerVolumeConfiguration)o).Driver = (string?)v),
                MemberSchema.Map("driverOpts", false, o => ((DockerVolumeConfiguration)o).DriverOpts, (o, v) => ((DockerVolumeConfiguration)o).DriverOpts = (Dictionary<string, string>?)v),
                MemberSchema.Map("labels", false, o => ((DockerVolumeConfiguration)o).Labels, (o, v) => ((DockerVolumeConfiguration)o).Labels = (Dictionary<string, string>?)v),
            });
    }
}
