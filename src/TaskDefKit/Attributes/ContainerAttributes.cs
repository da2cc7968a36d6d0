using System;

namespace TaskDefKit.Attributes
{
    /// <summary>
    /// Declares a container of the enclosing <see cref="TaskDefinitionAttribute"/> class. Put it on a
    /// <c>static partial ContainerDefinition</c> property; the generator implements the property (it returns the
    /// container as it appears in <c>Definition</c>). Containers appear in <c>containerDefinitions</c> in the order
    /// of the properties. The other attributes on the same property (<see cref="PortMappingAttribute"/>,
    /// <see cref="EnvironmentAttribute"/>, …) add to this container.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class ContainerAttribute : Attribute
    {
        public ContainerAttribute(string name, string image)
        {
            Name = name;
            Image = image;
        }

        /// <summary><c>name</c>, the name dependsOn, volumesFrom and links refer to.</summary>
        public string Name { get; }

        /// <summary><c>image</c>.</summary>
        public string Image { get; }

        /// <summary><c>essential</c>.</summary>
        public bool Essential { get; set; }

        /// <summary><c>cpu</c> units.</summary>
        public int Cpu { get; set; }

        /// <summary><c>memory</c>: hard limit in MiB.</summary>
        public int Memory { get; set; }

        /// <summary><c>memoryReservation</c>: soft limit in MiB.</summary>
        public int MemoryReservation { get; set; }

        /// <summary><c>user</c>.</summary>
        public string? User { get; set; }

        /// <summary><c>workingDirectory</c>.</summary>
        public string? WorkingDirectory { get; set; }

        /// <summary><c>hostname</c>.</summary>
        public string? Hostname { get; set; }

        /// <summary><c>readonlyRootFilesystem</c>.</summary>
        public bool ReadonlyRootFilesystem { get; set; }

        /// <summary><c>privileged</c>.</summary>
        public bool Privileged { get; set; }

        /// <summary><c>entryPoint</c>.</summary>
        public string[]? EntryPoint { get; set; }

        /// <summary><c>command</c>.</summary>
        public string[]? Command { get; set; }

        /// <summary><c>startTimeout</c> in seconds.</summary>
        public int StartTimeout { get; set; }

        /// <summary><c>stopTimeout</c> in seconds.</summary>
        public int StopTimeout { get; set; }

        /// <summary><c>interactive</c>.</summary>
        public bool Interactive { get; set; }

        /// <summary><c>pseudoTerminal</c>.</summary>
        public bool PseudoTerminal { get; set; }

        /// <summary><c>disableNetworking</c>.</summary>
        public bool DisableNetworking { get; set; }

        /// <summary><c>links</c>.</summary>
        public string[]? Links { get; set; }

        /// <summary><c>dnsServers</c>.</summary>
        public string[]? DnsServers { get; set; }

        /// <summary><c>dnsSearchDomains</c>.</summary>
        public string[]? DnsSearchDomains { get; set; }

        /// <summary><c>dockerSecurityOptions</c>.</summary>
        public string[]? DockerSecurityOptions { get; set; }

        /// <summary><c>credentialSpecs</c>.</summary>
        public string[]? CredentialSpecs { get; set; }

        /// <summary><c>versionConsistency</c>: <c>enabled</c> or <c>disabled</c>.</summary>
        public string? VersionConsistency { get; set; }

        /// <summary><c>repositoryCredentials.credentialsParameter</c>: the secret holding private registry credentials.</summary>
        public string? RepositoryCredentials { get; set; }
    }

    /// <summary>A <c>portMappings</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class PortMappingAttribute : Attribute
    {
        public PortMappingAttribute(int containerPort)
        {
            ContainerPort = containerPort;
        }

        /// <summary>Maps a range of container ports (<c>containerPortRange</c>, e.g. <c>"8000-8010"</c>); host ports are dynamic.</summary>
        public PortMappingAttribute(string containerPortRange)
        {
            ContainerPortRange = containerPortRange;
        }

        /// <summary><c>containerPort</c>.</summary>
        public int ContainerPort { get; }

        /// <summary><c>hostPort</c>; 0 asks for a dynamic host port (bridge).</summary>
        public int HostPort { get; set; }

        /// <summary><c>protocol</c> (see <see cref="Protocols"/>).</summary>
        public string? Protocol { get; set; }

        /// <summary><c>name</c> (Service Connect).</summary>
        public string? Name { get; set; }

        /// <summary><c>appProtocol</c> (see <see cref="AppProtocols"/>).</summary>
        public string? AppProtocol { get; set; }

        /// <summary><c>containerPortRange</c>, e.g. <c>"8000-8010"</c>.</summary>
        public string? ContainerPortRange { get; set; }
    }

