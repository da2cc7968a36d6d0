using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The input of CreateSchedule (<c>aws scheduler create-schedule --cli-input-json</c>).</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>CreateScheduleInput</c>; members and their order follow it.</remarks>
    public sealed partial class Schedule : IHasAdditionalMembers
    {
        /// <summary>Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target.</summary>
        /// <remarks>JSON member <c>ActionAfterCompletion</c>.</remarks>
        public ActionAfterCompletion? ActionAfterCompletion { get; set; }

        /// <summary>Unique, case-sensitive identifier you provide to ensure the idempotency of the request.</summary>
        /// <remarks>JSON member <c>ClientToken</c>.</remarks>
        public string? ClientToken { get; set; }

        /// <summary>The description you specify for the schedule.</summary>
        /// <remarks>JSON member <c>Description</c>.</remarks>
        public string? Description { get; set; }

        /// <summary>The date, in UTC, before which the schedule can invoke its target.</summary>
        /// <remarks>JSON member <c>EndDate</c>.</remarks>
        public string? EndDate { get; set; }

        /// <summary>Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.</summary>
        /// <remarks>JSON member <c>FlexibleTimeWindow</c> (required by the API).</remarks>
        public FlexibleTimeWindow? FlexibleTimeWindow { get; set; }

        /// <summary>The name of the schedule group to associate with this schedule.</summary>
        /// <remarks>JSON member <c>GroupName</c>.</remarks>
        public string? GroupName { get; set; }

        /// <summary>The Amazon Resource Name (ARN) for the customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt your data.</summary>
        /// <remarks>JSON member <c>KmsKeyArn</c>.</remarks>
        public string? KmsKeyArn { get; set; }

        /// <summary>The name of the schedule that you are creating.</summary>
        /// <remarks>JSON member <c>Name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The expression that defines when the schedule runs.</summary>
        /// <remarks>JSON member <c>ScheduleExpression</c> (required by the API).</remarks>
        public string? ScheduleExpression { get; set; }

        /// <summary>The timezone in which the scheduling expression is evaluated.</summary>
        /// <remarks>JSON member <c>ScheduleExpressionTimezone</c>.</remarks>
        public string? ScheduleExpressionTimezone { get; set; }

        /// <summary>The date, in UTC, after which the schedule can begin invoking its target.</summary>
        /// <remarks>JSON member <c>StartDate</c>.</remarks>
        public string? StartDate { get; set; }

        /// <summary>Specifies whether the schedule is enabled or disabled.</summary>
        /// <remarks>JSON member <c>State</c>.</remarks>
        public ScheduleState? State { get; set; }

        /// <summary>The schedule's target.</summary>
        /// <remarks>JSON member <c>Target</c> (required by the API).</remarks>
        public ScheduleTarget? Target { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CreateScheduleInput",
            typeof(Schedule),
            () => new Schedule(),
            new[]
            {
                MemberSchema.Enum("ActionAfterCompletion", false, s => new ActionAfterCompletion(s), o => ((Schedule)o).ActionAfterCompletion, (o, v) => ((Schedule)o).ActionAfterCompletion = (ActionAfterCompletion?)v),
                MemberSchema.Scalar("ClientToken", SchemaKind.String, false, o => ((Schedule)o).ClientToken, (o, v) => ((Schedule)o).ClientToken = (string?)v),
                MemberSchema.Scalar("Description", SchemaKind.String, false, o => ((Schedule)o).Description, (o, v) => ((Schedule)o).Description = (string?)v),
                MemberSchema.Scalar("EndDate", SchemaKind.Timestamp, false, o => ((Schedule)o).EndDate, (o, v) => ((Schedule)o).EndDate = (string?)v),
                MemberSchema.Object("FlexibleTimeWindow", true, () => FlexibleTimeWindow.Schema, o => ((Schedule)o).FlexibleTimeWindow, (o, v) => ((Schedule)o).FlexibleTimeWindow = (FlexibleTimeWindow?)v),
                MemberSchema.Scalar("GroupName", SchemaKind.String, false, o => ((Schedule)o).GroupName, (o, v) => ((Schedule)o).GroupName = (string?)v),
                MemberSchema.Scalar("KmsKeyArn", SchemaKind.String, false, o => ((Schedule)o).KmsKeyArn, (o, v) => ((Schedule)o).KmsKeyArn = (string?)v),
                MemberSchema.Scalar("Name", SchemaKind.String, true, o => ((Schedule)o).Name, (o, v) => ((Schedule)o).Name = (string?)v),
                MemberSchema.Scalar("ScheduleExpression", SchemaKind.String, true, o => ((Schedule)o).ScheduleExpression, (o, v) => ((Schedule)o).ScheduleExpression = (string?)v),
                MemberSchema.Scalar("ScheduleExpressionTimezone", SchemaKind.String, false, o => ((Schedule)o).ScheduleExpressionTimezone, (o, v) => ((Schedule)o).ScheduleExpressionTimezone = (string?)v),
                MemberSchema.Scalar("StartDate", SchemaKind.Timestamp, false, o => ((Schedule)o).StartDate, (o, v) => ((Schedule)o).StartDate = (string?)v),
                MemberSchema.Enum("State", false, s => new ScheduleState(s), o => ((Schedule)o).State, (o, v) => ((Schedule)o).State = (ScheduleState?)v),
                MemberSchema.Object("Target", true, () => ScheduleTarget.Schema, o => ((Schedule)o).Target, (o, v) => ((Schedule)o).Target = (ScheduleTarget?)v),
            });
    }
}
