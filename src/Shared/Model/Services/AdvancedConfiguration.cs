using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The advanced settings for a load balancer used in blue/green deployments.</summary>
    /// <remarks>ECS API model shape <c>AdvancedConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class AdvancedConfiguration : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green deployments.</summary>
        /// <remarks>JSON member <c>alternateTargetGroupArn</c>.</remarks>
        public string? AlternateTargetGroupArn { get; set; }

        /// <summary>The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing production traffic.</summary>
        /// <remarks>JSON member <c>productionListenerRule</c>.</remarks>
        public string? ProductionListenerRule { get; set; }

        /// <summary>The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing test traffic.</summary>
        /// <remarks>JSON member <c>testListenerRule</c>.</remarks>
        public string? TestListenerRule { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the Elastic Load Balancing APIs for you.</summary>
        /// <remarks>JSON member <c>roleArn</c>.</remarks>
        public string? RoleArn { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "AdvancedConfiguration",
            typeof(AdvancedConfiguration),
            () => new AdvancedConfiguration(),
            new[]
            {
                MemberSchema.Scalar("alternateTargetGroupArn", SchemaKind.String, false, o => ((AdvancedConfiguration)o).AlternateTargetGroupArn, (o, v) => ((AdvancedConfiguration)o).AlternateTargetGroupArn = (string?)v),
                MemberSchema.Scalar("productionListenerRule", SchemaKind.String, false, o => ((AdvancedConfiguration)o).ProductionListenerRule, (o, v) => ((AdvancedConfiguration)o).ProductionListenerRule = (string?)v),
                MemberSchema.Scalar("testListenerRule", SchemaKind.String, false, o => ((AdvancedConfiguration)o).TestListenerRule, (o, v) => ((AdvancedConfiguration)o).TestListenerRule = (string?)v),
                MemberSchema.Scalar("roleArn", SchemaKind.String, false, o => ((AdvancedConfiguration)o).RoleArn, (o, v) => ((AdvancedConfiguration)o).RoleArn = (string?)v),
            });
    }
}
