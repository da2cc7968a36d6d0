using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The Linux capabilities to add or remove from the default Docker configuration for a container defined in the task definition.</summary>
    /// <remarks>ECS API model shape <c>KernelCapabilities</c>; members and their order follow it.</remarks>
    public sealed partial class KernelCapabilities : IHasAdditionalMembers
    {
        /// <summary>The Linux capabilities for the container that have been added to the default configuration provided by Docker.</summary>
        /// <remarks>JSON member <c>add</c>.</remarks>
        public List<string>? Add { get; set; }

        /// <summary>The Linux capabilities for the container that have been removed from the default configuration provided by Docker.</summary>
        /// <remarks>JSON member <c>drop</c>.</remarks>
        public List<string>? Drop { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "KernelCapabilities",
            typeof(KernelCapabilities),
            () => new KernelCapabilities(),
            new[]
            {
                MemberSchema.List("add", false, SchemaKind.String, () => new List<string>(), o => ((KernelCapabilities)o).Add, (o, v) => ((KernelCapabilities)o).Add = (List<string>?)v),
                MemberSchema.List("drop", false, SchemaKind.String, () => new List<string>(), o => ((KernelCapabilities)o).Drop, (o, v) => ((KernelCapabilities)o).Drop = (List<string>?)v),
            });
    }
}
