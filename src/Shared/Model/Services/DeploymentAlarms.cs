using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>One of the methods which provide a way for you to quickly identify when a deployment has failed, and then to optionally roll back the failure to the last working deployment.</summary>
    /// <remarks>ECS API model shape <c>DeploymentAlarms</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentAlarms : IHasAdditionalMembers
    {
        /// <summary>One or more CloudWatch alarm names.</summary>
        /// <remarks>JSON member <c>alarmNames</c> (required by the API).</remarks>
        public List<string>? AlarmNames { get; set; }

        /// <summary>Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.</summary>
        /// <remarks>JSON member <c>rollback</c> (required by the API).</remarks>
        public bool? Rollback { get; set; }

        /// <summary>Determines whether to use the CloudWatch alarm option in the service deployment process.</summary>
        /// <remarks>JSON member <c>enable</c> (required by the API).</remarks>
        public bool? Enable { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentAlarms",
            typeof(DeploymentAlarms),
            () => new DeploymentAlarms(),
            new[]
            {
                MemberSchema.List("alarmNames", true, SchemaKind.String, () => new List<string>(), o => ((DeploymentAlarms)o).AlarmNames, (o, v) => ((DeploymentAlarms)o).AlarmNames = (List<string>?)v),
                MemberSchema.Scalar("rollback", SchemaKind.Boolean, true, o => ((DeploymentAlarms)o).Rollback, (o, v) => ((DeploymentAlarms)o).Rollback = (bool?)v),
                MemberSchema.Scalar("enable", SchemaKind.Boolean, true, o => ((DeploymentAlarms)o).Enable, (o, v) => ((DeploymentAlarms)o).Enable = (bool?)v),
            });
    }
}
