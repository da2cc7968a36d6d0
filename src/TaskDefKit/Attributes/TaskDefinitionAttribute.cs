using System;

namespace TaskDefKit.Attributes
{
    /// <summary>
    /// Declares a task definition. Put it on a <c>partial</c> class; the source generator adds
    /// <c>public static TaskDefinition Definition</c> and <c>public const string DefinitionJson</c> to it and
    /// registers the class for <c>taskdef emit</c>. Containers are the class's <c>static partial ContainerDefinition</c>
    /// properties marked with <see cref="ContainerAttribute"/>; volumes, tags and placement constraints are further
    /// attributes on the class. Each property below sets the JSON member named in its summary; a property left out is
    /// left out of the JSON.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class TaskDefinitionAttribute : Attribute
    {
        public TaskDefinitionAttribute(string family)
        {
            Family = family;
        }

        /// <summary><c>family</c>.</summary>
        public string Family { get; }

        /// <summary><c>requiresCompatibilities</c> with one launch type (see <see cref="LaunchTypes"/>).</summary>
        public string? LaunchType { get; set; }

        /// <summary><c>requiresCompatibilities</c> with several launch types, in this order.</summary>
        public string[]? LaunchTypes { get; set; }

        /// <summary><c>networkMode</c> (see <see cref="NetworkModes"/>).</summary>
        public string? NetworkMode { get; set; }

        /// <summary>Task <c>cpu</c>: CPU units (<c>"512"</c>) or vCPU (<c>"0.5 vCPU"</c>).</summary>
        public string? Cpu { get; set; }

        /// <summary>Task <c>memory</c>: MiB (<c>"1024"</c>) or GB (<c>"1 GB"</c>).</summary>
        public string? Memory { get; set; }

        /// <summary><c>taskRoleArn</c>.</summary>
        public string? TaskRoleArn { get; set; }

        /// <summary><c>executionRoleArn</c>.</summary>
        public string? ExecutionRoleArn { get; set; }

        /// <summary><c>pidMode</c> (see <see cref="PidModes"/>).</summary>
        public string? PidMode { get; set; }

        /// <summary><c>ipcMode</c> (see <see cref="IpcModes"/>).</summary>
        public string? IpcMode { get; set; }

        /// <summary><c>ephemeralStorage.sizeInGiB</c> (Fargate, 21-200).</summary>
        public int EphemeralStorageGiB { get; set; }

        /// <summary><c>runtimePlatform.operatingSystemFamily</c> (see <see cref="OperatingSystemFamilies"/>).</summary>
        public string? OperatingSystemFamily { get; set; }

        /// <summary><c>runtimePlatform.cpuArchitecture</c> (see <see cref="CpuArchitectures"/>).</summary>
        public string? CpuArchitecture { get; set; }

        /// <summary><c>enableFaultInjection</c>.</summary>
        public bool EnableFaultInjection { get; set; }
    }

    /// <summary>
    /// <c>proxyConfiguration</c>: the App Mesh proxy (Envoy) container of the task, by name; add its settings with
    /// <see cref="ProxyPropertyAttribute"/>. <c>type</c> is <c>APPMESH</c> unless <see cref="Type"/> says otherwise.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ProxyConfigurationAttribute : Attribute
    {
        public ProxyConfigurationAttribute(string containerName)
        {
            ContainerName = containerName;
        }

        /// <summary><c>containerName</c>: the container that runs the proxy.</summary>
        public string ContainerName { get; }

        /// <summary><c>type</c> (see <see cref="ProxyConfigurationTypes"/>); <c>APPMESH</c>, the only type, by default.</summary>
        public string Type { get; set; } = ProxyConfigurationTypes.AppMesh;
    }

    /// <summary>A <c>proxyConfiguration.properties</c> entry (see <see cref="ProxyProperties"/> for the App Mesh names).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ProxyPropertyAttribute : Attribute
    {
        public ProxyPropertyAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        /// <summary><c>value</c>; lists are comma-separated (<c>"9080,9081"</c>) and may be empty.</summary>
        public string Value { get; }
    }

    /// <summary>
    /// An <c>inferenceAccelerators</c> entry (Amazon Elastic Inference). AWS no longer offers Elastic Inference
    /// (TDK1027); the attribute exists so existing definitions can be declared as they are.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class InferenceAcceleratorAttribute : Attribute
    {
        public InferenceAcceleratorAttribute(string deviceName, string deviceType)
        {
            DeviceName = deviceName;
            DeviceType = deviceType;
        }

        /// <summary><c>deviceName</c>, which a container's <see cref="ResourceRequirementAttribute"/> of type <c>InferenceAccelerator</c> refers to.</summary>
        public string DeviceName { get; }

        /// <summary><c>deviceType</c>, e.g. <c>eia2.medium</c>.</summary>
        public string DeviceType { get; }
    }

    /// <summary>A <c>tags</c> entry of the task definition.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class TagAttribute : Attribute
    {
        public TagAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        public string Value { get; }
    }

