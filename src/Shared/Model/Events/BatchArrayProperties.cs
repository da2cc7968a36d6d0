using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The array properties for the submitted job, such as the size of the array.</summary>
    /// <remarks>EventBridge API model shape <c>BatchArrayProperties</c>; members and their order follow it.</remarks>
    public sealed partial class BatchArrayProperties : IHasAdditionalMembers
    {
        /// <summary>The size of the array, if this is an array batch job.</summary>
        /// <remarks>JSON member <c>Size</c>.</remarks>
        public int? Size { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "BatchArrayProperties",
            typeof(BatchArrayProperties),
            () => new BatchArrayProperties(),
            new[]
            {
                MemberSchema.Scalar("Size", SchemaKind.Integer, false, o => ((BatchArrayProperties)o).Size, (o, v) => ((BatchArrayProperties)o).Size = (int?)v),
            });
    }
}
