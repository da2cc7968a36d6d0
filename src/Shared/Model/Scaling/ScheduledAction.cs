using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>The input of PutScheduledAction (<c>aws application-autoscaling put-scheduled-action --cli-input-json</c>).</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PutScheduledActionRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ScheduledAction : IHasAdditionalMembers
    {
        /// <summary>The namespace of the Amazon Web Services service that provides the resource.</summary>
        /// <remarks>JSON member <c>ServiceNamespace</c> (required by the API).</remarks>
        public ServiceNamespace? ServiceNamespace { get; set; }

        /// <summary>The schedule for this action.</summary>
        /// <remarks>JSON member <c>Schedule</c>.</remarks>
        public string? Schedule { get; set; }

        /// <summary>Specifies the time zone used when setting a scheduled action by using an at or cron expression.</summary>
        /// <remarks>JSON member <c>Timezone</c>.</remarks>
        public string? Timezone { get; set; }

        /// <summary>The name of the scheduled action.</summary>
        /// <remarks>JSON member <c>ScheduledActionName</c> (required by the API).</remarks>
        public string? ScheduledActionName { get; set; }

        /// <summary>The identifier of the resource associated with the scheduled action.</summary>
        /// <remarks>JSON member <c>ResourceId</c> (required by the API).</remarks>
        public string? ResourceId { get; set; }

        /// <summary>The scalable dimension.</summary>
        /// <remarks>JSON member <c>ScalableDimension</c> (required by the API).</remarks>
        public ScalableDimension? ScalableDimension { get; set; }

        /// <summary>The date and time for this scheduled action to start, in UTC.</summary>
        /// <remarks>JSON member <c>StartTime</c>.</remarks>
        public string? StartTime { get; set; }

        /// <summary>The date and time for the recurring schedule to end, in UTC.</summary>
        /// <remarks>JSON member <c>EndTime</c>.</remarks>
        public string? EndTime { get; set; }

        /// <summary>The new minimum and maximum capacity.</summary>
        /// <remarks>JSON member <c>ScalableTargetAction</c>.</remarks>
        public ScalableTargetAction? ScalableTargetAction { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PutScheduledActionRequest",
            typeof(ScheduledAction),
            () => new ScheduledAction(),
            new[]
            {
                MemberSchema.Enum("ServiceNamespace", true, s => new ServiceNamespace(s), o => ((ScheduledAction)o).ServiceNamespace, (o, v) => ((ScheduledAction)o).ServiceNamespace = (ServiceNamespace?)v),
                MemberSchema.Scalar("Schedule", SchemaKind.String, false, o => ((ScheduledAction)o).Schedule, (o, v) => ((ScheduledAction)o).Schedule = (string?)v),
                MemberSchema.Scalar("Timezone", SchemaKind.String, false, o => ((ScheduledAction)o).Timezone, (o, v) => ((ScheduledAction)o).Timezone = (string?)v),
                MemberSchema.Scalar("ScheduledActionName", SchemaKind.String, true, o => ((ScheduledAction)o).ScheduledActionName, (o, v) => ((ScheduledAction)o).ScheduledActionName = (string?)v),
                MemberSchema.Scalar("ResourceId", SchemaKind.String, true, o => ((ScheduledAction)o).ResourceId, (o, v) => ((ScheduledAction)o).ResourceId = (string?)v),
                MemberSchema.Enum("ScalableDimension", true, s => new ScalableDimension(s), o => ((ScheduledAction)o).ScalableDimension, (o, v) => ((ScheduledAction)o).ScalableDimension = (ScalableDimension?)v),
                MemberSchema.Scalar("StartTime", SchemaKind.Timestamp, false, o => ((ScheduledAction)o).StartTime, (o, v) => ((ScheduledAction)o).StartTime = (string?)v),
                MemberSchema.Scalar("EndTime", SchemaKind.Timestamp, false, o => ((ScheduledAction)o).EndTime, (o, v) => ((ScheduledAction)o).EndTime = (string?)v),
                MemberSchema.Object("ScalableTargetAction", false, () => ScalableTargetAction.Schema, o => ((ScheduledAction)o).ScalableTargetAction, (o, v) => ((ScheduledAction)o).ScalableTargetAction = (ScalableTargetAction?)v),
            });
    }
}
