using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Represents a CloudWatch metric of your choosing for a predictive scaling policy.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingCustomizedMetricSpecification</c>; members and their order follow it.</remarks>
    public sealed partial class PredictiveScalingCustomizedMetricSpecification : IHasAdditionalMembers
    {
        /// <summary>One or more metric data queries to provide data points for a metric specification.</summary>
        /// <remarks>JSON member <c>MetricDataQueries</c> (required by the API).</remarks>
        public List<PredictiveScalingMetricDataQuery>? MetricDataQueries { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PredictiveScalingCustomizedMetricSpecification",
            typeof(PredictiveScalingCustomizedMetricSpecification),
            () => new PredictiveScalingCustomizedMetricSpecification(),
            new[]
            {
                MemberSchema.List("MetricDataQueries", true, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDataQuery>(), o => ((PredictiveScalingCustomizedMetricSpecification)o).MetricDataQueries, (o, v) => ((PredictiveScalingCustomizedMetricSpecification)o).MetricDataQueries = (List<global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDataQuery>?)v, elementSchema: () => global::TaskDefKit.Model.Scaling.PredictiveScalingMetricDataQuery.Schema),
            });
    }
}
