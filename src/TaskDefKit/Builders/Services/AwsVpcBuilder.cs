using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds <c>networkConfiguration.awsvpcConfiguration</c>, the network of a task whose task definition uses
    /// <c>awsvpc</c> (every Fargate task): its subnets, security groups and whether it gets a public IP address. Tasks
    /// get no public IP unless <see cref="AssignPublicIp"/> is called: <c>assignPublicIp</c> is written as
    /// <c>DISABLED</c>, so a task reaches the internet only through a NAT gateway or VPC endpoints.
    /// </summary>
    public sealed class AwsVpcBuilder
    {
        internal AwsVpcBuilder()
        {
            Configuration = new AwsVpcConfiguration { AssignPublicIp = Model.Services.AssignPublicIp.Disabled };
        }

        /// <summary>The configuration being built (the same object each time).</summary>
        public AwsVpcConfiguration Configuration { get; }

        /// <summary>Adds subnets (IDs such as <c>subnet-0abc…</c>, all in one VPC; at most 16).</summary>
        [Adds("subnets", "subnetIds")]
        public AwsVpcBuilder Subnets(params string[] subnetIds) => Subnets((IEnumerable<string>)subnetIds);

        /// <summary>Adds subnets (IDs, all in one VPC; at most 16).</summary>
        [Adds("subnets", "subnetIds")]
        public AwsVpcBuilder Subnets(IEnumerable<string> subnetIds)
        {
            Guard.ThrowIfNull(subnetIds, nameof(subnetIds));
            (Configuration.Subnets ??= new List<string>()).AddRange(subnetIds);
            return this;
        }

        /// <summary>Adds security groups (IDs such as <c>sg-0abc…</c>, in the subnets' VPC; at most 5). None: the VPC's default group.</summary>
        [Adds("securityGroups", "securityGroupIds")]
        public AwsVpcBuilder SecurityGroups(params string[] securityGroupIds) => SecurityGroups((IEnumerable<string>)securityGroupIds);

        /// <summary>Adds security groups (IDs, in the subnets' VPC; at most 5).</summary>
        [Adds("securityGroups", "securityGroupIds")]
        public AwsVpcBuilder SecurityGroups(IEnumerable<string> securityGroupIds)
        {
            Guard.ThrowIfNull(securityGroupIds, nameof(securityGroupIds));
            (Configuration.SecurityGroups ??= new List<string>()).AddRange(securityGroupIds);
            return this;
        }

        /// <summary>
        /// Sets <c>assignPublicIp</c> to <c>ENABLED</c> (or back to <c>DISABLED</c>): a Fargate task in a public subnet
        /// without a NAT gateway needs it to pull images, but the task is then reachable from the internet as far as its
        /// security groups allow.
        /// </summary>
        [Sets("assignPublicIp=enabled?'ENABLED':'DISABLED'")]
        public AwsVpcBuilder AssignPublicIp(bool enabled = true)
        {
            Configuration.AssignPublicIp = enabled ? Model.Services.AssignPublicIp.Enabled : Model.Services.AssignPublicIp.Disabled;
            return this;
        }
    }
}
