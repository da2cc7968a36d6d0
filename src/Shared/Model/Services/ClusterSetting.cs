using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The settings to use when creating a cluster.</summary>
    /// <remarks>ECS API model shape <c>ClusterSetting</c>; members and their order follow it.</remarks>
    public sealed partial class ClusterSetting : IHasAdditionalMembers
    {
        /// <summary>The name of the cluster setting.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public ClusterSettingName? Name { get; set; }

        /// <summary>The value to set for the cluster setting.</summary>
        /// <remarks>JSON member <c>value</c>.</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ClusterSetting",
            typeof(ClusterSetting),
            () => new ClusterSetting(),
            new[]
            {
                MemberSchema.Enum("name", false, s => new ClusterSettingName(s), o => ((ClusterSetting)o).Name, (o, v) => ((ClusterSetting)o).Name = (ClusterSettingName?)v),
                MemberSchema.Scalar("value", SchemaKind.String, false, o => ((ClusterSetting)o).Value, (o, v) => ((ClusterSetting)o).Value = (string?)v),
            });
    }
}
