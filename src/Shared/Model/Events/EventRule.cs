using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The input of PutRule (<c>aws events put-rule --cli-input-json</c>): a schedule or event pattern rule.</summary>
    /// <remarks>EventBridge API model shape <c>PutRuleRequest</c>; members and their order follow it.</remarks>
    public sealed partial class EventRule : IHasAdditionalMembers
    {
        /// <summary>The name of the rule that you are creating or updating.</summary>
        /// <remarks>JSON member <c>Name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The scheduling expression.</summary>
        /// <remarks>JSON member <c>ScheduleExpression</c>.</remarks>
        public string? ScheduleExpression { get; set; }

        /// <summary>The event pattern.</summary>
        /// <remarks>JSON member <c>EventPattern</c>.</remarks>
        public string? EventPattern { get; set; }

        /// <summary>The state of the rule.</summary>
        /// <remarks>JSON member <c>State</c>.</remarks>
        public RuleState? State { get; set; }

        /// <summary>A description of the rule.</summary>
        /// <remarks>JSON member <c>Description</c>.</remarks>
        public string? Description { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role associated with the rule.</summary>
        /// <remarks>JSON member <c>RoleArn</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <summary>The list of key-value pairs to associate with the rule.</summary>
        /// <remarks>JSON member <c>Tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>The name or ARN of the event bus to associate with this rule.</summary>
        /// <remarks>JSON member <c>EventBusName</c>.</remarks>
        public string? EventBusName { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PutRuleRequest",
            typeof(EventRule),
            () => new EventRule(),
            new[]
            {
                MemberSchema.Scalar("Name", SchemaKind.String, true, o => ((EventRule)o).Name, (o, v) => ((EventRule)o).Name = (string?)v),
                MemberSchema.Scalar("ScheduleExpression", SchemaKind.String, false, o => ((EventRule)o).ScheduleExpression, (o, v) => ((EventRule)o).ScheduleExpression = (string?)v),
                MemberSchema.Scalar("EventPattern", SchemaKind.String, false, o => ((EventRule)o).EventPattern, (o, v) => ((EventRule)o).EventPattern = (string?)v),
                MemberSchema.Enum("State", false, s => new RuleState(s), o => ((EventRule)o).State, (o, v) => ((EventRule)o).State = (RuleState?)v),
                MemberSchema.Scalar("Description", SchemaKind.String, false, o => ((EventRule)o).Description, (o, v) => ((EventRule)o).Description = (string?)v),
                MemberSchema.Scalar("RoleArn", SchemaKind.String, false, o => ((EventRule)o).RoleArn, (o, v) => ((EventRule)o).RoleArn = (string?)v),
                MemberSchema.List("Tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.Tag>(), o => ((EventRule)o).Tags, (o, v) => ((EventRule)o).Tags = (List<global::TaskDefKit.Model.Events.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Events.Tag.Schema),
                MemberSchema.Scalar("EventBusName", SchemaKind.String, false, o => ((EventRule)o).EventBusName, (o, v) => ((EventRule)o).EventBusName = (string?)v),
            });
    }
}
