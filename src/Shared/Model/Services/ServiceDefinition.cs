using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>ServiceDefinition</summary>
    /// <remarks>ECS API model shape <c>CreateServiceRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceDefinition : IHasAdditionalMembers
    {
        /// <summary>The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.</summary>
        /// <remarks>JSON member <c>cluster</c>.</remarks>
        public string? Cluster { get; set; }

        /// <summary>The name of your service.</summary>
        /// <remarks>JSON member <c>serviceName</c> (required by the API).</remarks>
        public string? ServiceName { get; set; }

        /// <summary>The family and revision (family:revision) or full ARN of the task definition to run in your service.</summary>
        /// <remarks>JSON member <c>taskDefinition</c>.</remarks>
        public string? TaskDefinition { get; set; }

        /// <summary>Indicates whether to use Availability Zone rebalancing for the service.</summary>
        /// <remarks>JSON member <c>availabilityZoneRebalancing</c>.</remarks>
        public AvailabilityZoneRebalancing? AvailabilityZoneRebalancing { get; set; }

        /// <summary>A load balancer object representing the load balancers to use with your service.</summary>
        /// <remarks>JSON member <c>loadBalancers</c>.</remarks>
        public List<LoadBalancer>? LoadBalancers { get; set; }

        /// <summary>The details of the service discovery registry to associate with this service.</summary>
        /// <remarks>JSON member <c>serviceRegistries</c>.</remarks>
        public List<ServiceRegistry>? ServiceRegistries { get; set; }

        /// <summary>The number of instantiations of the specified task definition to place and keep running in your service.</summary>
        /// <remarks>JSON member <c>desiredCount</c>.</remarks>
        public int? DesiredCount { get; set; }

        /// <summary>An identifier that you provide to ensure the idempotency of the request.</summary>
        /// <remarks>JSON member <c>clientToken</c>.</remarks>
        public string? ClientToken { get; set; }

        /// <summary>The infrastructure that you run your service on.</summary>
        /// <remarks>JSON member <c>launchType</c>.</remarks>
        public LaunchType? LaunchType { get; set; }

        /// <summary>The capacity provider strategy to use for the service.</summary>
        /// <remarks>JSON member <c>capacityProviderStrategy</c>.</remarks>
        public List<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; set; }

        /// <summary>The platform version that your tasks in the service are running on.</summary>
        /// <remarks>JSON member <c>platformVersion</c>.</remarks>
        public string? PlatformVersion { get; set; }

        /// <summary>The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf.</summary>
        /// <remarks>JSON member <c>role</c>.</remarks>
        public string? Role { get; set; }

        /// <summary>Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.</summary>
        /// <remarks>JSON member <c>deploymentConfiguration</c>.</remarks>
        public DeploymentConfiguration? DeploymentConfiguration { get; set; }

        /// <summary>An array of placement constraint objects to use for tasks in your service.</summary>
        /// <remarks>JSON member <c>placementConstraints</c>.</remarks>
        public List<PlacementConstraint>? PlacementConstraints { get; set; }

        /// <summary>The placement strategy objects to use for tasks in your service.</summary>
        /// <remarks>JSON member <c>placementStrategy</c>.</remarks>
        public List<PlacementStrategy>? PlacementStrategy { get; set; }

        /// <summary>The network configuration for the service.</summary>
        /// <remarks>JSON member <c>networkConfiguration</c>.</remarks>
        public NetworkConfiguration? NetworkConfiguration { get; set; }

        /// <summary>The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks after a task has first started.</summary>
        /// <remarks>JSON member <c>healthCheckGracePeriodSeconds</c>.</remarks>
        public int? HealthCheckGracePeriodSeconds { get; set; }

        /// <summary>The scheduling strategy to use for the service.</summary>
        /// <remarks>JSON member <c>schedulingStrategy</c>.</remarks>
        public SchedulingStrategy? SchedulingStrategy { get; set; }

        /// <summary>The deployment controller to use for the service.</summary>
        /// <remarks>JSON member <c>deploymentController</c>.</remarks>
        public DeploymentController? DeploymentController { get; set; }

        /// <summary>The metadata that you apply to the service to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>Specifies whether to turn on Amazon ECS managed tags for the tasks within the service.</summary>
        /// <remarks>JSON member <c>enableECSManagedTags</c>.</remarks>
        public bool? EnableEcsManagedTags { get; set; }

        /// <summary>Specifies whether to propagate the tags from the task definition to the task.</summary>
        /// <remarks>JSON member <c>propagateTags</c>.</remarks>
        public PropagateTags? PropagateTags { get; set; }

        /// <summary>Determines whether the execute command functionality is turned on for the service.</summary>
        /// <remarks>JSON member <c>enableExecuteCommand</c>.</remarks>
        public bool? EnableExecuteCommand { get; set; }

        /// <summary>The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.</summary>
        /// <remarks>JSON member <c>serviceConnectConfiguration</c>.</remarks>
        public ServiceConnectConfiguration? ServiceConnectConfiguration { get; set; }

        /// <summary>The configuration for a volume specified in the task definition as a volume that is configured at launch time.</summary>
        /// <remarks>JSON member <c>volumeConfigurations</c>.</remarks>
        public List<ServiceVolumeConfiguration>? VolumeConfigurations { get; set; }

        /// <summary>The VPC Lattice configuration for the service being created.</summary>
        /// <remarks>JSON member <c>vpcLatticeConfigurations</c>.</remarks>
        public List<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CreateServiceRequest",
            typeof(ServiceDefinition),
            () => new ServiceDefinition(),
            new[]
            {
                MemberSchema.Scalar("cluster", SchemaKind.String, false, o => ((ServiceDefinition)o).Cluster, (o, v) => ((ServiceDefinition)o).Cluster = (string?)v),
                MemberSchema.Scalar("serviceName", SchemaKind.String, true, o => ((ServiceDefinition)o).ServiceName, (o, v) => ((ServiceDefinition)o).ServiceName = (string?)v),
                MemberSchema.Scalar("taskDefinition", SchemaKind.String, false, o => ((ServiceDefinition)o).TaskDefinition, (o, v) => ((ServiceDefinition)o).TaskDefinition = (string?)v),
                MemberSchema.Enum("availabilityZoneRebalancing", false, s => new AvailabilityZoneRebalancing(s), o => ((ServiceDefinition)o).AvailabilityZoneRebalancing, (o, v) => ((ServiceDefinition)o).AvailabilityZoneRebalancing = (AvailabilityZoneRebalancing?)v),
                MemberSchema.List("loadBalancers", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.LoadBalancer>(), o => ((ServiceDefinition)o).LoadBalancers, (o, v) => ((ServiceDefinition)o).LoadBalancers = (List<global::TaskDefKit.Model.Services.LoadBalancer>?)v, elementSchema: () => global::TaskDefKit.Model.Services.LoadBalancer.Schema),
                MemberSchema.List("serviceRegistries", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceRegistry>(), o => ((ServiceDefinition)o).ServiceRegistries, (o, v) => ((ServiceDefinition)o).ServiceRegistries = (List<global::TaskDefKit.Model.Services.ServiceRegistry>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceRegistry.Schema),
                MemberSchema.Scalar("desiredCount", SchemaKind.Integer, false, o => ((ServiceDefinition)o).DesiredCount, (o, v) => ((ServiceDefinition)o).DesiredCount = (int?)v),
                MemberSchema.Scalar("clientToken", SchemaKind.String, false, o => ((ServiceDefinition)o).ClientToken, (o, v) => ((ServiceDefinition)o).ClientToken = (string?)v),
                MemberSchema.Enum("launchType", false, s => new LaunchType(s), o => ((ServiceDefinition)o).LaunchType, (o, v) => ((ServiceDefinition)o).LaunchType = (LaunchType?)v),
                MemberSchema.List("capacityProviderStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>(), o => ((ServiceDefinition)o).CapacityProviderStrategy, (o, v) => ((ServiceDefinition)o).CapacityProviderStrategy = (List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>?)v, elementSchema: () => global::TaskDefKit.Model.Services.CapacityProviderStrategyItem.Schema),
                MemberSchema.Scalar("platformVersion", SchemaKind.String, false, o => ((ServiceDefinition)o).PlatformVersion, (o, v) => ((ServiceDefinition)o).PlatformVersion = (string?)v),
                MemberSchema.Scalar("role", SchemaKind.String, false, o => ((ServiceDefinition)o).Role, (o, v) => ((ServiceDefinition)o).Role = (string?)v),
                MemberSchema.Object("deploymentConfiguration", false, () => DeploymentConfiguration.Schema, o => ((ServiceDefinition)o).DeploymentConfiguration, (o, v) => ((ServiceDefinition)o).DeploymentConfiguration = (DeploymentConfiguration?)v),
                MemberSchema.List("placementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementConstraint>(), o => ((ServiceDefinition)o).PlacementConstraints, (o, v) => ((ServiceDefinition)o).PlacementConstraints = (List<global::TaskDefKit.Model.PlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementConstraint.Schema),
                MemberSchema.List("placementStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementStrategy>(), o => ((ServiceDefinition)o).PlacementStrategy, (o, v) => ((ServiceDefinition)o).PlacementStrategy = (List<global::TaskDefKit.Model.PlacementStrategy>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementStrategy.Schema),
                MemberSchema.Object("networkConfiguration", false, () => NetworkConfiguration.Schema, o => ((ServiceDefinition)o).NetworkConfiguration, (o, v) => ((ServiceDefinition)o).NetworkConfiguration = (NetworkConfiguration?)v),
                MemberSchema.Scalar("healthCheckGracePeriodSeconds", SchemaKind.Integer, false, o => ((ServiceDefinition)o).HealthCheckGracePeriodSeconds, (o, v) => ((ServiceDefinition)o).HealthCheckGracePeriodSeconds = (int?)v),
                MemberSchema.Enum("schedulingStrategy", false, s => new SchedulingStrategy(s), o => ((ServiceDefinition)o).SchedulingStrategy, (o, v) => ((ServiceDefinition)o).SchedulingStrategy = (SchedulingStrategy?)v),
                MemberSchema.Object("deploymentController", false, () => DeploymentController.Schema, o => ((ServiceDefinition)o).DeploymentController, (o, v) => ((ServiceDefinition)o).DeploymentController = (DeploymentController?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tag>(), o => ((ServiceDefinition)o).Tags, (o, v) => ((ServiceDefinition)o).Tags = (List<global::TaskDefKit.Model.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Tag.Schema),
                MemberSchema.Scalar("enableECSManagedTags", SchemaKind.Boolean, false, o => ((ServiceDefinition)o).EnableEcsManagedTags, (o, v) => ((ServiceDefinition)o).EnableEcsManagedTags = (bool?)v),
                MemberSchema.Enum("propagateTags", false, s => new PropagateTags(s), o => ((ServiceDefinition)o).PropagateTags, (o, v) => ((ServiceDefinition)o).PropagateTags = (PropagateTags?)v),
                MemberSchema.Scalar("enableExecuteCommand", SchemaKind.Boolean, false, o => ((ServiceDefinition)o).EnableExecuteCommand, (o, v) => ((ServiceDefinition)o).EnableExecuteCommand = (bool?)v),
                MemberSchema.Object("serviceConnectConfiguration", false, () => ServiceConnectConfiguration.Schema, o => ((ServiceDefinition)o).ServiceConnectConfiguration, (o, v) => ((ServiceDefinition)o).ServiceConnectConfiguration = (ServiceConnectConfiguration?)v),
                MemberSchema.List("volumeConfigurations", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceVolumeConfiguration>(), o => ((ServiceDefinition)o).VolumeConfigurations, (o, v) => ((ServiceDefinition)o).VolumeConfigurations = (List<global::TaskDefKit.Model.Services.ServiceVolumeConfiguration>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceVolumeConfiguration.Schema),
                MemberSchema.List("vpcLatticeConfigurations", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.VpcLatticeConfiguration>(), o => ((ServiceDefinition)o).VpcLatticeConfigurations, (o, v) => ((ServiceDefinition)o).VpcLatticeConfigurations = (List<global::TaskDefKit.Model.Services.VpcLatticeConfiguration>?)v, elementSchema: () => global::TaskDefKit.Model.Services.VpcLatticeConfiguration.Schema),
            });
    }
}
