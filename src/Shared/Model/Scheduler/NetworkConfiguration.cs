using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>Specifies the network configuration for an ECS task.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>NetworkConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class NetworkConfiguration : IHasAdditionalMembers
    {
        /// <summary>Specifies the Amazon VPC subnets and security groups for the task, and whether a public IP address is to be used.</summary>
        /// <remarks>JSON member <c>awsvpcConfiguration</c>.</remarks>
        public AwsVpcConfiguration? AwsVpcConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "NetworkConfiguration",
            typeof(NetworkConfiguration),
            () => new NetworkConfiguration(),
            new[]
            {
                MemberSchema.Object("awsvpcConfiguration", false, () => AwsVpcConfiguration.Schema, o => ((NetworkConfiguration)o).AwsVpcConfiguration, (o, v) => ((NetworkConfiguration)o).AwsVpcConfiguration = (AwsVpcConfiguration?)v),
            });
    }
}
