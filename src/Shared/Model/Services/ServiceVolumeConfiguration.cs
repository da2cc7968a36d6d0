using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The configuration for a volume specified in the task definition as a volume that is configured at launch time.</summary>
    /// <remarks>ECS API model shape <c>ServiceVolumeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceVolumeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The name of the volume.</summary>
        /// <remarks>JSON member <c>name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.</summary>
        /// <remarks>JSON member <c>managedEBSVolume</c>.</remarks>
        public ServiceManagedEbsVolumeConfiguration? ManagedEbsVolume { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceVolumeConfiguration",
            typeof(ServiceVolumeConfiguration),
            () => new ServiceVolumeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, true, o => ((ServiceVolumeConfiguration)o).Name, (o, v) => ((ServiceVolumeConfiguration)o).Name = (string?)v),
                MemberSchema.Object("managedEBSVolume", false, () => ServiceManagedEbsVolumeConfiguration.Schema, o => ((ServiceVolumeConfiguration)o).ManagedEbsVolume, (o, v) => ((ServiceVolumeConfiguration)o).ManagedEbsVolume = (ServiceManagedEbsVolumeConfiguration?)v),
            });
    }
}
