using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Information about the platform for the Amazon ECS service or task.</summary>
    /// <remarks>ECS API model shape <c>RuntimePlatform</c>; members and their order follow it.</remarks>
    public sealed partial class RuntimePlatform : IHasAdditionalMembers
    {
        /// <summary>The CPU architecture.</summary>
        /// <remarks>JSON member <c>cpuArchitecture</c>.</remarks>
        public CpuArchitecture? CpuArchitecture { get; set; }

        /// <summary>The operating system.</summary>
        /// <remarks>JSON member <c>operatingSystemFamily</c>.</remarks>
        public OperatingSystemFamily? OperatingSystemFamily { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RuntimePlatform",
            typeof(RuntimePlatform),
            () => new RuntimePlatform(),
            new[]
            {
                MemberSchema.Enum("cpuArchitecture", false, s => new CpuArchitecture(s), o => ((RuntimePlatform)o).CpuArchitecture, (o, v) => ((RuntimePlatform)o).CpuArchitecture = (CpuArchitecture?)v),
                MemberSchema.Enum("operatingSystemFamily", false, s => new OperatingSystemFamily(s), o => ((RuntimePlatform)o).OperatingSystemFamily, (o, v) => ((RuntimePlatform)o).OperatingSystemFamily = (OperatingSystemFamily?)v),
            });
    }
}
