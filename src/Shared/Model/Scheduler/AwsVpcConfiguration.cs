using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>This structure specifies the VPC subnets and security groups for the task, and whether a public IP address is to be used.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>AwsVpcConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class AwsVpcConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specifies whether the task's elastic network interface receives a public IP address.</summary>
        /// <remarks>JSON member <c>AssignPublicIp</c>.</remarks>
        public AssignPublicIp? AssignPublicIp { get; set; }

        /// <summary>Specifies the security groups associated with the task.</summary>
        /// <remarks>JSON member <c>SecurityGroups</c>.</remarks>
        public List<string>? SecurityGroups { get; set; }

        /// <summary>Specifies the subnets associated with the task.</summary>
        /// <remarks>JSON member <c>Subnets</c> (required by the API).</remarks>
        public List<string>? Subnets { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "AwsVpcConfiguration",
            typeof(AwsVpcConfiguration),
            () => new AwsVpcConfiguration(),
            new[]
            {
                MemberSchema.Enum("AssignPublicIp", false, s => new AssignPublicIp(s), o => ((AwsVpcConfiguration)o).AssignPublicIp, (o, v) => ((AwsVpcConfiguration)o).AssignPublicIp = (AssignPublicIp?)v),
                MemberSchema.List("SecurityGroups", false, SchemaKind.String, () => new List<string>(), o => ((AwsVpcConfiguration)o).SecurityGroups, (o, v) => ((AwsVpcConfiguration)o).SecurityGroups = (List<string>?)v),
                MemberSchema.List("Subnets", true, SchemaKind.String, () => new List<string>(), o => ((AwsVpcConfiguration)o).Subnets, (o, v) => ((AwsVpcConfiguration)o).Subnets = (List<string>?)v),
            });
    }
}
