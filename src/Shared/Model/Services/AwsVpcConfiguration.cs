using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>An object representing the networking details for a task or service.</summary>
    /// <remarks>ECS API model shape <c>AwsVpcConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class AwsVpcConfiguration : IHasAdditionalMembers
    {
        /// <summary>The IDs of the subnets associated with the task or service.</summary>
        /// <remarks>JSON member <c>subnets</c> (required by the API).</remarks>
        public List<string>? Subnets { get; set; }

        /// <summary>The IDs of the security groups associated with the task or service.</summary>
        /// <remarks>JSON member <c>securityGroups</c>.</remarks>
        public List<string>? SecurityGroups { get; set; }

        /// <summary>Whether the task's elastic network interface receives a public IP address.</summary>
        /// <remarks>JSON member <c>assignPublicIp</c>.</remarks>
        public AssignPublicIp? AssignPublicIp { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "AwsVpcConfiguration",
            typeof(AwsVpcConfiguration),
            () => new AwsVpcConfiguration(),
            new[]
            {
                MemberSchema.List("subnets", true, SchemaKind.String, () => new List<string>(), o => ((AwsVpcConfiguration)o).Subnets, (o, v) => ((AwsVpcConfiguration)o).Subnets = (List<string>?)v),
                MemberSchema.List("securityGroups", false, SchemaKind.String, () => new List<string>(), o => ((AwsVpcConfiguration)o).SecurityGroups, (o, v) => ((AwsVpcConfiguration)o).SecurityGroups = (List<string>?)v),
                MemberSchema.Enum("assignPublicIp", false, s => new AssignPublicIp(s), o => ((AwsVpcConfiguration)o).AssignPublicIp, (o, v) => ((AwsVpcConfiguration)o).AssignPublicIp = (AssignPublicIp?)v),
            });
    }
}
