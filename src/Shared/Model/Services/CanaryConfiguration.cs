using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the new service revision, waits for a specified bake time, then shifts the remaining traffic.</summary>
    /// <remarks>ECS API model shape <c>CanaryConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class CanaryConfiguration : IHasAdditionalMembers
    {
        /// <summary>The percentage of production traffic to shift to the new service revision during the canary phase.</summary>
        /// <remarks>JSON member <c>canaryPercent</c>.</remarks>
        public double? CanaryPercent { get; set; }

        /// <summary>The amount of time in minutes to wait during the canary phase before shifting the remaining production traffic to the new service revision.</summary>
        /// <remarks>JSON member <c>canaryBakeTimeInMinutes</c>.</remarks>
        public int? CanaryBakeTimeInMinutes { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CanaryConfiguration",
            typeof(CanaryConfiguration),
            () => new CanaryConfiguration(),
            new[]
            {
                MemberSchema.Scalar("canaryPercent", SchemaKind.Number, false, o => ((CanaryConfiguration)o).CanaryPercent, (o, v) => ((CanaryConfiguration)o).CanaryPercent = (double?)v),
                MemberSchema.Scalar("canaryBakeTimeInMinutes", SchemaKind.Integer, false, o => ((CanaryConfiguration)o).CanaryBakeTimeInMinutes, (o, v) => ((CanaryConfiguration)o).CanaryBakeTimeInMinutes = (int?)v),
            });
    }
}
