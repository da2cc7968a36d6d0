using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The VPC Lattice configuration for your service that holds the information for the target group(s) Amazon ECS tasks will be registered to.</summary>
    /// <remarks>ECS API model shape <c>VpcLatticeConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class VpcLatticeConfiguration : IHasAdditionalMembers
    {
        /// <summary>The ARN of the IAM role to associate with this VPC Lattice configuration.</summary>
        /// <remarks>JSON member <c>roleArn</c> (required by the API).</remarks>
        public string? RoleArn { get; set; }

        /// <summary>The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC Lattice configuration that the Amazon ECS tasks will be registered to.</summary>
        /// <remarks>JSON member <c>targetGroupArn</c> (required by the API).</remarks>
        public string? TargetGroupArn { get; set; }

        /// <summary>The name of the port mapping to register in the VPC Lattice target group.</summary>
        /// <remarks>JSON member <c>portName</c> (required by the API).</remarks>
        public string? PortName { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "VpcLatticeConfiguration",
            typeof(VpcLatticeConfiguration),
            () => new VpcLatticeConfiguration(),
            new[]
            {
                MemberSchema.Scalar("roleArn", SchemaKind.String, true, o => ((VpcLatticeConfiguration)o).RoleArn, (o, v) => ((VpcLatticeConfiguration)o).RoleArn = (string?)v),
                MemberSchema.Scalar("targetGroupArn", SchemaKind.String, true, o => ((VpcLatticeConfiguration)o).TargetGroupArn, (o, v) => ((VpcLatticeConfiguration)o).TargetGroupArn = (string?)v),
                MemberSchema.Scalar("portName", SchemaKind.String, true, o => ((VpcLatticeConfiguration)o).PortName, (o, v) => ((VpcLatticeConfiguration)o).PortName = (string?)v),
            });
    }
}
