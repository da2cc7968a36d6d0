using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>An object that represents the timeout configurations for Service Connect.</summary>
    /// <remarks>ECS API model shape <c>TimeoutConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class TimeoutConfiguration : IHasAdditionalMembers
    {
        /// <summary>The amount of time in seconds a connection will stay active while idle.</summary>
        /// <remarks>JSON member <c>idleTimeoutSeconds</c>.</remarks>
        public int? IdleTimeoutSeconds { get; set; }

        /// <summary>The amount of time waiting for the upstream to respond with a complete response per request.</summary>
        /// <remarks>JSON member <c>perRequestTimeoutSeconds</c>.</remarks>
        public int? PerRequestTimeoutSeconds { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TimeoutConfiguration",
            typeof(TimeoutConfiguration),
            () => new TimeoutConfiguration(),
            new[]
            {
                MemberSchema.Scalar("idleTimeoutSeconds", SchemaKind.Integer, false, o => ((TimeoutConfiguration)o).IdleTimeoutSeconds, (o, v) => ((TimeoutConfiguration)o).IdleTimeoutSeconds = (int?)v),
                MemberSchema.Scalar("perRequestTimeoutSeconds", SchemaKind.Integer, false, o => ((TimeoutConfiguration)o).PerRequestTimeoutSeconds, (o, v) => ((TimeoutConfiguration)o).PerRequestTimeoutSeconds = (int?)v),
            });
    }
}
