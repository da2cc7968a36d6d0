using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Events
{
    /// <summary>The custom parameters to be used when the target is an Amazon ECS task.</summary>
    /// <remarks>EventBridge API model shape <c>EcsParameters</c>; members and their order follow it.</remarks>
    public sealed partial class EcsParameters : IHasAdditionalMembers
    {
        /// <summary>The ARN of the task definition to use if the event target is an Amazon ECS task.</summary>
        /// <remarks>JSON member <c>TaskDefinitionArn</c> (required by the API).</remarks>
        public string? TaskDefinitionArn { get; set; }

        /// <summary>The number of tasks to create based on TaskDefinition.</summary>
        /// <remarks>JSON member <c>TaskCount</c>.</remarks>
        public int? TaskCount { get; set; }

        /// <summary>Specifies the launch type on which your task is running.</summary>
        /// <remarks>JSON member <c>LaunchType</c>.</remarks>
        public LaunchType? LaunchType { get; set; }

        /// <summary>Use this structure if the Amazon ECS task uses the awsvpc network mode.</summary>
        /// <remarks>JSON member <c>NetworkConfiguration</c>.</remarks>
        public NetworkConfiguration? NetworkConfiguration { get; set; }

        /// <summary>Specifies the platform version for the task.</summary>
        /// <remarks>JSON member <c>PlatformVersion</c>.</remarks>
        public string? PlatformVersion { get; set; }

        /// <summary>Specifies an ECS task group for the task.</summary>
        /// <remarks>JSON member <c>Group</c>.</remarks>
        public string? Group { get; set; }

        /// <summary>The capacity provider strategy to use for the task.</summary>
        /// <remarks>JSON member <c>CapacityProviderStrategy</c>.</remarks>
        public List<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; set; }

        /// <summary>Specifies whether to enable Amazon ECS managed tags for the task.</summary>
        /// <remarks>JSON member <c>EnableECSManagedTags</c>.</remarks>
        public bool? EnableEcsManagedTags { get; set; }

        /// <summary>Whether or not to enable the execute command functionality for the containers in this task.</summary>
        /// <remarks>JSON member <c>EnableExecuteCommand</c>.</remarks>
        public bool? EnableExecuteCommand { get; set; }

        /// <summary>An array of placement constraint objects to use for the task.</summary>
        /// <remarks>JSON member <c>PlacementConstraints</c>.</remarks>
        public List<PlacementConstraint>? PlacementConstraints { get; set; }

        /// <summary>The placement strategy objects to use for the task.</summary>
        /// <remarks>JSON member <c>PlacementStrategy</c>.</remarks>
        public List<PlacementStrategy>? PlacementStrategy { get; set; }

        /// <summary>Specifies whether to propagate the tags from the task definition to the task.</summary>
        /// <remarks>JSON member <c>PropagateTags</c>.</remarks>
        public PropagateTags? PropagateTags { get; set; }

        /// <summary>The reference ID to use for the task.</summary>
        /// <remarks>JSON member <c>ReferenceId</c>.</remarks>
        public string? ReferenceId { get; set; }

        /// <summary>The metadata that you apply to the task to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>Tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "EcsParameters",
            typeof(EcsParameters),
            () => new EcsParameters(),
            new[]
            {
                MemberSchema.Scalar("TaskDefinitionArn", SchemaKind.String, true, o => ((EcsParameters)o).TaskDefinitionArn, (o, v) => ((EcsParameters)o).TaskDefinitionArn = (string?)v),
                MemberSchema.Scalar("TaskCount", SchemaKind.Integer, false, o => ((EcsParameters)o).TaskCount, (o, v) => ((EcsParameters)o).TaskCount = (int?)v),
                MemberSchema.Enum("LaunchType", false, s => new LaunchType(s), o => ((EcsParameters)o).LaunchType, (o, v) => ((EcsParameters)o).LaunchType = (LaunchType?)v),
                MemberSchema.Object("NetworkConfiguration", false, () => NetworkConfiguration.Schema, o => ((EcsParameters)o).NetworkConfiguration, (o, v) => ((EcsParameters)o).NetworkConfiguration = (NetworkConfiguration?)v),
                MemberSchema.Scalar("PlatformVersion", SchemaKind.String, false, o => ((EcsParameters)o).PlatformVersion, (o, v) => ((EcsParameters)o).PlatformVersion = (string?)v),
                MemberSchema.Scalar("Group", SchemaKind.String, false, o => ((EcsParameters)o).Group, (o, v) => ((EcsParameters)o).Group = (string?)v),
                MemberSchema.List("CapacityProviderStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.CapacityProviderStrategyItem>(), o => ((EcsParameters)o).CapacityProviderStrategy, (o, v) => ((EcsParameters)o).CapacityProviderStrategy = (List<global::TaskDefKit.Model.Events.CapacityProviderStrategyItem>?)v, elementSchema: () => global::TaskDefKit.Model.Events.CapacityProviderStrategyItem.Schema),
                MemberSchema.Scalar("EnableECSManagedTags", SchemaKind.Boolean, false, o => ((EcsParameters)o).EnableEcsManagedTags, (o, v) => ((EcsParameters)o).EnableEcsManagedTags = (bool?)v),
                MemberSchema.Scalar("EnableExecuteCommand", SchemaKind.Boolean, false, o => ((EcsParameters)o).EnableExecuteCommand, (o, v) => ((EcsParameters)o).EnableExecuteCommand = (bool?)v),
                MemberSchema.List("PlacementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.PlacementConstraint>(), o => ((EcsParameters)o).PlacementConstraints, (o, v) => ((EcsParameters)o).PlacementConstraints = (List<global::TaskDefKit.Model.Events.PlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.Events.PlacementConstraint.Schema),
                MemberSchema.List("PlacementStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.PlacementStrategy>(), o => ((EcsParameters)o).PlacementStrategy, (o, v) => ((EcsParameters)o).PlacementStrategy = (List<global::TaskDefKit.Model.Events.PlacementStrategy>?)v, elementSchema: () => global::TaskDefKit.Model.Events.PlacementStrategy.Schema),
                MemberSchema.Enum("PropagateTags", false, s => new PropagateTags(s), o => ((EcsParameters)o).PropagateTags, (o, v) => ((EcsParameters)o).PropagateTags = (PropagateTags?)v),
                MemberSchema.Scalar("ReferenceId", SchemaKind.String, false, o => ((EcsParameters)o).ReferenceId, (o, v) => ((EcsParameters)o).ReferenceId = (string?)v),
                MemberSchema.List("Tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Events.Tag>(), o => ((EcsParameters)o).Tags, (o, v) => ((EcsParameters)o).Tags = (List<global::TaskDefKit.Model.Events.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Events.Tag.Schema),
            });
    }
}
