using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Custom parameters passed to a lifecycle hook's target: a free-form JSON document, kept in <see cref="AdditionalMembers"/>.</summary>
    /// <remarks>ECS API model shape <c>HookDetails</c>; members and their order follow it.</remarks>
    public sealed partial class HookDetails : IHasAdditionalMembers
    {
        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "HookDetails",
            typeof(HookDetails),
            () => new HookDetails(),
            System.Array.Empty<MemberSchema>());
    }
}
