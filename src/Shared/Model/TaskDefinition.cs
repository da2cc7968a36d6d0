using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>TaskDefinition</summary>
    /// <remarks>ECS API model shape <c>RegisterTaskDefinitionRequest</c>; members and their order follow it.</remarks>
    public sealed partial class TaskDefinition : IHasAdditionalMembers
    {
        /// <summary>You must specify a family for a task definition.</summary>
        /// <remarks>JSON member <c>family</c> (required by the API).</remarks>
        public string? Family { get; set; }

        /// <summary>The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.</summary>
        /// <remarks>JSON member <c>taskRoleArn</c>.</remarks>
        public string? TaskRoleArn { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf.</summary>
        /// <remarks>JSON member <c>executionRoleArn</c>.</remarks>
        public string? ExecutionRoleArn { get; set; }

        /// <summary>The Docker networking mode to use for the containers in the task.</summary>
        /// <remarks>JSON member <c>networkMode</c>.</remarks>
        public NetworkMode? NetworkMode { get; set; }

        /// <summary>A list of container definitions in JSON format that describe the different containers that make up your task.</summary>
        /// <remarks>JSON member <c>containerDefinitions</c> (required by the API).</remarks>
        public List<ContainerDefinition>? ContainerDefinitions { get; set; }

        /// <summary>A list of volume definitions in JSON format that containers in your task might use.</summary>
        /// <remarks>JSON member <c>volumes</c>.</remarks>
        public List<Volume>? Volumes { get; set; }

        /// <summary>An array of placement constraint objects to use for the task.</summary>
        /// <remarks>JSON member <c>placementConstraints</c>.</remarks>
        public List<TaskDefinitionPlacementConstraint>? PlacementConstraints { get; set; }

        /// <summary>The task launch type that Amazon ECS validates the task definition against.</summary>
        /// <remarks>JSON member <c>requiresCompatibilities</c>.</remarks>
        public List<Compatibility>? RequiresCompatibilities { get; set; }

        /// <summary>The number of CPU units used by the task.</summary>
        /// <remarks>JSON member <c>cpu</c>.</remarks>
        public string? Cpu { get; set; }

        /// <summary>The amount of memory (in MiB) used by the task.</summary>
        /// <remarks>JSON member <c>memory</c>.</remarks>
        public string? Memory { get; set; }

        /// <summary>The metadata that you apply to the task definition to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>The process namespace to use for the containers in the task.</summary>
        /// <remarks>JSON member <c>pidMode</c>.</remarks>
        public PidMode? PidMode { get; set; }

        /// <summary>The IPC resource namespace to use for the containers in the task.</summary>
        /// <remarks>JSON member <c>ipcMode</c>.</remarks>
        public IpcMode? IpcMode { get; set; }

        /// <summary>The configuration details for the App Mesh proxy.</summary>
        /// <remarks>JSON member <c>proxyConfiguration</c>.</remarks>
        public ProxyConfiguration? ProxyConfiguration { get; set; }

        /// <summary>The Elastic Inference accelerators to use for the containers in the task.</summary>
        /// <remarks>JSON member <c>inferenceAccelerators</c>.</remarks>
        public List<InferenceAccelerator>? InferenceAccelerators { get; set; }

        /// <summary>The amount of ephemeral storage to allocate for the task.</summary>
        /// <remarks>JSON member <c>ephemeralStorage</c>.</remarks>
        public EphemeralStorage? EphemeralStorage { get; set; }

        /// <summary>The operating system that your tasks definitions run on.</summary>
        /// <remarks>JSON member <c>runtimePlatform</c>.</remarks>
        public RuntimePlatform? RuntimePlatform { get; set; }

        /// <summary>Enables fault injection when you register your task definition and allows for fault injection requests to be accepted from the task's containers.</summary>
        /// <remarks>JSON member <c>enableFaultInjection</c>.</remarks>
        public bool? EnableFaultInjection { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "RegisterTaskDefinitionRequest",
            typeof(TaskDefinition),
            () => new TaskDefinition(),
            new[]
            {
                MemberSchema.Scalar("family", SchemaKind.String, true, o => ((TaskDefinition)o).Family, (o, v) => ((TaskDefinition)o).Family = (string?)v),
                MemberSchema.Scalar("taskRoleArn", SchemaKind.String, false, o => ((TaskDefinition)o).TaskRoleArn, (o, v) => ((TaskDefinition)o).TaskRoleArn = (string?)v),
                MemberSchema.Scalar("executionRoleArn", SchemaKind.String, false, o => ((TaskDefinition)o).ExecutionRoleArn, (o, v) => ((TaskDefinition)o).ExecutionRoleArn = (string?)v),
                MemberSchema.Enum("networkMode", false, s => new NetworkMode(s), o => ((TaskDefinition)o).NetworkMode, (o, v) => ((TaskDefinition)o).NetworkMode = (NetworkMode?)v),
                MemberSchema.List("containerDefinitions", true, SchemaKind.Object, () => new List<global::TaskDefKit.Model.ContainerDefinition>(), o => ((TaskDefinition)o).ContainerDefinitions, (o, v) => ((TaskDefinition)o).ContainerDefinitions = (List<global::TaskDefKit.Model.ContainerDefinition>?)v, elementSchema: () => global::TaskDefKit.Model.ContainerDefinition.Schema),
                MemberSchema.List("volumes", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Volume>(), o => ((TaskDefinition)o).Volumes, (o, v) => ((TaskDefinition)o).Volumes = (List<global::TaskDefKit.Model.Volume>?)v, elementSchema: () => global::TaskDefKit.Model.Volume.Schema),
                MemberSchema.List("placementConstraints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.TaskDefinitionPlacementConstraint>(), o => ((TaskDefinition)o).PlacementConstraints, (o, v) => ((TaskDefinition)o).PlacementConstraints = (List<global::TaskDefKit.Model.TaskDefinitionPlacementConstraint>?)v, elementSchema: () => global::TaskDefKit.Model.TaskDefinitionPlacementConstraint.Schema),
                MemberSchema.List("requiresCompatibilities", false, SchemaKind.Enum, () => new List<global::TaskDefKit.Model.Compatibility>(), o => ((TaskDefinition)o).RequiresCompatibilities, (o, v) => ((TaskDefinition)o).RequiresCompatibilities = (List<global::TaskDefKit.Model.Compatibility>?)v, enumFactory: s => new global::TaskDefKit.Model.Compatibility(s)),
                MemberSchema.Scalar("cpu", SchemaKind.String, false, o => ((TaskDefinition)o).Cpu, (o, v) => ((TaskDefinition)o).Cpu = (string?)v),
                MemberSchema.Scalar("memory", SchemaKind.String, false, o => ((TaskDefinition)o).Memory, (o, v) => ((TaskDefinition)o).Memory = (string?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tag>(), o => ((TaskDefinition)o).Tags, (o, v) => ((TaskDefinition)o).Tags = (List<global::TaskDefKit.Model.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Tag.Schema),
                MemberSchema.Enum("pidMode", false, s => new PidMode(s), o => ((TaskDefinition)o).PidMode, (o, v) => ((TaskDefinition)o).PidMode = (PidMode?)v),
                MemberSchema.Enum("ipcMode", false, s => new IpcMode(s), o => ((TaskDefinition)o).IpcMode, (o, v) => ((TaskDefinition)o).IpcMode = (IpcMode?)v),
                MemberSchema.Object("proxyConfiguration", false, () => ProxyConfiguration.Schema, o => ((TaskDefinition)o).ProxyConfiguration, (o, v) => ((TaskDefinition)o).ProxyConfiguration = (ProxyConfiguration?)v),
                MemberSchema.List("inferenceAccelerators", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.InferenceAccelerator>(), o => ((TaskDefinition)o).InferenceAccelerators, (o, v) => ((TaskDefinition)o).InferenceAccelerators = (List<global::TaskDefKit.Model.InferenceAccelerator>?)v, elementSchema: () => global::TaskDefKit.Model.InferenceAccelerator.Schema),
                MemberSchema.Object("ephemeralStorage", false, () => EphemeralStorage.Schema, o => ((TaskDefinition)o).EphemeralStorage, (o, v) => ((TaskDefinition)o).EphemeralStorage = (EphemeralStorage?)v),
                MemberSchema.Object("runtimePlatform", false, () => RuntimePlatform.Schema, o => ((TaskDefinition)o).RuntimePlatform, (o, v) => ((TaskDefinition)o).RuntimePlatform = (RuntimePlatform?)v),
                MemberSchema.Scalar("enableFaultInjection", SchemaKind.Boolean, false, o => ((TaskDefinition)o).EnableFaultInjection, (o, v) => ((TaskDefinition)o).EnableFaultInjection = (bool?)v),
            });
    }
}
