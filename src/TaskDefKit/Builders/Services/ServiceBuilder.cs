using System;
using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds the input of <c>CreateService</c> (<c>aws ecs create-service --cli-input-json</c>) fluently, in the style of
    /// <see cref="TaskDefinitionBuilder"/>. Give it the task definition it runs — a builder, a built result or a model —
    /// and <see cref="Build"/> judges the service against it (launch type vs <c>requiresCompatibilities</c>,
    /// <c>awsvpc</c> vs network configuration, load balancer container and port, …) as well as on its own.
    /// </summary>
    /// <example>
    /// <code>
    /// ServiceBuildResult web = ServiceBuilder.Create("web")
    ///     .Cluster("prod")
    ///     .TaskDefinition(webTask)                     // a TaskDefinitionBuilder
    ///     .DesiredCount(2)
    ///     .CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 2))
    ///     .AwsVpcNetwork(n => n.Subnets("subnet-0a1b", "subnet-0c2d").SecurityGroups("sg-0e3f"))
    ///     .LoadBalancer("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef")
    ///     .Build();                                    // rolling update with circuit breaker + rollback
    /// </code>
    /// </example>
    public sealed class ServiceBuilder
    {
        private readonly ServiceDefinition _service;
        private TaskDefinitionLink? _taskDefinition;
        private bool _deploymentChosen;

        /// <summary>Starts a service with the given <c>serviceName</c>.</summary>
        public ServiceBuilder(string serviceName)
        {
            _service = new ServiceDefinition { ServiceName = serviceName };
        }

        private ServiceBuilder(ServiceDefinition service)
        {
            _service = service;
            // An existing input keeps its deployment as it is: no default is added to it.
            _deploymentChosen = true;
        }

        /// <summary>Starts a service with the given <c>serviceName</c>.</summary>
        [Sets("serviceName=serviceName")]
        public static ServiceBuilder Create(string serviceName) => new ServiceBuilder(serviceName);

        /// <summary>Starts from a copy of an existing input (for example one read from JSON); the original is not changed.</summary>
        public static ServiceBuilder From(ServiceDefinition service) =>
            new ServiceBuilder(ModelCopy.Of(Guard.NotNull(service, nameof(service)), ServiceDefinition.Schema));

        /// <summary>Sets <c>serviceName</c>.</summary>
        [Sets("serviceName=serviceName")]
        public ServiceBuilder ServiceName(string serviceName)
        {
            _service.ServiceName = serviceName;
            return this;
        }

        /// <summary>Sets <c>cluster</c>: the cluster's short name or ARN (the <c>default</c> cluster when not set).</summary>
        [Sets("cluster=cluster")]
        public ServiceBuilder Cluster(string cluster)
        {
            _service.Cluster = cluster;
            return this;
        }

        /// <summary>
        /// Runs the task definition this builder builds. <see cref="Build"/> builds it too (so later changes to it count),
        /// checks the service against it, and sets <c>taskDefinition</c> to its family unless named otherwise.
        /// </summary>
        [RunsTaskDefinition("taskDefinition")]
        public ServiceBuilder TaskDefinition(TaskDefinitionBuilder taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>Runs a task definition that was built already (its findings are kept as they are).</summary>
        [RunsTaskDefinition("taskDefinition")]
        public ServiceBuilder TaskDefinition(TaskDefinitionBuildResult taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>Runs this task definition (copied now, validated at <see cref="Build"/>).</summary>
        [RunsTaskDefinition("taskDefinition")]
        public ServiceBuilder TaskDefinition(TaskDefinition taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>
        /// Sets <c>taskDefinition</c> as written: <c>family</c>, <c>family:revision</c> or an ARN. Given only this, the
        /// task definition is unknown and the cross-checks against it stay silent; after one of the other overloads it
        /// pins the name (e.g. a revision) while the checks still read the definition given there.
        /// </summary>
        [Sets("taskDefinition=familyRevisionOrArn")]
        public ServiceBuilder TaskDefinition(string familyRevisionOrArn)
        {
            _service.TaskDefinition = familyRevisionOrArn;
            return this;
        }

        /// <summary>Sets <c>desiredCount</c>: how many tasks the service keeps running (replica services).</summary>
        [Sets("desiredCount=desiredCount")]
        public ServiceBuilder DesiredCount(int desiredCount)
        {
            _service.DesiredCount = desiredCount;
            return this;
        }

        /// <summary>Sets <c>schedulingStrategy</c> to <c>REPLICA</c>: keep <c>desiredCount</c> tasks running (the default).</summary>
        [Sets("schedulingStrategy='REPLICA'")]
        public ServiceBuilder Replica()
        {
            _service.SchedulingStrategy = SchedulingStrategy.Replica;
            return this;
        }

        /// <summary>Sets <c>schedulingStrategy</c> to <c>DAEMON</c>: one task on each container instance (EC2 only; no <c>desiredCount</c>).</summary>
        [Sets("schedulingStrategy='DAEMON'")]
        public ServiceBuilder Daemon()
        {
            _service.SchedulingStrategy = SchedulingStrategy.Daemon;
            return this;
        }

        /// <summary>Sets <c>launchType</c> (exclusive with a capacity provider strategy).</summary>
        [Sets("launchType=launchType")]
        public ServiceBuilder LaunchType(LaunchType launchType)
        {
            _service.LaunchType = launchType;
            return this;
        }

        /// <summary>Sets <c>launchType</c> to <c>FARGATE</c> (the task definition must list FARGATE in <c>requiresCompatibilities</c>).</summary>
        [Sets("launchType='FARGATE'")]
        public ServiceBuilder Fargate() => LaunchType(Model.Services.LaunchType.Fargate);

        /// <summary>Sets <c>launchType</c> to <c>EC2</c>.</summary>
        [Sets("launchType='EC2'")]
        public ServiceBuilder Ec2() => LaunchType(Model.Services.LaunchType.Ec2);

        /// <summary>Adds a capacity provider to <c>capacityProviderStrategy</c> (exclusive with <c>launchType</c>).</summary>
        /// <param name="capacityProvider">The capacity provider's name (<c>FARGATE</c>, <c>FARGATE_SPOT</c> or one of the cluster's).</param>
        /// <param name="weight">Its share of the tasks beyond the base (0–1000).</param>
        /// <param name="baseCount">How many tasks run on it before the weights apply (<c>base</c>; one provider only).</param>
        [Adds("capacityProviderStrategy", "capacityProvider=capacityProvider", "weight=weight", "base=baseCount?", At = "capacityProvider")]
        public ServiceBuilder CapacityProvider(string capacityProvider, int weight = 1, int? baseCount = null)
        {
            (_service.CapacityProviderStrategy ??= new List<CapacityProviderStrategyItem>()).Add(
                new CapacityProviderStrategyItem { CapacityProvider = capacityProvider, Weight = weight, Base = baseCount });
            return this;
        }

        /// <summary>Sets <c>capacityProviderStrategy</c> to a preset (replacing providers added before; exclusive with <c>launchType</c>).</summary>
        [Sets("capacityProviderStrategy=null", From = "strategy")]
        public ServiceBuilder CapacityProviders(CapacityStrategy strategy)
        {
            _service.CapacityProviderStrategy = Guard.NotNull(strategy, nameof(strategy)).Copy();
            return this;
        }

        /// <summary>Sets <c>platformVersion</c> (Fargate; <c>LATEST</c> unless pinned).</summary>
        [Sets("platformVersion=platformVersion")]
        public ServiceBuilder PlatformVersion(string platformVersion)
        {
            _service.PlatformVersion = platformVersion;
            return this;
        }

        /// <summary>
        /// Sets <c>networkConfiguration.awsvpcConfiguration</c> (required when the task definition uses <c>awsvpc</c>, as
        /// every Fargate task does): <c>n => n.Subnets("subnet-…", "subnet-…").SecurityGroups("sg-…")</c>. Tasks get no
        /// public IP unless <see cref="AwsVpcBuilder.AssignPublicIp"/> is called.
        /// </summary>
        [Replaces("networkConfiguration", "awsvpcConfiguration/assignPublicIp='DISABLED'", Nested = "awsvpcConfiguration=configure")]
        public ServiceBuilder AwsVpcNetwork(Action<AwsVpcBuilder> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            var builder = new AwsVpcBuilder();
            configure(builder);
            _service.NetworkConfiguration = new NetworkConfiguration { AwsVpcConfiguration = builder.Configuration };
            return this;
        }

        /// <summary>Sets <c>networkConfiguration.awsvpcConfiguration</c> from subnets and security groups; <c>assignPublicIp</c> <c>DISABLED</c> unless asked.</summary>
        [Replaces("networkConfiguration", "awsvpcConfiguration/subnets=subnetIds", "awsvpcConfiguration/securityGroups=securityGroupIds?", "awsvpcConfiguration/assignPublicIp=assignPublicIp?'ENABLED':'DISABLED'")]
        public ServiceBuilder AwsVpcNetwork(IEnumerable<string> subnetIds, IEnumerable<string>? securityGroupIds = null, bool assignPublicIp = false)
        {
            Guard.ThrowIfNull(subnetIds, nameof(subnetIds));
            return AwsVpcNetwork(n =>
            {
                n.Subnets(subnetIds).AssignPublicIp(assignPublicIp);
                if (securityGroupIds != null)
                {
                    n.SecurityGroups(securityGroupIds);
                }
            });
        }

        /// <summary>
        /// Adds an Application or Network Load Balancer target group to <c>loadBalancers</c>. Without
        /// <see cref="LoadBalancerBuilder.Container"/>, <see cref="Build"/> takes the container and port from the task
        /// definition (the only container with a port mapping, and its only port).
        /// </summary>
        [Adds("loadBalancers", "targetGroupArn=targetGroupArn", At = "targetGroupArn", Nested = "configure")]
        public ServiceBuilder LoadBalancer(string targetGroupArn, Action<LoadBalancerBuilder>? configure = null)
        {
            var builder = new LoadBalancerBuilder(new LoadBalancer { TargetGroupArn = targetGroupArn });
            configure?.Invoke(builder);
            (_service.LoadBalancers ??= new List<LoadBalancer>()).Add(builder.LoadBalancer);
            return this;
        }

        /// <summary>
        /// Adds a target group to <c>loadBalancers</c> that sends traffic to <paramref name="containerName"/> on
        /// <paramref name="containerPort"/> (that container's only mapped port when not given).
        /// </summary>
        [Adds("loadBalancers", "targetGroupArn=targetGroupArn", "containerName=containerName", "containerPort=containerPort?", At = "targetGroupArn")]
        public ServiceBuilder LoadBalancer(string targetGroupArn, string containerName, int? containerPort = null) =>
            LoadBalancer(targetGroupArn, lb => lb.Container(containerName, containerPort));

        /// <summary>Adds a Classic Load Balancer by name (not for <c>awsvpc</c> tasks; prefer a target group).</summary>
        [Adds("loadBalancers", "loadBalancerName=loadBalancerName", "containerName=containerName", "containerPort=containerPort", At = "loadBalancerName")]
        public ServiceBuilder ClassicLoadBalancer(string loadBalancerName, string containerName, int containerPort)
        {
            (_service.LoadBalancers ??= new List<LoadBalancer>()).Add(
                new LoadBalancer { LoadBalancerName = loadBalancerName, ContainerName = containerName, ContainerPort = containerPort });
            return this;
        }

        /// <summary>Sets <c>healthCheckGracePeriodSeconds</c>: how long ECS ignores failing load balancer health checks of a new task.</summary>
        [Sets("healthCheckGracePeriodSeconds=seconds")]
        public ServiceBuilder HealthCheckGracePeriod(int seconds)
        {
            _service.HealthCheckGracePeriodSeconds = seconds;
            return this;
        }

        /// <summary>
        /// Sets the deployment to a preset (<c>deploymentConfiguration</c>, keeping alarms and lifecycle hooks set before).
        /// Without a call, <see cref="Build"/> uses <see cref="DeploymentPreset.Rolling"/> for the <c>ECS</c> controller.
        /// </summary>
        [Replaces("deploymentConfiguration", At = "preset", From = "preset", Keeps = new[] { "alarms", "lifecycleHooks" })]
        [Chooses("deployment")]
        public ServiceBuilder Deployment(DeploymentPreset preset)
        {
            Guard.ThrowIfNull(preset, nameof(preset));
            DeploymentConfiguration configuration = preset.Create();
            configuration.Alarms = _service.DeploymentConfiguration?.Alarms;
            configuration.LifecycleHooks = _service.DeploymentConfiguration?.LifecycleHooks;
            _service.DeploymentConfiguration = configuration;
            _deploymentChosen = true;
            return this;
        }

        /// <summary>
        /// Sets <c>deploymentConfiguration.alarms</c>: the deployment fails when one of these CloudWatch alarms goes into
        /// <c>ALARM</c>, and (by default) rolls back.
        /// </summary>
        [Replaces("deploymentConfiguration/alarms", "alarmNames=alarmNames", "enable='true'", "rollback=rollback")]
        public ServiceBuilder DeploymentAlarms(IEnumerable<string> alarmNames, bool rollback = true)
        {
            Guard.ThrowIfNull(alarmNames, nameof(alarmNames));
            (_service.DeploymentConfiguration ??= new DeploymentConfiguration()).Alarms =
                new DeploymentAlarms { AlarmNames = new List<string>(alarmNames), Enable = true, Rollback = rollback };
            return this;
        }

        /// <summary>Adds a deployment lifecycle hook: a Lambda function ECS calls at the given stages (blue/green, linear, canary).</summary>
        [Adds("deploymentConfiguration/lifecycleHooks", "hookTargetArn=lambdaFunctionArn", "roleArn=roleArn", "lifecycleStages=stages")]
        public ServiceBuilder LifecycleHook(string lambdaFunctionArn, string roleArn, params DeploymentLifecycleHookStage[] stages)
        {
            Guard.ThrowIfNull(stages, nameof(stages));
            (((_service.DeploymentConfiguration ??= new DeploymentConfiguration()).LifecycleHooks) ??= new List<DeploymentLifecycleHook>()).Add(
                new DeploymentLifecycleHook { HookTargetArn = lambdaFunctionArn, RoleArn = roleArn, LifecycleStages = new List<DeploymentLifecycleHookStage>(stages) });
            return this;
        }

        /// <summary>
        /// Sets <c>deploymentController.type</c>. <c>CODE_DEPLOY</c> and <c>EXTERNAL</c> deploy outside ECS: no deployment
        /// preset is added for them.
        /// </summary>
        [Replaces("deploymentController", "type=type", At = "type")]
        public ServiceBuilder DeploymentController(DeploymentControllerType type)
        {
            _service.DeploymentController = new DeploymentController { Type = type };
            return this;
        }

        /// <summary>Sets <c>placementStrategy</c> and <c>placementConstraints</c> from a placement (EC2 only), e.g. <c>PlacementBuilder.Create().SpreadAcrossZones().Build()</c>.</summary>
        [Unreadable("placementStrategy")]
        [Unreadable("placementConstraints")]
        public ServiceBuilder Placement(PlacementDocument placement)
        {
            Guard.ThrowIfNull(placement, nameof(placement));
            PlacementDocument copy = ModelCopy.Of(placement, PlacementDocument.Schema);
            _service.PlacementStrategy = copy.PlacementStrategy;
            _service.PlacementConstraints = copy.PlacementConstraints;
            return this;
        }

        /// <summary>Adds a service registry (AWS Cloud Map) entry to <c>serviceRegistries</c>.</summary>
        [Adds("serviceRegistries", "registryArn=registryArn", "containerName=containerName?", "containerPort=containerPort?", "port=port?", At = "registryArn")]
        public ServiceBuilder ServiceRegistry(string registryArn, string? containerName = null, int? containerPort = null, int? port = null)
        {
            (_service.ServiceRegistries ??= new List<ServiceRegistry>()).Add(
                new ServiceRegistry { RegistryArn = registryArn, ContainerName = containerName, ContainerPort = containerPort, Port = port });
            return this;
        }

        /// <summary>
        /// Sets <c>serviceConnectConfiguration</c>: joins the Service Connect namespace (the cluster's default when null)
        /// and publishes the named port mappings given in <paramref name="configure"/>.
        /// </summary>
        [Replaces("serviceConnectConfiguration", "enabled='true'", "namespace=namespaceName?", Nested = "configure")]
        public ServiceBuilder ServiceConnect(string? namespaceName, Action<ServiceConnectBuilder>? configure = null)
        {
            var builder = new ServiceConnectBuilder(namespaceName);
            configure?.Invoke(builder);
            _service.ServiceConnectConfiguration = builder.Configuration;
            return this;
        }

        /// <summary>Adds a VPC Lattice target group for the named port mapping (<c>vpcLatticeConfigurations</c>).</summary>
        [Adds("vpcLatticeConfigurations", "roleArn=roleArn", "targetGroupArn=targetGroupArn", "portName=portName", At = "portName")]
        public ServiceBuilder VpcLattice(string roleArn, string targetGroupArn, string portName)
        {
            (_service.VpcLatticeConfigurations ??= new List<VpcLatticeConfiguration>()).Add(
                new VpcLatticeConfiguration { RoleArn = roleArn, TargetGroupArn = targetGroupArn, PortName = portName });
            return this;
        }

        /// <summary>
        /// Adds an Amazon EBS volume ECS creates for each task (<c>volumeConfigurations</c>), for the task definition's
        /// volume configured at launch named <paramref name="name"/>.
        /// </summary>
        [Adds("volumeConfigurations", "name=name", "managedEBSVolume=volume", At = "name")]
        public ServiceBuilder ManagedEbsVolume(string name, ServiceManagedEbsVolumeConfiguration volume)
        {
            (_service.VolumeConfigurations ??= new List<ServiceVolumeConfiguration>()).Add(
                new ServiceVolumeConfiguration { Name = name, ManagedEbsVolume = volume });
            return this;
        }

        /// <summary>Sets <c>availabilityZoneRebalancing</c>.</summary>
        [Sets("availabilityZoneRebalancing=rebalancing")]
        public ServiceBuilder AvailabilityZoneRebalancing(AvailabilityZoneRebalancing rebalancing)
        {
            _service.AvailabilityZoneRebalancing = rebalancing;
            return this;
        }

        /// <summary>Sets <c>role</c>: the role ECS uses for a Classic Load Balancer outside <c>awsvpc</c> (normally the service-linked role is used).</summary>
        [Sets("role=roleArn")]
        public ServiceBuilder Role(string roleArn)
        {
            _service.Role = roleArn;
            return this;
        }

        /// <summary>Adds a tag.</summary>
        [Adds("tags", "key=key", "value=value")]
        public ServiceBuilder Tag(string key, string value)
        {
            (_service.Tags ??= new List<Tag>()).Add(new Tag { Key = key, Value = value });
            return this;
        }

        /// <summary>Sets <c>propagateTags</c>: copy the service's or the task definition's tags to the tasks.</summary>
        [Sets("propagateTags=propagateTags")]
        public ServiceBuilder PropagateTags(PropagateTags propagateTags)
        {
            _service.PropagateTags = propagateTags;
            return this;
        }

        /// <summary>Sets <c>enableECSManagedTags</c>: ECS tags the tasks with the cluster and service names.</summary>
        [Sets("enableECSManagedTags=enabled")]
        public ServiceBuilder EnableEcsManagedTags(bool enabled = true)
        {
            _service.EnableEcsManagedTags = enabled;
            return this;
        }

        /// <summary>Sets <c>enableExecuteCommand</c> (ECS Exec into the tasks; the task role needs the SSM permissions).</summary>
        [Sets("enableExecuteCommand=enabled")]
        public ServiceBuilder EnableExecuteCommand(bool enabled = true)
        {
            _service.EnableExecuteCommand = enabled;
            return this;
        }

        /// <summary>Sets <c>clientToken</c> (idempotency of the create call).</summary>
        [Sets("clientToken=clientToken")]
        public ServiceBuilder ClientToken(string clientToken)
        {
            _service.ClientToken = clientToken;
            return this;
        }

        /// <summary>Changes the raw model directly — the escape hatch for anything the fluent methods do not cover.</summary>
        [Unreadable("")]
        public ServiceBuilder Configure(Action<ServiceDefinition> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            configure(_service);
            return this;
        }

        /// <summary>
        /// Builds the task definition (when given), completes a copy of the service — <c>taskDefinition</c> from the
        /// family, load balancer containers and ports from the task definition, the default deployment — and validates
        /// it against the task definition. The builder stays usable; later calls do not change the result.
        /// </summary>
        /// <param name="options">Rules to ignore or re-grade, for the service and its task definition; catalog defaults when null.</param>
        /// <exception cref="InvalidOperationException">A load balancer's container or port cannot be taken from the task definition (none or several candidates).</exception>
        public ServiceBuildResult Build(ValidationOptions? options = null)
        {
            ServiceDefinition snapshot = ModelCopy.Of(_service, ServiceDefinition.Schema);
            TaskDefinitionBuildResult? taskDefinition = _taskDefinition?.Resolve(options);
            BuildCompletion.Complete(snapshot, taskDefinition?.Definition, _deploymentChosen);
            return new ServiceBuildResult(snapshot, taskDefinition, ServiceValidator.Validate(snapshot, taskDefinition?.Definition, options));
        }
    }
}
