using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The input of PutTargets (<c>aws events put-targets --cli-input-json</c>): the targets of one rule.</summary>
    /// <remarks>EventBridge API model shape <c>PutTargetsRequest</c>; members and their order follow it.</remarks>
    public sealed partial class EventTargets : IHasAdditionalMembers
    {
        /// <summary>The name of the rule.</summary>
        /// <remarks>JSON member <c>Rule</c> (required by the API).</remarks>
        public string? Rule { get; set; }

        /// <summary>The name or ARN of the event bus associated with the rule.</summary>
        /// <remarks>JSON member <c>EventBusName</c>.</remarks>
        public string? EventBusName { get; set; }

        /// <summary>The targets to update or add to the rule.</summary>
        /// <remarks>JSON member <c>Targets</c> (required by the API).</remarks>
        public List<EventTarget>? Targets { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PutTargetsRequest",
            typeof(EventTargets),
            () => new EventTargets(),
            new[]
            {
                MemberSchema.Scalar("Rule", SchemaKind.String, true, o => ((EventTargets)o).Rule, (o, v) => ((EventTargets)o).Rule = (string?)v),
                MemberSchema.Scalar("EventBusName", SchemaKind.String, false, o => ((EventTargets)o).EventBusName, (o, v) => ((EventTargets)o).EventBusName = (string?)v),
                MemberSchema.List("Targets", true, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.EventTarget>(), o => ((EventTargets)o).Targets, (o, v) => ((EventTargets)o).Targets = (List<global::TaskDefKit.Model.Events.EventTarget>?)v, elementSchema: () => global::TaskDefKit.Model.Events.EventTarget.Schema),
            });
    }
}
