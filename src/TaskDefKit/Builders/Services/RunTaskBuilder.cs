using System;
using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds the input of <c>RunTask</c> (<c>aws ecs run-task --cli-input-json</c>), a standalone task, in the style of
    /// <see cref="ServiceBuilder"/>: give it the task definition and <see cref="Build"/> judges the call against it.
    /// </summary>
    /// <example>
    /// <code>
    /// RunTaskBuildResult migrate = RunTaskBuilder.Create()
    ///     .Cluster("prod")
    ///     .TaskDefinition(webTask)
    ///     .Fargate()
    ///     .AwsVpcNetwork(n => n.Subnets("subnet-0a1b").SecurityGroups("sg-0e3f"))
    ///     .ContainerOverride("web", c => c.Command("dotnet", "Shop.dll", "--migrate"))
    ///     .Build();
    /// </code>
    /// </example>
    public sealed class RunTaskBuilder
    {
        private readonly RunTask _runTask;
        private TaskDefinitionLink? _taskDefinition;

        /// <summary>Starts an empty RunTask input.</summary>
        public RunTaskBuilder()
        {
            _runTask = new RunTask();
        }

        private RunTaskBuilder(RunTask runTask)
        {
            _runTask = runTask;
        }

        /// <summary>Starts an empty RunTask input.</summary>
        public static RunTaskBuilder Create() => new RunTaskBuilder();

        /// <summary>Starts from a copy of an existing input (for example one read from JSON); the original is not changed.</summary>
        public static RunTaskBuilder From(RunTask runTask) =>
            new RunTaskBuilder(ModelCopy.Of(Guard.NotNull(runTask, nameof(runTask)), RunTask.Schema));

        /// <summary>Sets <c>cluster</c>: the cluster's short name or ARN (the <c>default</c> cluster when not set).</summary>
        [Sets("cluster=cluster")]
        public RunTaskBuilder Cluster(string cluster)
        {
            _runTask.Cluster = cluster;
            return this;
        }

        /// <summary>Runs the task definition this builder builds (built at <see cref="Build"/>; <c>taskDefinition</c> is its family unless named otherwise).</summary>
        [RunsTaskDefinition("taskDefinition")]
        public RunTaskBuilder TaskDefinition(TaskDefinitionBuilder taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>Runs a task definition that was built already.</summary>
        [RunsTaskDefinition("taskDefinition")]
        public RunTaskBuilder TaskDefinition(TaskDefinitionBuildResult taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>Runs this task definition (copied now, validated at <see cref="Build"/>).</summary>
        [RunsTaskDefinition("taskDefinition")]
        public RunTaskBuilder TaskDefinition(TaskDefinition taskDefinition)
        {
            _taskDefinition = TaskDefinitionLink.To(taskDefinition);
            return this;
        }

        /// <summary>Sets <c>taskDefinition</c> as written: <c>family</c>, <c>family:revision</c> or an ARN (alone, the cross-checks stay silent).</summary>
        [Sets("taskDefinition=familyRevisionOrArn")]
        public RunTaskBuilder TaskDefinition(string familyRevisionOrArn)
        {
            _runTask.TaskDefinition = familyRevisionOrArn;
            return this;
        }

        /// <summary>Sets <c>count</c>: how many copies of the task to start (1–10).</summary>
        [Sets("count=count")]
        public RunTaskBuilder Count(int count)
        {
            _runTask.Count = count;
            return this;
        }

        /// <summary>Sets <c>launchType</c> (exclusive with a capacity provider strategy).</summary>
        [Sets("launchType=launchType")]
        public RunTaskBuilder LaunchType(LaunchType launchType)
        {
            _runTask.LaunchType = launchType;
            return this;
        }

        /// <summary>Sets <c>launchType</c> to <c>FARGATE</c>.</summary>
        [Sets("launchType='FARGATE'")]
        public RunTaskBuilder Fargate() => LaunchType(Model.Services.LaunchType.Fargate);

        /// <summary>Sets <c>launchType</c> to <c>EC2</c>.</summary>
        [Sets("launchType='EC2'")]
        public RunTaskBuilder Ec2() => LaunchType(Model.Services.LaunchType.Ec2);

        /// <summary>Adds a capacity provider to <c>capacityProviderStrategy</c> (exclusive with <c>launchType</c>).</summary>
        [Adds("capacityProviderStrategy", "capacityProvider=capacityProvider", "weight=weight", "base=baseCount?", At = "capacityProvider")]
        public RunTaskBuilder CapacityProvider(string capacityProvider, int weight = 1, int? baseCount = null)
        {
            (_runTask.CapacityProviderStrategy ??= new List<CapacityProviderStrategyItem>()).Add(
                new CapacityProviderStrategyItem { CapacityProvider = capacityProvider, Weight = weight, Base = baseCount });
            return this;
        }

        /// <summary>Sets <c>capacityProviderStrategy</c> to a preset (replacing providers added before).</summary>
        [Sets("capacityProviderStrategy=null", From = "strategy")]
        public RunTaskBuilder CapacityProviders(CapacityStrategy strategy)
        {
            _runTask.CapacityProviderStrategy = Guard.NotNull(strategy, nameof(strategy)).Copy();
            return this;
        }

        /// <summary>Sets <c>platformVersion</c> (Fargate; <c>LATEST</c> unless pinned).</summary>
        [Sets("platformVersion=platformVersion")]
        public RunTaskBuilder PlatformVersion(string platformVersion)
        {
            _runTask.PlatformVersion = platformVersion;
            return this;
        }

        /// <summary>Sets <c>networkConfiguration.awsvpcConfiguration</c> (required for an <c>awsvpc</c> task definition); no public IP unless asked.</summary>
        [Replaces("networkConfiguration", "awsvpcConfiguration/assignPublicIp='DISABLED'", Nested = "awsvpcConfiguration=configure")]
        public RunTaskBuilder AwsVpcNetwork(Action<AwsVpcBuilder> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            var builder = new AwsVpcBuilder();
            configure(builder);
            _runTask.NetworkConfiguration = new NetworkConfiguration { AwsVpcConfiguration = builder.Configuration };
            return this;
        }

        /// <summary>Sets <c>networkConfiguration.awsvpcConfiguration</c> from subnets and security groups; <c>assignPublicIp</c> <c>DISABLED</c> unless asked.</summary>
        [Replaces("networkConfiguration", "awsvpcConfiguration/subnets=subnetIds", "awsvpcConfiguration/securityGroups=securityGroupIds?", "awsvpcConfiguration/assignPublicIp=assignPublicIp?'ENABLED':'DISABLED'")]
        public RunTaskBuilder AwsVpcNetwork(IEnumerable<string> subnetIds, IEnumerable<string>? securityGroupIds = null, bool assignPublicIp = false)
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

        /// <summary>Adds a container override built by <paramref name="configure"/> (<c>overrides.containerOverrides</c>).</summary>
        [Adds("overrides/containerOverrides", "name=containerName", At = "containerName", Nested = "configure")]
        public RunTaskBuilder ContainerOverride(string containerName, Action<ContainerOverrideBuilder> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            var builder = new ContainerOverrideBuilder(containerName);
            configure(builder);
            (Overrides().ContainerOverrides ??= new List<ContainerOverride>()).Add(builder.Override);
            return this;
        }

        /// <summary>Sets <c>overrides.cpu</c> and <c>overrides.memory</c> (the task size for this run) to a Fargate size.</summary>
        [Sets("overrides/cpu=size.Cpu", "overrides/memory=size.Memory")]
        public RunTaskBuilder Size(FargateSize size)
        {
            Guard.ThrowIfNull(size, nameof(size));
            TaskOverride overrides = Overrides();
            overrides.Cpu = size.Cpu;
            overrides.Memory = size.Memory;
            return this;
        }

        /// <summary>Sets <c>overrides.taskRoleArn</c>: the role this run's application uses.</summary>
        [Sets("overrides/taskRoleArn=roleArn")]
        public RunTaskBuilder TaskRole(string roleArn)
        {
            Overrides().TaskRoleArn = roleArn;
            return this;
        }

        /// <summary>Sets <c>overrides.executionRoleArn</c>: the role the ECS agent uses for this run.</summary>
        [Sets("overrides/executionRoleArn=roleArn")]
        public RunTaskBuilder ExecutionRole(string roleArn)
        {
            Overrides().ExecutionRoleArn = roleArn;
            return this;
        }

        /// <summary>Sets <c>placementStrategy</c> and <c>placementConstraints</c> from a placement (EC2 only).</summary>
        [Unreadable("placementStrategy")]
        [Unreadable("placementConstraints")]
        public RunTaskBuilder Placement(PlacementDocument placement)
        {
            Guard.ThrowIfNull(placement, nameof(placement));
            PlacementDocument copy = ModelCopy.Of(placement, PlacementDocument.Schema);
            _runTask.PlacementStrategy = copy.PlacementStrategy;
            _runTask.PlacementConstraints = copy.PlacementConstraints;
            return this;
        }

        /// <summary>
        /// Adds an Amazon EBS volume ECS creates for the task (<c>volumeConfigurations</c>), for the task definition's
        /// volume configured at launch named <paramref name="name"/>.
        /// </summary>
        [Adds("volumeConfigurations", "name=name", "managedEBSVolume=volume", At = "name")]
        public RunTaskBuilder ManagedEbsVolume(string name, TaskManagedEbsVolumeConfiguration volume)
        {
            (_runTask.VolumeConfigurations ??= new List<TaskVolumeConfiguration>()).Add(
                new TaskVolumeConfiguration { Name = name, ManagedEbsVolume = volume });
            return this;
        }

        /// <summary>Sets <c>group</c> (e.g. <c>family:migrations</c>), which spread placement can use.</summary>
        [Sets("group=group")]
        public RunTaskBuilder Group(string group)
        {
            _runTask.Group = group;
            return this;
        }

        /// <summary>Sets <c>startedBy</c>: who or what started the task (shown by ListTasks; up to 128 characters).</summary>
        [Sets("startedBy=startedBy")]
        public RunTaskBuilder StartedBy(string startedBy)
        {
            _runTask.StartedBy = startedBy;
            return this;
        }

        /// <summary>Sets <c>referenceId</c>, an identifier of your own for the task.</summary>
        [Sets("referenceId=referenceId")]
        public RunTaskBuilder ReferenceId(string referenceId)
        {
            _runTask.ReferenceId = referenceId;
            return this;
        }

        /// <summary>Adds a tag.</summary>
        [Adds("tags", "key=key", "value=value")]
        public RunTaskBuilder Tag(string key, string value)
        {
            (_runTask.Tags ??= new List<Tag>()).Add(new Tag { Key = key, Value = value });
            return this;
        }

        /// <summary>Sets <c>propagateTags</c>: copy the task definition's tags to the task.</summary>
        [Sets("propagateTags=propagateTags")]
        public RunTaskBuilder PropagateTags(PropagateTags propagateTags)
        {
            _runTask.PropagateTags = propagateTags;
            return this;
        }

        /// <summary>Sets <c>enableECSManagedTags</c>.</summary>
        [Sets("enableECSManagedTags=enabled")]
        public RunTaskBuilder EnableEcsManagedTags(bool enabled = true)
        {
            _runTask.EnableEcsManagedTags = enabled;
            return this;
        }

        /// <summary>Sets <c>enableExecuteCommand</c> (ECS Exec into the task).</summary>
        [Sets("enableExecuteCommand=enabled")]
        public RunTaskBuilder EnableExecuteCommand(bool enabled = true)
        {
            _runTask.EnableExecuteCommand = enabled;
            return this;
        }

        /// <summary>Sets <c>clientToken</c> (idempotency of the call).</summary>
        [Sets("clientToken=clientToken")]
        public RunTaskBuilder ClientToken(string clientToken)
        {
            _runTask.ClientToken = clientToken;
            return this;
        }

        /// <summary>Changes the raw model directly — the escape hatch for anything the fluent methods do not cover.</summary>
        [Unreadable("")]
        public RunTaskBuilder Configure(Action<RunTask> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            configure(_runTask);
            return this;
        }

        /// <summary>
        /// Builds the task definition (when given), completes a copy of the input (<c>taskDefinition</c> from the family)
        /// and validates it against the task definition. The builder stays usable; later calls do not change the result.
        /// </summary>
        /// <param name="options">Rules to ignore or re-grade, for the call and its task definition; catalog defaults when null.</param>
        public RunTaskBuildResult Build(ValidationOptions? options = null)
        {
            RunTask snapshot = ModelCopy.Of(_runTask, RunTask.Schema);
            TaskDefinitionBuildResult? taskDefinition = _taskDefinition?.Resolve(options);
            BuildCompletion.Complete(snapshot, taskDefinition?.Definition);
            return new RunTaskBuildResult(snapshot, taskDefinition, RunTaskValidator.Validate(snapshot, taskDefinition?.Definition, options));
        }

        private TaskOverride Overrides() => _runTask.Overrides ??= new TaskOverride();
    }
}
