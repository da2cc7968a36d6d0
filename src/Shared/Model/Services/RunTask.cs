using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>RunTask</summary>
    /// <remarks>ECS API model shape <c>RunTaskRequest</c>; members and their order follow it.</remarks>
    public sealed partial class RunTask : IHasAdditionalMembers
    {
        /// <summary>The capacity provider strategy to use for the task.</summary>
        /// <remarks>JSON member <c>capacityProviderStrategy</c>.</remarks>
        public List<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; set; }

        /// <summary>The short name or full Amazon Resource Name (ARN) of the cluster to run your task on.</summary>
        /// <remarks>JSON member <c>cluster</c>.</remarks>
        public string? Cluster { get; set; }

        /// <summary>The number of instantiations of the specified task to place on your cluster.</summary>
        /// <remarks>JSON member <c>count</c>.</remarks>
        public int? Count { get; set; }

        /// <summary>Specifies whether to use Amazon ECS managed tags for the task.</summary>
        /// <remarks>JSON member <c>enableECSManagedTags</c>.</remarks>
        public bool? EnableEcsManagedTags { get; set; }

        /// <summary>Determines whether to use the execute command functionality for the containers in this task.</summary>
        /// <remarks>JSON member <c>enableExecuteCommand</c>.</remarks>
        public bool? EnableExecuteCommand { get; set; }

        /// <summary>The name of the task group to associate with the task.</summary>
        /// <remarks>JSON member <c>group</c>.</remarks>
        public string? Group { get; set; }

        /// <summary>The infrastructure to run your standalone task on.</summary>
        /// <remarks>JSON member <c>launchType</c>.</remarks>
        public LaunchType? LaunchType { get; set; }

        /// <summary>The network configuration for the task.</summary>
        /// <remarks>JSON member <c>networkConfiguration</c>.</remarks>
        public NetworkConfiguration? NetworkConfiguration { get; set; }

        /// <summary>A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it should receive.</summary>
        /// <remarks>JSON member <c>overrides</c>.</remarks>
        public TaskOverride? Overrides { get; set; }

        /// <summary>An array of placement constraint objects to use for the task.</summary>
        /// <remarks>JSON member <c>placementConstraints</c>.</remarks>
        public List<PlacementConstraint>? PlacementConstraints { get; set; }

        /// <summary>The placement strategy objects to use for the task.</summary>
        /// <remarks>JSON member <c>placementStrategy</c>.</remarks>
        public List<PlacementStrategy>? PlacementStrategy { get; set; }

        /// <summary>The platform version the task uses.</summary>
        /// <remarks>JSON member <c>platformVersion</c>.</remarks>
        public string? PlatformVersion { get; set; }

        /// <summary>Specifies whether to propagate the tags from the task definition to the task.</summary>
        /// <remarks>JSON member <c>propagateTags</c>.</remarks>
        public PropagateTags? PropagateTags { get; set; }

        /// <summary>This parameter is only used by Amazon ECS.</summary>
        /// <remarks>JSON member <c>referenceId</c>.</remarks>
        public string? ReferenceId { get; set; }

        /// <summary>An optional tag specified when a task is started.</summary>
        /// <remarks>JSON member <c>startedBy</c>.</remarks>
        public string? StartedBy { get; set; }

        /// <summary>The metadata that you apply to the task to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>The family and revision (family:revision) or full ARN of the task definition to run.</summary>
        /// <remarks>JSON member <c>taskDefinition</c> (required by the API).</remarks>
        public string? TaskDefinition { get; set; }

        /// <summary>An identifier that you provide to ensure the idempotency of the request.</summary>
        /// <remarks>JSON member <c>clientToken</c>.</remarks>
        public string? ClientToken { get; set; }

        /// <summary>The details of the volume that was configuredAtLaunch.</summary>
        /// <remarks>JSON member <c>volumeConfigurations</c>.</remarks>
        public List<TaskVolumeConfiguration>? VolumeConfigurations { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RunTaskRequest",
            typeof(RunTask),
            () => new RunTask(),
            new[]
            {
                MemberSchema.List("capacityProviderStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>(), o => ((RunTask)o).CapacityProviderStrategy, (o, v) => ((RunTask)o).CapacityProviderStrategy = (List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>?)v, elementSchema: () => global::TaskDefKit.Model.Services.CapacityProviderStrategyItem.Schema),
                MemberSchema.Scalar("cluster", SchemaKind.String, false, o => ((RunTask)o).Cluster, (o, v) => ((RunTask)o).Cluster = (string?)v),
                MemberSchema.Scalar("count", SchemaKind.Integer, false, o => ((RunTask)o).Count, (o, v) => ((RunTask)o).Count = (int?)v),
                MemberSchema.Scalar("enableECSManagedTags", SchemaKind.Boolean, false, o => ((RunTask)o).EnableEcsManagedTags, (o, v) => ((RunTask)o).EnableEcsManagedTags = (bool?)v),
                MemberSchema.Scalar("enableExecuteCommand", SchemaKind.Boolean, false, o => ((RunTask)o).EnableExecuteCommand, (o, v) => ((RunTask)o).EnableExecuteCommand = (bool?)v),
                MemberSchema.Scalar("group", SchemaKind.String, false, o => ((RunTask)o).Group, (o, v) => ((RunTask)o).Group = (string?)v),
                MemberSchema.Enum("launchType", false, s => new LaunchType(s), o => ((RunTask)o).LaunchType, (o, v) => ((RunTask)o).LaunchType = (LaunchType?)v),
                MemberSchema.Object("networkConfiguration", false, () => NetworkConfiguration.Schema, o => ((RunTask)o).NetworkConfiguration, (o, v) => ((RunTask)o).NetworkConfiguration = (NetworkConfiguration?)v),
                MemberSchema.Object("overrides", false, () => TaskOverride.Schema, o => ((RunTask)o).Overrides, (o, v) => ((RunTask)o).Overrides = (TaskOverride?)v),
                MemberSchema.List("placementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementConstraint>(), o => ((RunTask)o).PlacementConstraints, (o, v) => ((RunTask)o).PlacementConstraints = (List<global::TaskDefKit.Model.PlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementConstraint.Schema),
                MemberSchema.List("placementStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PlacementStrategy>(), o => ((RunTask)o).PlacementStrategy, (o, v) => ((RunTask)o).PlacementStrategy = (List<global::TaskDefKit.Model.PlacementStrategy>?)v, elementSchema: () => global::TaskDefKit.Model.PlacementStrategy.Schema),
                MemberSchema.Scalar("platformVersion", SchemaKind.String, false, o => ((RunTask)o).PlatformVersion, (o, v) => ((RunTask)o).PlatformVersion = (string?)v),
                MemberSchema.Enum("propagateTags", false, s => new PropagateTags(s), o => ((RunTask)o).PropagateTags, (o, v) => ((RunTask)o).PropagateTags = (PropagateTags?)v),
                MemberSchema.Scalar("referenceId", SchemaKind.String, false, o => ((RunTask)o).ReferenceId, (o, v) => ((RunTask)o).ReferenceId = (string?)v),
                MemberSchema.Scalar("startedBy", SchemaKind.String, false, o => ((RunTask)o).StartedBy, (o, v) => ((RunTask)o).StartedBy = (string?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tag>(), o => ((RunTask)o).Tags, (o, v) => ((RunTask)o).Tags = (List<global::TaskDefKit.Model.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Tag.Schema),
                MemberSchema.Scalar("taskDefinition", SchemaKind.String, true, o => ((RunTask)o).TaskDefinition, (o, v) => ((RunTask)o).TaskDefinition = (string?)v),
                MemberSchema.Scalar("clientToken", SchemaKind.String, false, o => ((RunTask)o).ClientToken, (o, v) => ((RunTask)o).ClientToken = (string?)v),
                MemberSchema.List("volumeConfigurations", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.TaskVolumeConfiguration>(), o => ((RunTask)o).VolumeConfigurations, (o, v) => ((RunTask)o).VolumeConfigurations = (List<global::TaskDefKit.Model.Services.TaskVolumeConfiguration>?)v, elementSchema: () => global::TaskDefKit.Model.Services.TaskVolumeConfiguration.Schema),
            });
    }
}
