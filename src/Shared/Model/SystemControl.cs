using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>A list of namespaced kernel parameters to set in the container.</summary>
    /// <remarks>ECS API model shape <c>SystemControl</c>; members and their order follow it.</remarks>
    public sealed partial class SystemControl : IHasAdditionalMembers
    {
        /// <summary>The namespaced kernel parameter to set a value for.</summary>
        /// <remarks>JSON member <c>namespace</c>.</remarks>
        public string? Namespace { get; set; }

        /// <summary>The namespaced kernel parameter to set a value for.</summary>
        /// <remarks>JSON member <c>value</c>.</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "SystemControl",
            typeof(SystemControl),
            () => new SystemControl(),
            new[]
            {
                MemberSchema.Scalar("namespace", SchemaKind.String, false, o => ((SystemControl)o).Namespace, (o, v) => ((SystemControl)o).Namespace = (string?)v),
                MemberSchema.Scalar("value", SchemaKind.String, false, o => ((SystemControl)o).Value, (o, v) => ((SystemControl)o).Value = (string?)v),
            });
    }
}
