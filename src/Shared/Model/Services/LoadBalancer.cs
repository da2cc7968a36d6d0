using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The load balancer configuration to use with a service or task set.</summary>
    /// <remarks>ECS API model shape <c>LoadBalancer</c>; members and their order follow it.</remarks>
    public sealed partial class LoadBalancer : IHasAdditionalMembers
    {
        /// <summary>The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set.</summary>
        /// <remarks>JSON member <c>targetGroupArn</c>.</remarks>
        public string? TargetGroupArn { get; set; }

        /// <summary>The name of the load balancer to associate with the Amazon ECS service or task set.</summary>
        /// <remarks>JSON member <c>loadBalancerName</c>.</remarks>
        public string? LoadBalancerName { get; set; }

        /// <summary>The name of the container (as it appears in a container definition) to associate with the load balancer.</summary>
        /// <remarks>JSON member <c>containerName</c>.</remarks>
        public string? ContainerName { get; set; }

        /// <summary>The port on the container to associate with the load balancer.</summary>
        /// <remarks>JSON member <c>containerPort</c>.</remarks>
        public int? ContainerPort { get; set; }

        /// <summary>The advanced settings for the load balancer used in blue/green deployments.</summary>
        /// <remarks>JSON member <c>advancedConfiguration</c>.</remarks>
        public AdvancedConfiguration? AdvancedConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "LoadBalancer",
            typeof(LoadBalancer),
            () => new LoadBalancer(),
            new[]
            {
                MemberSchema.Scalar("targetGroupArn", SchemaKind.String, false, o => ((LoadBalancer)o).TargetGroupArn, (o, v) => ((LoadBalancer)o).TargetGroupArn = (string?)v),
                MemberSchema.Scalar("loadBalancerName", SchemaKind.String, false, o => ((LoadBalancer)o).LoadBalancerName, (o, v) => ((LoadBalancer)o).LoadBalancerName = (string?)v),
                MemberSchema.Scalar("containerName", SchemaKind.String, false, o => ((LoadBalancer)o).ContainerName, (o, v) => ((LoadBalancer)o).ContainerName = (string?)v),
                MemberSchema.Scalar("containerPort", SchemaKind.Integer, false, o => ((LoadBalancer)o).ContainerPort, (o, v) => ((LoadBalancer)o).ContainerPort = (int?)v),
                MemberSchema.Object("advancedConfiguration", false, () => AdvancedConfiguration.Schema, o => ((LoadBalancer)o).AdvancedConfiguration, (o, v) => ((LoadBalancer)o).AdvancedConfiguration = (AdvancedConfiguration?)v),
            });
    }
}
