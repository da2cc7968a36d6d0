using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>The FireLens configuration for the container.</summary>
    /// <remarks>ECS API model shape <c>FirelensConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class FirelensConfiguration : IHasAdditionalMembers
    {
        /// <summary>The log router to use.</summary>
        /// <remarks>JSON member <c>type</c> (required by the API).</remarks>
        public FirelensConfigurationType? Type { get; set; }

        /// <summary>The options to use when configuring the log router.</summary>
        /// <remarks>JSON member <c>options</c>.</remarks>
        public Dictionary<string, string>? Options { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "FirelensConfiguration",
            typeof(FirelensConfiguration),
            () => new FirelensConfiguration(),
            new[]
            {
                MemberSchema.Enum("type", true, s => new FirelensConfigurationType(s), o => ((FirelensConfiguration)o).Type, (o, v) => ((FirelensConfiguration)o).Type = (FirelensConfigurationType?)v),
                MemberSchema.Map("options", false, o => ((FirelensConfiguration)o).Options, (o, v) => ((FirelensConfiguration)o).Options = (Dictionary<string, string>?)v),
            });
    }
}