    /// <summary>A <c>placementConstraints</c> entry of the task definition: <c>memberOf</c> with a cluster query expression.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class PlacementConstraintAttribute : Attribute
    {
        public PlacementConstraintAttribute(string expression)
        {
            Expression = expression;
        }

        /// <summary><c>expression</c>, e.g. <c>attribute:ecs.instance-type =~ t3.*</c>.</summary>
        public string Expression { get; }

        /// <summary><c>type</c>; task definitions accept only <c>memberOf</c>, the default.</summary>
        public string Type { get; set; } = "memberOf";
    }

    /// <summary>
    /// A <c>volumes</c> entry: a bind mount. With <see cref="HostPath"/> it mounts that host directory (EC2); without,
    /// a task-scoped empty volume (Fargate and EC2).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class VolumeAttribute : Attribute
    {
        public VolumeAttribute(string name)
        {
            Name = name;
        }

        /// <summary><c>name</c>, the name mount points refer to.</summary>
        public string Name { get; }

        /// <summary><c>host.sourcePath</c>.</summary>
        public string? HostPath { get; set; }

        /// <summary><c>configuredAtLaunch</c>.</summary>
        public bool ConfiguredAtLaunch { get; set; }
    }

    /// <summary>A <c>volumes</c> entry backed by Amazon EFS (<c>efsVolumeConfiguration</c>).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class EfsVolumeAttribute : Attribute
    {
        public EfsVolumeAttribute(string name, string fileSystemId)
        {
            Name = name;
            FileSystemId = fileSystemId;
        }

        public string Name { get; }

        /// <summary><c>fileSystemId</c>.</summary>
        public string FileSystemId { get; }

        /// <summary><c>rootDirectory</c>.</summary>
        public string? RootDirectory { get; set; }

        /// <summary><c>transitEncryption</c>: <c>ENABLED</c> when true, <c>DISABLED</c> when false.</summary>
        public bool TransitEncryption { get; set; }

        /// <summary><c>transitEncryptionPort</c>.</summary>
        public int TransitEncryptionPort { get; set; }

        /// <summary><c>authorizationConfig.accessPointId</c>.</summary>
        public string? AccessPointId { get; set; }

        /// <summary><c>authorizationConfig.iam</c>: <c>ENABLED</c> when true, <c>DISABLED</c> when false.</summary>
        public bool Iam { get; set; }
    }

    /// <summary>
    /// A <c>volumes</c> entry backed by Amazon FSx for Windows File Server (<c>fsxWindowsFileServerVolumeConfiguration</c>;
    /// Windows containers on EC2 only). AWS requires all five values.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class FsxWindowsVolumeAttribute : Attribute
    {
        public FsxWindowsVolumeAttribute(string name, string fileSystemId, string rootDirectory, string credentialsParameter, string domain)
        {
            Name = name;
            FileSystemId = fileSystemId;
            RootDirectory = rootDirectory;
            CredentialsParameter = credentialsParameter;
            Domain = domain;
        }

        public string Name { get; }

        /// <summary><c>fileSystemId</c>, e.g. <c>fs-0123456789abcdef0</c>.</summary>
        public string FileSystemId { get; }

        /// <summary><c>rootDirectory</c>: the share directory to mount, e.g. <c>share\data</c>.</summary>
        public string RootDirectory { get; }

        /// <summary><c>authorizationConfig.credentialsParameter</c>: the ARN of the Secrets Manager secret or SSM parameter with the domain credentials.</summary>
        public string CredentialsParameter { get; }

        /// <summary><c>authorizationConfig.domain</c>: the fully qualified Active Directory domain name.</summary>
        public string Domain { get; }
    }

    /// <summary>A <c>volumes</c> entry backed by Amazon S3 Files (<c>s3filesVolumeConfiguration</c>; the task needs a task role).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class S3FilesVolumeAttribute : Attribute
    {
        public S3FilesVolumeAttribute(string name, string fileSystemArn)
        {
            Name = name;
            FileSystemArn = fileSystemArn;
        }

        public string Name { get; }

        /// <summary><c>fileSystemArn</c>: the full ARN of the S3 Files file system.</summary>
        public string FileSystemArn { get; }

        /// <summary><c>rootDirectory</c>; omit it (or use <c>/</c>) with an access point.</summary>
        public string? RootDirectory { get; set; }

        /// <summary><c>transitEncryptionPort</c>.</summary>
        public int TransitEncryptionPort { get; set; }

        /// <summary><c>accessPointArn</c>.</summary>
        public string? AccessPointArn { get; set; }
    }

    /// <summary>A <c>volumes</c> entry managed by a Docker volume driver (<c>dockerVolumeConfiguration</c>, EC2 only).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class DockerVolumeAttribute : Attribute
    {
        public DockerVolumeAttribute(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary><c>scope</c> (see <see cref="DockerVolumeScopes"/>).</summary>
        public string? Scope { get; set; }

        /// <summary><c>autoprovision</c>.</summary>
        public bool Autoprovision { get; set; }

        /// <summary><c>driver</c>.</summary>
        public string? Driver { get; set; }

        /// <summary><c>driverOpts</c> as <c>"key=value"</c> pairs.</summary>
        public string[]? DriverOptions { get; set; }

        /// <summary><c>labels</c> as <c>"key=value"</c> pairs.</summary>
        public string[]? Labels { get; set; }
    }
}
