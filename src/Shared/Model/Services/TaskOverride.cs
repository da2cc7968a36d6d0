using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The overrides that are associated with a task.</summary>
    /// <remarks>ECS API model shape <c>TaskOverride</c>; members and their order follow it.</remarks>
    public sealed partial class TaskOverride : IHasAdditionalMembers
    {
        /// <summary>One or more container overrides that are sent to a task.</summary>
        /// <remarks>JSON member <c>containerOverrides</c>.</remarks>
        public List<ContainerOverride>? ContainerOverrides { get; set; }

        /// <summary>The CPU override for the task.</summary>
        /// <remarks>JSON member <c>cpu</c>.</remarks>
        public string? Cpu { get; set; }

        /// <summary>The Elastic Inference accelerator override for the task.</summary>
        /// <remarks>JSON member <c>inferenceAcceleratorOverrides</c>.</remarks>
        public List<InferenceAcceleratorOverride>? InferenceAcceleratorOverrides { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the task execution role override for the task.</summary>
        /// <remarks>JSON member <c>executionRoleArn</c>.</remarks>
        public string? ExecutionRoleArn { get; set; }

        /// <summary>The memory override for the task.</summary>
        /// <remarks>JSON member <c>memory</c>.</remarks>
        public string? Memory { get; set; }

        /// <summary>The Amazon Resource Name (ARN) of the role that containers in this task can assume.</summary>
        /// <remarks>JSON member <c>taskRoleArn</c>.</remarks>
        public string? TaskRoleArn { get; set; }

        /// <summary>The ephemeral storage setting override for the task.</summary>
        /// <remarks>JSON member <c>ephemeralStorage</c>.</remarks>
        public EphemeralStorage? EphemeralStorage { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "TaskOverride",
            typeof(TaskOverride),
            () => new TaskOverride(),
            new[]
            {
                MemberSchema.List("containerOverrides", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ContainerOverride>(), o => ((TaskOverride)o).ContainerOverrides, (o, v) => ((TaskOverride)o).ContainerOverrides = (List<global::TaskDefKit.Model.Services.ContainerOverride>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ContainerOverride.Schema),
                MemberSchema.Scalar("cpu", SchemaKind.String, false, o => ((TaskOverride)o).Cpu, (o, v) => ((TaskOverride)o).Cpu = (string?)v),
                MemberSchema.List("inferenceAcceleratorOverrides", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.InferenceAcceleratorOverride>(), o => ((TaskOverride)o).InferenceAcceleratorOverrides, (o, v) => ((TaskOverride)o).InferenceAcceleratorOverrides = (List<global::TaskDefKit.Model.Services.InferenceAcceleratorOverride>?)v, elementSchema: () => global::TaskDefKit.Model.Services.InferenceAcceleratorOverride.Schema),
                MemberSchema.Scalar("executionRoleArn", SchemaKind.String, false, o => ((TaskOverride)o).ExecutionRoleArn, (o, v) => ((TaskOverride)o).ExecutionRoleArn = (string?)v),
                MemberSchema.Scalar("memory", SchemaKind.String, false, o => ((TaskOverride)o).Memory, (o, v) => ((TaskOverride)o).Memory = (string?)v),
                MemberSchema.Scalar("taskRoleArn", SchemaKind.String, false, o => ((TaskOverride)o).TaskRoleArn, (o, v) => ((TaskOverride)o).TaskRoleArn = (string?)v),
                MemberSchema.Object("ephemeralStorage", false, () => EphemeralStorage.Schema, o => ((TaskOverride)o).EphemeralStorage, (o, v) => ((TaskOverride)o).EphemeralStorage = (EphemeralStorage?)v),
            });
    }
}
