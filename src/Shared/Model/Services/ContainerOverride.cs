using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The overrides that are sent to a container.</summary>
    /// <remarks>ECS API model shape <c>ContainerOverride</c>; members and their order follow it.</remarks>
    public sealed partial class ContainerOverride : IHasAdditionalMembers
    {
        /// <summary>The name of the container that receives the override.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public string? Name { get; set; }

        /// <summary>The command to send to the container that overrides the default command from the Docker image or the task definition.</summary>
        /// <remarks>JSON member <c>command</c>.</remarks>
        public List<string>? Command { get; set; }

        /// <summary>The environment variables to send to the container.</summary>
        /// <remarks>JSON member <c>environment</c>.</remarks>
        public List<NameValuePair>? Environment { get; set; }

        /// <summary>A list of files containing the environment variables to pass to a container, instead of the value from the container definition.</summary>
        /// <remarks>JSON member <c>environmentFiles</c>.</remarks>
        public List<EnvironmentFile>? EnvironmentFiles { get; set; }

        /// <summary>The number of cpu units reserved for the container, instead of the default value from the task definition.</summary>
        /// <remarks>JSON member <c>cpu</c>.</remarks>
        public int? Cpu { get; set; }

        /// <summary>The hard limit (in MiB) of memory to present to the container, instead of the default value from the task definition.</summary>
        /// <remarks>JSON member <c>memory</c>.</remarks>
        public int? Memory { get; set; }

        /// <summary>The soft limit (in MiB) of memory to reserve for the container, instead of the default value from the task definition.</summary>
        /// <remarks>JSON member <c>memoryReservation</c>.</remarks>
        public int? MemoryReservation { get; set; }

        /// <summary>The type and amount of a resource to assign to a container, instead of the default value from the task definition.</summary>
        /// <remarks>JSON member <c>resourceRequirements</c>.</remarks>
        public List<ResourceRequirement>? ResourceRequirements { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ContainerOverride",
            typeof(ContainerOverride),
            () => new ContainerOverride(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, false, o => ((ContainerOverride)o).Name, (o, v) => ((ContainerOverride)o).Name = (string?)v),
                MemberSchema.List("command", false, SchemaKind.String, () => new List<string>(), o => ((ContainerOverride)o).Command, (o, v) => ((ContainerOverride)o).Command = (List<string>?)v),
                MemberSchema.List("environment", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.NameValuePair>(), o => ((ContainerOverride)o).Environment, (o, v) => ((ContainerOverride)o).Environment = (List<global::TaskDefKit.Model.NameValuePair>?)v, elementSchema: () => global::TaskDefKit.Model.NameValuePair.Schema),
                MemberSchema.List("environmentFiles", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.EnvironmentFile>(), o => ((ContainerOverride)o).EnvironmentFiles, (o, v) => ((ContainerOverride)o).EnvironmentFiles = (List<global::TaskDefKit.Model.EnvironmentFile>?)v, elementSchema: () => global::TaskDefKit.Model.EnvironmentFile.Schema),
                MemberSchema.Scalar("cpu", SchemaKind.Integer, false, o => ((ContainerOverride)o).Cpu, (o, v) => ((ContainerOverride)o).Cpu = (int?)v),
                MemberSchema.Scalar("memory", SchemaKind.Integer, false, o => ((ContainerOverride)o).Memory, (o, v) => ((ContainerOverride)o).Memory = (int?)v),
                MemberSchema.Scalar("memoryReservation", SchemaKind.Integer, false, o => ((ContainerOverride)o).MemoryReservation, (o, v) => ((ContainerOverride)o).MemoryReservation = (int?)v),
                MemberSchema.List("resourceRequirements", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.ResourceRequirement>(), o => ((ContainerOverride)o).ResourceRequirements, (o, v) => ((ContainerOverride)o).ResourceRequirements = (List<global::TaskDefKit.Model.ResourceRequirement>?)v, elementSchema: () => global::TaskDefKit.Model.ResourceRequirement.Schema),
            });
    }
}
