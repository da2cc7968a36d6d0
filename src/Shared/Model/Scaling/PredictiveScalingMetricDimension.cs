using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Describes the dimension of a metric.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMetricDimension</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingMetricDimension : IHasAdditionalMembers
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
            "PredictiveScalingMetricDimension",
            typeof(PredictiveScalingMetricDimension),
            () => new PredictiveScalingMetricDimension(),
            new[]
            {
                MemberSchema.Scalar("Name", SchemaKind.String, true, o => ((PredictiveScalingMetricDimension)o).Name, (o, v) => ((PredictiveScalingMetricDimension)o).Name = (string?)v),
                MemberSchema.Scalar("Value", SchemaKind.String, true, o => ((PredictiveScalingMetricDimension)o).Value, (o, v) => ((PredictiveScalingMetricDimension)o).Value = (string?)v),
            });
    }
}
