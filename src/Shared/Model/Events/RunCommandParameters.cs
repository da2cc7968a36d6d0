using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>This parameter contains the criteria (either InstanceIds or a tag) used to specify which EC2 instances are to be sent the command.</summary>
    /// <remarks>EventBridge API model shape <c>RunCommandParameters</c>; members and their order follow it.</remarks>
    public sealed partial class RunCommandParameters : IHasAdditionalMembers
    {
        /// <summary>Currently, we support including only one RunCommandTarget block, which specifies either an array of InstanceIds or a tag.</summary>
        /// <remarks>JSON member <c>RunCommandTargets</c> (required by the API).</remarks>
        public List<RunCommandTarget>? RunCommandTargets { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RunCommandParameters",
            typeof(RunCommandParameters),
            () => new RunCommandParameters(),
            new[]
            {
                MemberSchema.List("RunCommandTargets", true, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.RunCommandTarget>(), o => ((RunCommandParameters)o).RunCommandTargets, (o, v) => ((RunCommandParameters)o).RunCommandTargets = (List<global::TaskDefKit.Model.Events.RunCommandTarget>?)v, elementSchema: () => global::TaskDefKit.Model.Events.RunCommandTarget.Schema),
            });
    }
}
