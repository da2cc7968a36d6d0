using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>The templated target type for the EventBridge PutEvents API operation.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>EventBridgeParameters</c>; members and their order follow it.</remarks>
    public sealed partial class EventBridgeParameters : IHasAdditionalMembers
    {
        /// <summary>A free-form string, with a maximum of 128 characters, used to decide what fields to expect in the event detail.</summary>
        /// <remarks>JSON member <c>DetailType</c> (required by the API).</remarks>
        public string? DetailType { get; set; }

        /// <summary>The source of the event.</summary>
        /// <remarks>JSON member <c>Source</c> (required by the API).</remarks>
        public string? Source { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EventBridgeParameters",
            typeof(EventBridgeParameters),
            () => new EventBridgeParameters(),
            new[]
            {
                MemberSchema.Scalar("DetailType", SchemaKind.String, true, o => ((EventBridgeParameters)o).DetailType, (o, v) => ((EventBridgeParameters)o).DetailType = (string?)v),
                MemberSchema.Scalar("Source", SchemaKind.String, true, o => ((EventBridgeParameters)o).Source, (o, v) => ((EventBridgeParameters)o).Source = (string?)v),
            });
    }
}
