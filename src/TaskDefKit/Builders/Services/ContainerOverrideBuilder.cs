using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>Builds one entry of a RunTask's <c>overrides.containerOverrides</c>: what this run changes in a container.</summary>
    public sealed class ContainerOverrideBuilder
    {
        internal ContainerOverrideBuilder(string containerName)
        {
            Override = new ContainerOverride { Name = containerName };
        }

        /// <summary>The override being built (the same object each time).</summary>
        public ContainerOverride Override { get; }

        /// <summary>Replaces the container's <c>command</c> for this run.</summary>
        [Sets("command=command")]
        public ContainerOverrideBuilder Command(params string[] command)
        {
            Guard.ThrowIfNull(command, nameof(command));
            Override.Command = new List<string>(command);
            return this;
        }

        /// <summary>Adds an environment variable for this run (it overrides one of the same name in the task definition).</summary>
        [Adds("environment", "name=name", "value=value")]
        public ContainerOverrideBuilder Environment(string name, string value)
        {
            (Override.Environment ??= new List<NameValuePair>()).Add(new NameValuePair { Name = name, Value = value });
            return this;
        }

        /// <summary>Sets the container's <c>cpu</c> units for this run.</summary>
        [Sets("cpu=cpuUnits")]
        public ContainerOverrideBuilder Cpu(int cpuUnits)
        {
            Override.Cpu = cpuUnits;
            return this;
        }

        /// <summary>Sets the container's hard <c>memory</c> limit (MiB) for this run.</summary>
        [Sets("memory=memoryMiB")]
        public ContainerOverrideBuilder Memory(int memoryMiB)
        {
            Override.Memory = memoryMiB;
            return this;
        }

        /// <summary>Sets the container's soft <c>memoryReservation</c> (MiB) for this run.</summary>
        [Sets("memoryReservation=memoryMiB")]
        public ContainerOverrideBuilder MemoryReservation(int memoryMiB)
        {
            Override.MemoryReservation = memoryMiB;
            return this;
        }
    }
}
