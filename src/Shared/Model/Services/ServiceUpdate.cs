using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>ServiceUpdate</summary>
    /// <remarks>ECS API model shape <c>UpdateServiceRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceUpdate : IHasAdditionalMembers
    {
        /// <summary>The short name or full Amazon Resource Name (ARN) of the cluster that your service runs on.</summary>
        /// <remarks>JSON member <c>cluster</c>.</remarks>
        public string? Cluster { get; set; }

        /// <summary>The name of the service to update.</summary>
        /// <remarks>JSON member <c>service</c> (required by the API).</remarks>
        public string? Service { get; set; }

        /// <summary>The number of instantiations of the task to place and keep running in your service.</summary>
        /// <remarks>JSON member <c>desiredCount</c>.</remarks>
        public int? DesiredCount { get; set; }

        /// <summary>The family and revision (family:revision) or full ARN of the task definition to run in your service.</summary>
        /// <remarks>JSON member <c>taskDefinition</c>.</remarks>
        public string? TaskDefinition { get; set; }

        /// <summary>The details of a capacity provider strategy.</summary>
        /// <remarks>JSON member <c>capacityProviderStrategy</c>.</remarks>
        public List<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; set; }

        /// <summary>Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.</summary>
        /// <remarks>JSON member <c>deploymentConfiguration</c>.</remarks>
        public DeploymentConfiguration? DeploymentConfiguration { get; set; }

        /// <summary>Indicates whether to use Availability Zone rebalancing for the service.</summary>
        /// <remarks>JSON member <c>availabilityZoneRebalancing</c>.</remarks>
        public AvailabilityZoneRebalancing? AvailabilityZoneRebalancing { get; set; }

        /// <summary>An object representing the network configuration for the service.</summary>
        /// <remarks>JSON member <c>networkConfiguration</c>.</remarks>
        public NetworkConfiguration? NetworkConfiguration { get; set; }

        /// <summary>An array of task placement constraint objects to update the service to use.</summary>
        /// <remarks>JSON member <c>placementConstraints</c>.</remarks>
        public List<PlacementConstraint>? PlacementConstraints { get; set; }

        /// <summary>The task placement strategy objects to update the service to use.</summary>
        /// <remarks>JSON member <c>placementStrategy</c>.</remarks>
        public List<PlacementStrategy>? PlacementStrategy { get; set; }

        /// <summary>The platform version that your tasks in the service run on.</summary>
        /// <remarks>JSON member <c>platformVersion</c>.</remarks>
        public string? PlatformVersion { get; set; }

        /// <summary>Determines whether to force a new deployment of the service.</summary>
        /// <remarks>JSON member <c>forceNewDeployment</c>.</remarks>
        public bool? ForceNewDeployment { get; set; }

        /// <summary>The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks after a task has first started.</summary>
        /// <remarks>JSON member <c>healthCheckGracePeriodSeconds</c>.</remarks>
        public int? HealthCheckGracePeriodSeconds { get; set; }

        /// <summary>deploymentController</summary>
        /// <remarks>JSON member <c>deploymentController</c>.</remarks>
        public DeploymentController? DeploymentController { get; set; }

        /// <summary>If true, this enables execute command functionality on all task containers.</summary>
        /// <remarks>JSON member <c>enableExecuteCommand</c>.</remarks>
        public bool? EnableExecuteCommand { get; set; }

        /// <summary>Determines whether to turn on Amazon ECS managed tags for the tasks in the service.</summary>
        /// <remarks>JSON member <c>enableECSManagedTags</c>.</remarks>
        public bool? EnableEcsManagedTags { get; set; }

        /// <summary>You must have a service-linked role when you update this property A list of Elastic Load Balancing load balancer objects.</summary>
        /// <remarks>JSON member <c>loadBalancers</c>.</remarks>
        public List<LoadBalancer>? LoadBalancers { get; set; }

        /// <summary>Determines whether to propagate the tags from the task definition or the service to the task.</summary>
        /// <remarks>JSON member <c>propagateTags</c>.</remarks>
        public PropagateTags? PropagateTags { get; set; }

        /// <summary>You must have a service-linked role when you update this property.</summary>
        /// <remarks>JSON member <c>serviceRegistries</c>.</remarks>
        public List<ServiceRegistry>? ServiceRegistries { get; set; }

        /// <summary>The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.</summary>
        /// <remarks>JSON member <c>serviceConnectConfiguration</c>.</remarks>
        public ServiceConnectConfiguration? ServiceConnectConfiguration { get; set; }

        /// <summary>The details of the volume that was configuredAtLaunch.</summary>
        /// <remarks>JSON member <c>volumeConfigurations</c>.</remarks>
        public List<ServiceVolumeConfiguration>? VolumeConfigurations { get; set; }

        /// <summary>An object representing the VPC Lattice configuration for the service being updated.</summary>
        /// <remarks>JSON member <c>vpcLatticeConfigurations</c>.</remarks>
        public List<VpcLatticeConfiguration>? VpcLatticeConfigurations { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "UpdateServiceRequest",
            typeof(ServiceUpdate),
            () => new ServiceUpdate(),
            new[]
            {
                MemberSchema.Scalar("cluster", SchemaKind.String, false, o => ((ServiceUpdate)o).Cluster, (o, v) => ((ServiceUpdate)o).Cluster = (string?)v),
                MemberSchema.Scalar("service", SchemaKind.String, true, o => ((ServiceUpdate)o).Service, (o, v) => ((ServiceUpdate)o).Service = (string?)v),
                MemberSchema.Scalar("desiredCount", SchemaKind.Integer, false, o => ((ServiceUpdate)o).DesiredCount, (o, v) => ((ServiceUpdate)o).DesiredCount = (int?)v),
                MemberSchema.Scalar("taskDefinition", SchemaKind.String, false, o => ((ServiceUpdate)o).TaskDefinition, (o, v) => ((ServiceUpdate)o).TaskDefinition = (string?)v),
                MemberSchema.List("capacityProviderStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>(), o => ((ServiceUpdate)o).CapacityProviderStrategy, (o, v) => ((ServiceUpdate)o).CapacityProviderStrategy = (List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>?)v, elementSchema: () => global::TaskDefKit.Model.Services.CapacityProviderStrategyItem.Schema),
                MemberSchema.Object("deploymentConfiguration", false, () => DeploymentConfiguration.Schema, o => ((ServiceUpdate)o).DeploymentConfiguration, (o, v) => ((ServiceUpdate)o).DeploymentConfiguration = (DeploymentConfiguration?)v),
                MemberSchema.Enum("availabilityZoneRebalancing", false, s => new AvailabilityZoneRebalancing(s), o => ((ServiceUpdate)o).AvailabilityZoneRebalancing, (o, v) => ((ServiceUpdate)o).AvailabilityZoneRebalancing = (AvailabilityZoneRebalancing?)v),
                MemberSchema.Object("networkConfiguration", false, () => NetworkConfiguration.Schema, o => ((ServiceUpdate)o).NetworkConfiguration, (o, v) => ((ServiceUpdate)o).NetworkConfiguration = (NetworkConfiguration?)v),
                MemberSchema.List("placementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementConstraint>(), o => ((ServiceUpdate)o).PlacementConstraints, (o, v) => ((ServiceUpdate)o).PlacementConstraints = (List<global::TaskDefKit.Model.PlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementConstraint.Schema),
                MemberSchema.List("placementStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementStrategy>(), o => ((ServiceUpdate)o).PlacementStrategy, (o, v) => ((ServiceUpdate)o).PlacementStrategy = (List<global::TaskDefKit.Model.PlacementStrategy>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementStrategy.Schema),
                MemberSchema.Scalar("platformVersion", SchemaKind.String, false, o => ((ServiceUpdate)o).PlatformVersion, (o, v) => ((ServiceUpdate)o).PlatformVersion = (string?)v),
                MemberSchema.Scalar("forceNewDeployment", SchemaKind.Boolean, false, o => ((ServiceUpdate)o).ForceNewDeployment, (o, v) => ((ServiceUpdate)o).ForceNewDeployment = (bool?)v),
                MemberSchema.Scalar("healthCheckGracePeriodSeconds", SchemaKind.Integer, false, o => ((ServiceUpdate)o).HealthCheckGracePeriodSeconds, (o, v) => ((ServiceUpdate)o).HealthCheckGracePeriodSeconds = (int?)v),
                MemberSchema.Object("deploymentController", false, () => DeploymentController.Schema, o => ((ServiceUpdate)o).DeploymentController, (o, v) => ((ServiceUpdate)o).DeploymentController = (DeploymentController?)v),
                MemberSchema.Scalar("enableExecuteCommand", SchemaKind.Boolean, false, o => ((ServiceUpdate)o).EnableExecuteCommand, (o, v) => ((ServiceUpdate)o).EnableExecuteCommand = (bool?)v),
                MemberSchema.Scalar("enableECSManagedTags", SchemaKind.Boolean, false, o => ((ServiceUpdate)o).EnableEcsManagedTags, (o, v) => ((ServiceUpdate)o).EnableEcsManagedTags = (bool?)v),
                MemberSchema.List("loadBalancers", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.LoadBalancer>(), o => ((ServiceUpdate)o).LoadBalancers, (o, v) => ((ServiceUpdate)o).LoadBalancers = (List<global::TaskDefKit.Model.Services.LoadBalancer>?)v, elementSchema: () => global::TaskDefKit.Model.Services.LoadBalancer.Schema),
                MemberSchema.Enum("propagateTags", false, s => new PropagateTags(s), o => ((ServiceUpdate)o).PropagateTags, (o, v) => ((ServiceUpdate)o).PropagateTags = (PropagateTags?)v),
                MemberSchema.List("serviceRegistries", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceRegistry>(), o => ((ServiceUpdate)o).ServiceRegistries, (o, v) => ((ServiceUpdate)o).ServiceRegistries = (List<global::TaskDefKit.Model.Services.ServiceRegistry>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceRegistry.Schema),
                MemberSchema.Object("serviceConnectConfiguration", false, () => ServiceConnectConfiguration.Schema, o => ((ServiceUpdate)o).ServiceConnectConfiguration, (o, v) => ((ServiceUpdate)o).ServiceConnectConfiguration = (ServiceConnectConfiguration?)v),
                MemberSchema.List("volumeConfigurations", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceVolumeConfiguration>(), o => ((ServiceUpdate)o).VolumeConfigurations, (o, v) => ((ServiceUpdate)o).VolumeConfigurations = (List<global::TaskDefKit.Model.Services.ServiceVolumeConfiguration>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceVolumeConfiguration.Schema),
                MemberSchema.List("vpcLatticeConfigurations", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.VpcLatticeConfiguration>(), o => ((ServiceUpdate)o).VpcLatticeConfigurations, (o, v) => ((ServiceUpdate)o).VpcLatticeConfigurations = (List<global::TaskDefKit.Model.Services.VpcLatticeConfiguration>?)v, elementSchema: () => global::TaskDefKit.Model.Services.VpcLatticeConfiguration.Schema),
            });
    }
}
