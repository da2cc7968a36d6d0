using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Describes the dimension of a metric.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>TargetTrackingMetricDimension</c>; members and their order follow it.</remarks>
    public sealed partial class TargetTrackingMetricDimension : IHasAdditionalMembers
    {
        /// <summary>The name of the dimension.</summary>
        /// <remarks>JSON member <c>Name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The value of the dimension.</summary>
        /// <remarks>JSON member <c>Value</c> (required by the API).</remarks>
        public string? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TargetTrackingMetricDimension",
            typeof(TargetTrackingMetricDimension),
            () => new TargetTrackingMetricDimension(),
            new[]
            {
                MemberSchema.Scalar("Name", SchemaKind.String, true, o => ((TargetTrackingMetricDimension)o).Name, (o, v) => ((TargetTrackingMetricDimension)o).Name = (string?)v),
                MemberSchema.Scalar("Value", SchemaKind.String, true, o => ((TargetTrackingMetricDimension)o).Value, (o, v) => ((TargetTrackingMetricDimension)o).Value = (string?)v),
            });
    }
}
