using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Configuration for linear deployment strategy that shifts production traffic in equal percentage increments with configurable wait times between each step until 100% of traffic is shifted to the new service revision.</summary>
    /// <remarks>ECS API model shape <c>LinearConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class LinearConfiguration : IHasAdditionalMembers
    {
        /// <summary>The percentage of production traffic to shift in each step during a linear deployment.</summary>
        /// <remarks>JSON member <c>stepPercent</c>.</remarks>
        public double? StepPercent { get; set; }

        /// <summary>The amount of time in minutes to wait between each traffic shifting step during a linear deployment.</summary>
        /// <remarks>JSON member <c>stepBakeTimeInMinutes</c>.</remarks>
        public int? StepBakeTimeInMinutes { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "LinearConfiguration",
            typeof(LinearConfiguration),
            () => new LinearConfiguration(),
            new[]
            {
                MemberSchema.Scalar("stepPercent", SchemaKind.Number, false, o => ((LinearConfiguration)o).StepPercent, (o, v) => ((LinearConfiguration)o).StepPercent = (double?)v),
                MemberSchema.Scalar("stepBakeTimeInMinutes", SchemaKind.Integer, false, o => ((LinearConfiguration)o).StepBakeTimeInMinutes, (o, v) => ((LinearConfiguration)o).StepBakeTimeInMinutes = (int?)v),
            });
    }
}