    /// <summary>An <c>environment</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class EnvironmentAttribute : Attribute
    {
        public EnvironmentAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }
    }

    /// <summary>A <c>secrets</c> entry: an environment variable filled from Secrets Manager or SSM Parameter Store.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class SecretAttribute : Attribute
    {
        public SecretAttribute(string name, string valueFrom)
        {
            Name = name;
            ValueFrom = valueFrom;
        }

        public string Name { get; }

        /// <summary><c>valueFrom</c>: the secret's or parameter's ARN.</summary>
        public string ValueFrom { get; }
    }

    /// <summary>An <c>environmentFiles</c> entry (type <c>s3</c>).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class EnvironmentFileAttribute : Attribute
    {
        public EnvironmentFileAttribute(string s3ObjectArn)
        {
            S3ObjectArn = s3ObjectArn;
        }

        public string S3ObjectArn { get; }
    }

    /// <summary>A <c>mountPoints</c> entry: mounts a volume of the task (by name) into this container.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class MountPointAttribute : Attribute
    {
        public MountPointAttribute(string sourceVolume, string containerPath)
        {
            SourceVolume = sourceVolume;
            ContainerPath = containerPath;
        }

        public string SourceVolume { get; }

        public string ContainerPath { get; }

        /// <summary><c>readOnly</c>.</summary>
        public bool ReadOnly { get; set; }
    }

    /// <summary>A <c>volumesFrom</c> entry: mounts all volumes of another container of the task (by name).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class VolumesFromAttribute : Attribute
    {
        public VolumesFromAttribute(string sourceContainer)
        {
            SourceContainer = sourceContainer;
        }

        public string SourceContainer { get; }

        /// <summary><c>readOnly</c>.</summary>
        public bool ReadOnly { get; set; }
    }

    /// <summary>A <c>dependsOn</c> entry: this container starts after another one reaches a condition.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class DependsOnAttribute : Attribute
    {
        /// <summary>Depends on <paramref name="containerName"/> reaching <c>START</c>.</summary>
        public DependsOnAttribute(string containerName)
            : this(containerName, DependencyConditions.Start)
        {
        }

        public DependsOnAttribute(string containerName, string condition)
        {
            ContainerName = containerName;
            Condition = condition;
        }

        public string ContainerName { get; }

        /// <summary><c>condition</c> (see <see cref="DependencyConditions"/>).</summary>
        public string Condition { get; }
    }

    /// <summary><c>logConfiguration</c> with any log driver; add options with <see cref="LogOptionAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class LogConfigurationAttribute : Attribute
    {
        public LogConfigurationAttribute(string logDriver)
        {
            LogDriver = logDriver;
        }

        /// <summary><c>logDriver</c> (see <see cref="LogDrivers"/>).</summary>
        public string LogDriver { get; }
    }

    /// <summary>
    /// <c>logConfiguration</c> with the <c>awslogs</c> driver (CloudWatch Logs): <c>awslogs-group</c>,
    /// <c>awslogs-region</c> and the optional settings below. More options: <see cref="LogOptionAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class AwsLogsAttribute : Attribute
    {
        public AwsLogsAttribute(string group, string region)
        {
            Group = group;
            Region = region;
        }

        /// <summary><c>awslogs-group</c>.</summary>
        public string Group { get; }

        /// <summary><c>awslogs-region</c>.</summary>
        public string Region { get; }

        /// <summary><c>awslogs-stream-prefix</c> (required on Fargate).</summary>
        public string? StreamPrefix { get; set; }

        /// <summary><c>awslogs-create-group</c>.</summary>
        public bool CreateGroup { get; set; }

        /// <summary><c>mode</c>: <c>blocking</c> or <c>non-blocking</c>.</summary>
        public string? Mode { get; set; }
    }

    /// <summary>A <c>logConfiguration.options</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class LogOptionAttribute : Attribute
    {
        public LogOptionAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }
    }

    /// <summary>A <c>logConfiguration.secretOptions</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class LogSecretOptionAttribute : Attribute
    {
        public LogSecretOptionAttribute(string name, string valueFrom)
        {
            Name = name;
            ValueFrom = valueFrom;
        }

        public string Name { get; }

        public string ValueFrom { get; }
    }

    /// <summary>Makes this container the task's FireLens log router (<c>firelensConfiguration</c>).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class FireLensAttribute : Attribute
    {
        public FireLensAttribute(string type)
        {
            Type = type;
        }

        /// <summary><c>type</c> (see <see cref="FireLensTypes"/>).</summary>
        public string Type { get; }

        /// <summary><c>options.enable-ecs-log-metadata</c>.</summary>
        public bool EnableEcsLogMetadata { get; set; }

        /// <summary><c>options.config-file-type</c>: <c>s3</c> or <c>file</c>.</summary>
        public string? ConfigFileType { get; set; }

        /// <summary><c>options.config-file-value</c>.</summary>
        public string? ConfigFileValue { get; set; }
    }

    /// <summary>A <c>firelensConfiguration.options</c> entry (beyond those <see cref="FireLensAttribute"/> names).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class FireLensOptionAttribute : Attribute
    {
        public FireLensOptionAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public string Value { get; }
    }

    /// <summary><c>healthCheck</c>: the command (<c>"CMD-SHELL", "curl -f http://localhost/ || exit 1"</c>) and timings in seconds.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class HealthCheckAttribute : Attribute
    {
        public HealthCheckAttribute(params string[] command)
        {
            Command = command;
        }

        /// <summary><c>command</c>.</summary>
        public string[] Command { get; }

        /// <summary><c>interval</c>.</summary>
        public int Interval { get; set; }

        /// <summary><c>timeout</c>.</summary>
        public int Timeout { get; set; }

        /// <summary><c>retries</c>.</summary>
        public int Retries { get; set; }

        /// <summary><c>startPeriod</c>.</summary>
        public int StartPeriod { get; set; }
    }

    /// <summary>A <c>ulimits</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class UlimitAttribute : Attribute
    {
        public UlimitAttribute(string name, int softLimit, int hardLimit)
        {
            Name = name;
            SoftLimit = softLimit;
            HardLimit = hardLimit;
        }

        /// <summary><c>name</c> (see <see cref="UlimitNames"/>).</summary>
        public string Name { get; }

        public int SoftLimit { get; }

        public int HardLimit { get; }
    }

    /// <summary><c>linuxParameters</c>; add tmpfs mounts with <see cref="TmpfsAttribute"/> and devices with <see cref="DeviceAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class LinuxParametersAttribute : Attribute
    {
        /// <summary><c>initProcessEnabled</c>.</summary>
        public bool InitProcessEnabled { get; set; }

        /// <summary><c>sharedMemorySize</c> in MiB.</summary>
        public int SharedMemorySize { get; set; }

        /// <summary><c>capabilities.add</c>.</summary>
        public string[]? AddCapabilities { get; set; }

        /// <summary><c>capabilities.drop</c>.</summary>
        public string[]? DropCapabilities { get; set; }

        /// <summary><c>maxSwap</c> in MiB.</summary>
        public int MaxSwap { get; set; }

        /// <summary><c>swappiness</c>, 0-100.</summary>
        public int Swappiness { get; set; }
    }

    /// <summary>A <c>linuxParameters.devices</c> entry: exposes a host device to the container (EC2 only).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class DeviceAttribute : Attribute
    {
        public DeviceAttribute(string hostPath)
        {
            HostPath = hostPath;
        }

        /// <summary><c>hostPath</c>, e.g. <c>/dev/fuse</c>.</summary>
        public string HostPath { get; }

        /// <summary><c>containerPath</c>; the host path when left out.</summary>
        public string? ContainerPath { get; set; }

        /// <summary><c>permissions</c> (see <see cref="DevicePermissions"/>); all three when left out.</summary>
        public string[]? Permissions { get; set; }
    }

    /// <summary>A <c>linuxParameters.tmpfs</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class TmpfsAttribute : Attribute
    {
        public TmpfsAttribute(string containerPath, int size)
        {
            ContainerPath = containerPath;
            Size = size;
        }

        public string ContainerPath { get; }

        /// <summary><c>size</c> in MiB.</summary>
        public int Size { get; }

        /// <summary><c>mountOptions</c>.</summary>
        public string[]? MountOptions { get; set; }
    }

    /// <summary>A <c>dockerLabels</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class DockerLabelAttribute : Attribute
    {
        public DockerLabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        public string Value { get; }
    }

    /// <summary>An <c>extraHosts</c> entry.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class ExtraHostAttribute : Attribute
    {
        public ExtraHostAttribute(string hostname, string ipAddress)
        {
            Hostname = hostname;
            IpAddress = ipAddress;
        }

        public string Hostname { get; }

        public string IpAddress { get; }
    }

    /// <summary>A <c>systemControls</c> entry (a namespaced kernel parameter).</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class SystemControlAttribute : Attribute
    {
        public SystemControlAttribute(string @namespace, string value)
        {
            Namespace = @namespace;
            Value = value;
        }

        public string Namespace { get; }

        public string Value { get; }
    }

    /// <summary>
    /// A <c>resourceRequirements</c> entry (see <see cref="ResourceTypes"/>): <c>GPU</c> with a count, or
    /// <c>InferenceAccelerator</c> with the <c>deviceName</c> of an <see cref="InferenceAcceleratorAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
    public sealed class ResourceRequirementAttribute : Attribute
    {
        public ResourceRequirementAttribute(string type, string value)
        {
            Type = type;
            Value = value;
        }

        public string Type { get; }

        public string Value { get; }
    }

    /// <summary><c>restartPolicy</c>.</summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class RestartPolicyAttribute : Attribute
    {
        public RestartPolicyAttribute(bool enabled)
        {
            Enabled = enabled;
        }

        public bool Enabled { get; }

        /// <summary><c>ignoredExitCodes</c>.</summary>
        public int[]? IgnoredExitCodes { get; set; }

        /// <summary><c>restartAttemptPeriod</c> in seconds (60-1800).</summary>
        public int RestartAttemptPeriod { get; set; }
    }
}
