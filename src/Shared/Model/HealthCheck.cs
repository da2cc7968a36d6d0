using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>An object representing a container health check.</summary>
    /// <remarks>ECS API model shape <c>HealthCheck</c>; members and their order follow it.</remarks>
    public sealed partial class HealthCheck : IHasAdditionalMembers
    {
        /// <summary>A string array representing the command that the container runs to determine if it is healthy.</summary>
        /// <remarks>JSON member <c>command</c> (required by the API).</remarks>
        public List<string>? Command { get; set; }

        /// <summary>The time period in seconds between each health check execution.</summary>
        /// <remarks>JSON member <c>interval</c>.</remarks>
        public int? Interval { get; set; }

        /// <summary>The time period in seconds to wait for a health check to succeed before it is considered a failure.</summary>
        /// <remarks>JSON member <c>timeout</c>.</remarks>
        public int? Timeout { get; set; }

        /// <summary>The number of times to retry a failed health check before the container is considered unhealthy.</summary>
        /// <remarks>JSON member <c>retries</c>.</remarks>
        public int? Retries { get; set; }

        /// <summary>The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries.</summary>
        /// <remarks>JSON member <c>startPeriod</c>.</remarks>
        public int? StartPeriod { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "HealthCheck",
            typeof(HealthCheck),
            () => new HealthCheck(),
            new[]
            {
                MemberSchema.List("command", true, SchemaKind.String, () => new List<string>(), o => ((HealthCheck)o).Command, (o, v) => ((HealthCheck)o).Command = (List<string>?)v),
                MemberSchema.Scalar("interval", SchemaKind.Integer, false, o => ((HealthCheck)o).Interval, (o, v) => ((HealthCheck)o).Interval = (int?)v),
                MemberSchema.Scalar("timeout", SchemaKind.Integer, false, o => ((HealthCheck)o).Timeout, (o, v) => ((HealthCheck)o).Timeout = (int?)v),
                MemberSchema.Scalar("retries", SchemaKind.Integer, false, o => ((HealthCheck)o).Retries, (o, v) => ((HealthCheck)o).Retries = (int?)v),
                MemberSchema.Scalar("startPeriod", SchemaKind.Integer, false, o => ((HealthCheck)o).StartPeriod, (o, v) => ((HealthCheck)o).StartPeriod = (int?)v),
            });
    }
}
