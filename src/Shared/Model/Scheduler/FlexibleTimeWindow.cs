using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>FlexibleTimeWindow</c>; members and their order follow it.</remarks>
    public sealed partial class FlexibleTimeWindow : IHasAdditionalMembers
    {
        /// <summary>The maximum time window during which a schedule can be invoked.</summary>
        /// <remarks>JSON member <c>MaximumWindowInMinutes</c>.</remarks>
        public int? MaximumWindowInMinutes { get; set; }

        /// <summary>Determines whether the schedule is invoked within a flexible time window.</summary>
        /// <remarks>JSON member <c>Mode</c> (required by the API).</remarks>
        public FlexibleTimeWindowMode? Mode { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "FlexibleTimeWindow",
            typeof(FlexibleTimeWindow),
            () => new FlexibleTimeWindow(),
            new[]
            {
                MemberSchema.Scalar("MaximumWindowInMinutes", SchemaKind.Integer, false, o => ((FlexibleTimeWindow)o).MaximumWindowInMinutes, (o, v) => ((FlexibleTimeWindow)o).MaximumWindowInMinutes = (int?)v),
                MemberSchema.Enum("Mode", true, s => new FlexibleTimeWindowMode(s), o => ((FlexibleTimeWindow)o).Mode, (o, v) => ((FlexibleTimeWindow)o).Mode = (FlexibleTimeWindowMode?)v),
            });
    }
}
