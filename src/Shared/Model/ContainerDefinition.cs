using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Container definitions are used in task definitions to describe the different containers that are launched as part of a task.</summary>
    /// <remarks>ECS API model shape <c>ContainerDefinition</c>; members and their order follow it.</remarks>
    public sealed partial class ContainerDefinition : IHasAdditionalMembers
    {
        /// <summary>The name of a container.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public string? Name { get; set; }

        /// <summary>The image used to start a container.</summary>
        /// <remarks>JSON member <c>image</c>.</remarks>
        public string? Image { get; set; }

        /// <summary>The private repository authentication credentials to use.</summary>
        /// <remarks>JSON member <c>repositoryCredentials</c>.</remarks>
        public RepositoryCredentials? RepositoryCredentials { get; set; }

        /// <summary>The number of cpu units reserved for the container.</summary>
        /// <remarks>JSON member <c>cpu</c>.</remarks>
        public int? Cpu { get; set; }

        /// <summary>The amount (in MiB) of memory to present to the container.</summary>
        /// <remarks>JSON member <c>memory</c>.</remarks>
        public int? Memory { get; set; }

        /// <summary>The soft limit (in MiB) of memory to reserve for the container.</summary>
        /// <remarks>JSON member <c>memoryReservation</c>.</remarks>
        public int? MemoryReservation { get; set; }

        /// <summary>The links parameter allows containers to communicate with each other without the need for port mappings.</summary>
        /// <remarks>JSON member <c>links</c>.</remarks>
        public List<string>? Links { get; set; }

        /// <summary>The list of port mappings for the container.</summary>
        /// <remarks>JSON member <c>portMappings</c>.</remarks>
        public List<PortMapping>? PortMappings { get; set; }

        /// <summary>If the essential parameter of a container is marked as true, and that container fails or stops for any reason, all other containers that are part of the task are stopped.</summary>
        /// <remarks>JSON member <c>essential</c>.</remarks>
        public bool? Essential { get; set; }

        /// <summary>The restart policy for a container.</summary>
        /// <remarks>JSON member <c>restartPolicy</c>.</remarks>
        public ContainerRestartPolicy? RestartPolicy { get; set; }

        /// <summary>Early versions of the Amazon ECS container agent don't properly handle entryPoint parameters.</summary>
        /// <remarks>JSON member <c>entryPoint</c>.</remarks>
        public List<string>? EntryPoint { get; set; }

        /// <summary>The command that's passed to the container.</summary>
        /// <remarks>JSON member <c>command</c>.</remarks>
        public List<string>? Command { get; set; }

        /// <summary>The environment variables to pass to a container.</summary>
        /// <remarks>JSON member <c>environment</c>.</remarks>
        public List<NameValuePair>? Environment { get; set; }

        /// <summary>A list of files containing the environment variables to pass to a container.</summary>
        /// <remarks>JSON member <c>environmentFiles</c>.</remarks>
        public List<EnvironmentFile>? EnvironmentFiles { get; set; }

        /// <summary>The mount points for data volumes in your container.</summary>
        /// <remarks>JSON member <c>mountPoints</c>.</remarks>
        public List<MountPoint>? MountPoints { get; set; }

        /// <summary>Data volumes to mount from another container.</summary>
        /// <remarks>JSON member <c>volumesFrom</c>.</remarks>
        public List<VolumeFrom>? VolumesFrom { get; set; }

        /// <summary>Linux-specific modifications that are applied to the default Docker container configuration, such as Linux kernel capabilities.</summary>
        /// <remarks>JSON member <c>linuxParameters</c>.</remarks>
        public LinuxParameters? LinuxParameters { get; set; }

        /// <summary>The secrets to pass to the container.</summary>
        /// <remarks>JSON member <c>secrets</c>.</remarks>
        public List<Secret>? Secrets { get; set; }

        /// <summary>The dependencies defined for container startup and shutdown.</summary>
        /// <remarks>JSON member <c>dependsOn</c>.</remarks>
        public List<ContainerDependency>? DependsOn { get; set; }

        /// <summary>Time duration (in seconds) to wait before giving up on resolving dependencies for a container.</summary>
        /// <remarks>JSON member <c>startTimeout</c>.</remarks>
        public int? StartTimeout { get; set; }

        /// <summary>Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.</summary>
        /// <remarks>JSON member <c>stopTimeout</c>.</remarks>
        public int? StopTimeout { get; set; }

        /// <summary>Specifies whether Amazon ECS will resolve the container image tag provided in the container definition to an image digest.</summary>
        /// <remarks>JSON member <c>versionConsistency</c>.</remarks>
        public VersionConsistency? VersionConsistency { get; set; }

        /// <summary>The hostname to use for your container.</summary>
        /// <remarks>JSON member <c>hostname</c>.</remarks>
        public string? Hostname { get; set; }

        /// <summary>The user to use inside the container.</summary>
        /// <remarks>JSON member <c>user</c>.</remarks>
        public string? User { get; set; }

        /// <summary>The working directory to run commands inside the container in.</summary>
        /// <remarks>JSON member <c>workingDirectory</c>.</remarks>
        public string? WorkingDirectory { get; set; }

        /// <summary>When this parameter is true, networking is off within the container.</summary>
        /// <remarks>JSON member <c>disableNetworking</c>.</remarks>
        public bool? DisableNetworking { get; set; }

        /// <summary>When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).</summary>
        /// <remarks>JSON member <c>privileged</c>.</remarks>
        public bool? Privileged { get; set; }

        /// <summary>When this parameter is true, the container is given read-only access to its root file system.</summary>
        /// <remarks>JSON member <c>readonlyRootFilesystem</c>.</remarks>
        public bool? ReadonlyRootFilesystem { get; set; }

        /// <summary>A list of DNS servers that are presented to the container.</summary>
        /// <remarks>JSON member <c>dnsServers</c>.</remarks>
        public List<string>? DnsServers { get; set; }

        /// <summary>A list of DNS search domains that are presented to the container.</summary>
        /// <remarks>JSON member <c>dnsSearchDomains</c>.</remarks>
        public List<string>? DnsSearchDomains { get; set; }

        /// <summary>A list of hostnames and IP address mappings to append to the /etc/hosts file on the container.</summary>
        /// <remarks>JSON member <c>extraHosts</c>.</remarks>
        public List<HostEntry>? ExtraHosts { get; set; }

        /// <summary>A list of strings to provide custom configuration for multiple security systems.</summary>
        /// <remarks>JSON member <c>dockerSecurityOptions</c>.</remarks>
        public List<string>? DockerSecurityOptions { get; set; }

        /// <summary>When this parameter is true, you can deploy containerized applications that require stdin or a tty to be allocated.</summary>
        /// <remarks>JSON member <c>interactive</c>.</remarks>
        public bool? Interactive { get; set; }

        /// <summary>When this parameter is true, a TTY is allocated.</summary>
        /// <remarks>JSON member <c>pseudoTerminal</c>.</remarks>
        public bool? PseudoTerminal { get; set; }

        /// <summary>A key/value map of labels to add to the container.</summary>
        /// <remarks>JSON member <c>dockerLabels</c>.</remarks>
        public Dictionary<string, string>? DockerLabels { get; set; }

        /// <summary>A list of ulimits to set in the container.</summary>
        /// <remarks>JSON member <c>ulimits</c>.</remarks>
        public List<Ulimit>? Ulimits { get; set; }

        /// <summary>The log configuration specification for the container.</summary>
        /// <remarks>JSON member <c>logConfiguration</c>.</remarks>
        public LogConfiguration? LogConfiguration { get; set; }

        /// <summary>The container health check command and associated configuration parameters for the container.</summary>
        /// <remarks>JSON member <c>healthCheck</c>.</remarks>
        public HealthCheck? HealthCheck { get; set; }

        /// <summary>A list of namespaced kernel parameters to set in the container.</summary>
        /// <remarks>JSON member <c>systemControls</c>.</remarks>
        public List<SystemControl>? SystemControls { get; set; }

        /// <summary>The type and amount of a resource to assign to a container.</summary>
        /// <remarks>JSON member <c>resourceRequirements</c>.</remarks>
        public List<ResourceRequirement>? ResourceRequirements { get; set; }

        /// <summary>The FireLens configuration for the container.</summary>
        /// <remarks>JSON member <c>firelensConfiguration</c>.</remarks>
        public FirelensConfiguration? FirelensConfiguration { get; set; }

        /// <summary>A list of ARNs in SSM or Amazon S3 to a credential spec (CredSpec) file that configures the container for Active Directory authentication.</summary>
        /// <remarks>JSON member <c>credentialSpecs</c>.</remarks>
        public List<string>? CredentialSpecs { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ContainerDefinition",
            typeof(ContainerDefinition),
            () => new ContainerDefinition(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, false, o => ((ContainerDefinition)o).Name, (o, v) => ((ContainerDefinition)o).Name = (string?)v),
                MemberSchema.Scalar("image", SchemaKind.String, false, o => ((ContainerDefinition)o).Image, (o, v) => ((ContainerDefinition)o).Image = (string?)v),
                MemberSchema.Object("repositoryCredentials", false, () => RepositoryCredentials.Schema, o => ((ContainerDefinition)o).RepositoryCredentials, (o, v) => ((ContainerDefinition)o).RepositoryCredentials = (RepositoryCredentials?)v),
                MemberSchema.Scalar("cpu", SchemaKind.Integer, false, o => ((ContainerDefinition)o).Cpu, (o, v) => ((ContainerDefinition)o).Cpu = (int?)v),
                MemberSchema.Scalar("memory", SchemaKind.Integer, false, o => ((ContainerDefinition)o).Memory, (o, v) => ((ContainerDefinition)o).Memory = (int?)v),
                MemberSchema.Scalar("memoryReservation", SchemaKind.Integer, false, o => ((ContainerDefinition)o).MemoryReservation, (o, v) => ((ContainerDefinition)o).MemoryReservation = (int?)v),
                MemberSchema.List("links", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).Links, (o, v) => ((ContainerDefinition)o).Links = (List<string>?)v),
                MemberSchema.List("portMappings", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.PortMapping>(), o => ((ContainerDefinition)o).PortMappings, (o, v) => ((ContainerDefinition)o).PortMappings = (List<global::TaskDefKit.Model.PortMapping>?)v, elementSchema: () => global::TaskDefKit.Model.PortMapping.Schema),
                MemberSchema.Scalar("essential", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).Essential, (o, v) => ((ContainerDefinition)o).Essential = (bool?)v),
                MemberSchema.Object("restartPolicy", false, () => ContainerRestartPolicy.Schema, o => ((ContainerDefinition)o).RestartPolicy, (o, v) => ((ContainerDefinition)o).RestartPolicy = (ContainerRestartPolicy?)v),
                MemberSchema.List("entryPoint", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).EntryPoint, (o, v) => ((ContainerDefinition)o).EntryPoint = (List<string>?)v),
                MemberSchema.List("command", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).Command, (o, v) => ((ContainerDefinition)o).Command = (List<string>?)v),
                MemberSchema.List("environment", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.NameValuePair>(), o => ((ContainerDefinition)o).Environment, (o, v) => ((ContainerDefinition)o).Environment = (List<global::TaskDefKit.Model.NameValuePair>?)v, elementSchema: () => global::TaskDefKit.Model.NameValuePair.Schema),
                MemberSchema.List("environmentFiles", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.EnvironmentFile>(), o => ((ContainerDefinition)o).EnvironmentFiles, (o, v) => ((ContainerDefinition)o).EnvironmentFiles = (List<global::TaskDefKit.Model.EnvironmentFile>?)v, elementSchema: () => global::TaskDefKit.Model.EnvironmentFile.Schema),
                MemberSchema.List("mountPoints", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.MountPoint>(), o => ((ContainerDefinition)o).MountPoints, (o, v) => ((ContainerDefinition)o).MountPoints = (List<global::TaskDefKit.Model.MountPoint>?)v, elementSchema: () => global::TaskDefKit.Model.MountPoint.Schema),
                MemberSchema.List("volumesFrom", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.VolumeFrom>(), o => ((ContainerDefinition)o).VolumesFrom, (o, v) => ((ContainerDefinition)o).VolumesFrom = (List<global::TaskDefKit.Model.VolumeFrom>?)v, elementSchema: () => global::TaskDefKit.Model.VolumeFrom.Schema),
                MemberSchema.Object("linuxParameters", false, () => LinuxParameters.Schema, o => ((ContainerDefinition)o).LinuxParameters, (o, v) => ((ContainerDefinition)o).LinuxParameters = (LinuxParameters?)v),
                MemberSchema.List("secrets", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Secret>(), o => ((ContainerDefinition)o).Secrets, (o, v) => ((ContainerDefinition)o).Secrets = (List<global::TaskDefKit.Model.Secret>?)v, elementSchema: () => global::TaskDefKit.Model.Secret.Schema),
                MemberSchema.List("dependsOn", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.ContainerDependency>(), o => ((ContainerDefinition)o).DependsOn, (o, v) => ((ContainerDefinition)o).DependsOn = (List<global::TaskDefKit.Model.ContainerDependency>?)v, elementSchema: () => global::TaskDefKit.Model.ContainerDependency.Schema),
                MemberSchema.Scalar("startTimeout", SchemaKind.Integer, false, o => ((ContainerDefinition)o).StartTimeout, (o, v) => ((ContainerDefinition)o).StartTimeout = (int?)v),
                MemberSchema.Scalar("stopTimeout", SchemaKind.Integer, false, o => ((ContainerDefinition)o).StopTimeout, (o, v) => ((ContainerDefinition)o).StopTimeout = (int?)v),
                MemberSchema.Enum("versionConsistency", false, s => new VersionConsistency(s), o => ((ContainerDefinition)o).VersionConsistency, (o, v) => ((ContainerDefinition)o).VersionConsistency = (VersionConsistency?)v),
                MemberSchema.Scalar("hostname", SchemaKind.String, false, o => ((ContainerDefinition)o).Hostname, (o, v) => ((ContainerDefinition)o).Hostname = (string?)v),
                MemberSchema.Scalar("user", SchemaKind.String, false, o => ((ContainerDefinition)o).User, (o, v) => ((ContainerDefinition)o).User = (string?)v),
                MemberSchema.Scalar("workingDirectory", SchemaKind.String, false, o => ((ContainerDefinition)o).WorkingDirectory, (o, v) => ((ContainerDefinition)o).WorkingDirectory = (string?)v),
                MemberSchema.Scalar("disableNetworking", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).DisableNetworking, (o, v) => ((ContainerDefinition)o).DisableNetworking = (bool?)v),
                MemberSchema.Scalar("privileged", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).Privileged, (o, v) => ((ContainerDefinition)o).Privileged = (bool?)v),
                MemberSchema.Scalar("readonlyRootFilesystem", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).ReadonlyRootFilesystem, (o, v) => ((ContainerDefinition)o).ReadonlyRootFilesystem = (bool?)v),
                MemberSchema.List("dnsServers", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).DnsServers, (o, v) => ((ContainerDefinition)o).DnsServers = (List<string>?)v),
                MemberSchema.List("dnsSearchDomains", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).DnsSearchDomains, (o, v) => ((ContainerDefinition)o).DnsSearchDomains = (List<string>?)v),
                MemberSchema.List("extraHosts", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.HostEntry>(), o => ((ContainerDefinition)o).ExtraHosts, (o, v) => ((ContainerDefinition)o).ExtraHosts = (List<global::TaskDefKit.Model.HostEntry>?)v, elementSchema: () => global::TaskDefKit.Model.HostEntry.Schema),
                MemberSchema.List("dockerSecurityOptions", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).DockerSecurityOptions, (o, v) => ((ContainerDefinition)o).DockerSecurityOptions = (List<string>?)v),
                MemberSchema.Scalar("interactive", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).Interactive, (o, v) => ((ContainerDefinition)o).Interactive = (bool?)v),
                MemberSchema.Scalar("pseudoTerminal", SchemaKind.Boolean, false, o => ((ContainerDefinition)o).PseudoTerminal, (o, v) => ((ContainerDefinition)o).PseudoTerminal = (bool?)v),
                MemberSchema.Map("dockerLabels", false, o => ((ContainerDefinition)o).DockerLabels, (o, v) => ((ContainerDefinition)o).DockerLabels = (Dictionary<string, string>?)v),
                MemberSchema.List("ulimits", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Ulimit>(), o => ((ContainerDefinition)o).Ulimits, (o, v) => ((ContainerDefinition)o).Ulimits = (List<global::TaskDefKit.Model.Ulimit>?)v, elementSchema: () => global::TaskDefKit.Model.Ulimit.Schema),
                MemberSchema.Object("logConfiguration", false, () => LogConfiguration.Schema, o => ((ContainerDefinition)o).LogConfiguration, (o, v) => ((ContainerDefinition)o).LogConfiguration = (LogConfiguration?)v),
                MemberSchema.Object("healthCheck", false, () => HealthCheck.Schema, o => ((ContainerDefinition)o).HealthCheck, (o, v) => ((ContainerDefinition)o).HealthCheck = (HealthCheck?)v),
                MemberSchema.List("systemControls", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.SystemControl>(), o => ((ContainerDefinition)o).SystemControls, (o, v) => ((ContainerDefinition)o).SystemControls = (List<global::TaskDefKit.Model.SystemControl>?)v, elementSchema: () => global::TaskDefKit.Model.SystemControl.Schema),
                MemberSchema.List("resourceRequirements", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.ResourceRequirement>(), o => ((ContainerDefinition)o).ResourceRequirements, (o, v) => ((ContainerDefinition)o).ResourceRequirements = (List<global::TaskDefKit.Model.ResourceRequirement>?)v, elementSchema: () => global::TaskDefKit.Model.ResourceRequirement.Schema),
                MemberSchema.Object("firelensConfiguration", false, () => FirelensConfiguration.Schema, o => ((ContainerDefinition)o).FirelensConfiguration, (o, v) => ((ContainerDefinition)o).FirelensConfiguration = (FirelensConfiguration?)v),
                MemberSchema.List("credentialSpecs", false, SchemaKind.String, () => new List<string>(), o => ((ContainerDefinition)o).CredentialSpecs, (o, v) => ((ContainerDefinition)o).CredentialSpecs = (List<string>?)v),
            });
    }
}
