using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>A key-value pair object.</summary>
    /// <remarks>ECS API model shape <c>KeyValuePair</c>; members and their order follow it.</remarks>
    public sealed partial class NameValuePair : IHasAdditionalMembers
    {
        /// <summary>The name of the key-value pair.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public string? Name { get; set; }

        /// <summary>The value of the key-value pair.</summary>
        /// <remarks>JSON member <c>value</c>.</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "KeyValuePair",
            typeof(NameValuePair),
            () => new NameValuePair(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, false, o => ((NameValuePair)o).Name, (o, v) => ((NameValuePair)o).Name = (string?)v),
                MemberSchema.Scalar("value", SchemaKind.String, false, o => ((NameValuePair)o).Value, (o, v) => ((NameValuePair)o).Value = (string?)v),
            });
    }
}
