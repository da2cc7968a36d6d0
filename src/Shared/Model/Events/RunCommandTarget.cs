using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>Information about the EC2 instances that are to be sent the command, specified as key-value pairs.</summary>
    /// <remarks>EventBridge API model shape <c>RunCommandTarget</c>; members and their order follow it.</remarks>
    public sealed partial class RunCommandTarget : IHasAdditionalMembers
    {
        /// <summary>Can be either tag: tag-key or InstanceIds.</summary>
        /// <remarks>JSON member <c>Key</c> (required by the API).</remarks>
        public string? Key { get; set; }

        /// <summary>If Key is tag: tag-key, Values is a list of tag values.</summary>
        /// <remarks>JSON member <c>Values</c> (required by the API).</remarks>
        public List<string>? Values { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RunCommandTarget",
            typeof(RunCommandTarget),
            () => new RunCommandTarget(),
            new[]
            {
                MemberSchema.Scalar("Key", SchemaKind.String, true, o => ((RunCommandTarget)o).Key, (o, v) => ((RunCommandTarget)o).Key = (string?)v),
                MemberSchema.List("Values", true, SchemaKind.String, () => new List<string>(), o => ((RunCommandTarget)o).Values, (o, v) => ((RunCommandTarget)o).Values = (List<string>?)v),
            });
    }
}
