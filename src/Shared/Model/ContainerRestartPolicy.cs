using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>You can enable a restart policy for each container defined in your task definition, to overcome transient failures faster and maintain task availability.</summary>
    /// <remarks>ECS API model shape <c>ContainerRestartPolicy</c>; members and their order follow it.</remarks>
    public sealed partial class ContainerRestartPolicy : IHasAdditionalMembers
    {
        /// <summary>Specifies whether a restart policy is enabled for the container.</summary>
        /// <remarks>JSON member <c>enabled</c> (required by the API).</remarks>
        public bool? Enabled { get; set; }

        /// <summary>A list of exit codes that Amazon ECS will ignore and not attempt a restart on.</summary>
        /// <remarks>JSON member <c>ignoredExitCodes</c>.</remarks>
        public List<int>? IgnoredExitCodes { get; set; }

        /// <summary>A period of time (in seconds) that the container must run for before a restart can be attempted.</summary>
        /// <remarks>JSON member <c>restartAttemptPeriod</c>.</remarks>
        public int? RestartAttemptPeriod { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ContainerRestartPolicy",
            typeof(ContainerRestartPolicy),
            () => new ContainerRestartPolicy(),
            new[]
            {
                MemberSchema.Scalar("enabled", SchemaKind.Boolean, true, o => ((ContainerRestartPolicy)o).Enabled, (o, v) => ((ContainerRestartPolicy)o).Enabled = (bool?)v),
                MemberSchema.List("ignoredExitCodes", false, SchemaKind.Integer, () => new List<int>(), o => ((ContainerRestartPolicy)o).IgnoredExitCodes, (o, v) => ((ContainerRestartPolicy)o).IgnoredExitCodes = (List<int>?)v),
                MemberSchema.Scalar("restartAttemptPeriod", SchemaKind.Integer, false, o => ((ContainerRestartPolicy)o).RestartAttemptPeriod, (o, v) => ((ContainerRestartPolicy)o).RestartAttemptPeriod = (int?)v),
            });
    }
}
