using System.Collections.Generic;
using System.Globalization;
using System;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders
{
    /// <summary>
    /// Builds an ECS task definition fluently. Every member of the model has a method here, on
    /// <see cref="ContainerBuilder"/> or on the small builders they hand to lambdas; <see cref="Configure"/> reaches the
    /// raw model for anything else. <see cref="Build"/> validates and returns a snapshot with its diagnostics.
    /// </summary>
    /// <example>
    /// <code>
    /// TaskDefinitionBuildResult web = TaskDefinitionBuilder.Create("web")
    ///     .Fargate(FargateSize.Cpu256.Memory512)
    ///     .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
    ///     .Container("web", c => c
    ///         .Image("public.ecr.aws/nginx/nginx:1.27")
    ///         .Port(80)
    ///         .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web")
    ///         .Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"))
    ///     .Build();
    /// </code>
    /// </example>
    public sealed class TaskDefinitionBuilder
    {
        private readonly TaskDefinition _definition;

        /// <summary>Starts a task definition with the given <c>family</c>.</summary>
        public TaskDefinitionBuilder(string family)
        {
            _definition = new TaskDefinition { Family = family };
        }

        private TaskDefinitionBuilder(TaskDefinition definition)
        {
            _definition = definition;
        }

        /// <summary>Starts a task definition with the given <c>family</c>.</summary>
        public static TaskDefinitionBuilder Create(string family) => new TaskDefinitionBuilder(family);

        /// <summary>Starts from a copy of an existing definition (for example one read from JSON); the original is not changed.</summary>
        public static TaskDefinitionBuilder From(TaskDefinition definition)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            return new TaskDefinitionBuilder(ModelCopy.Of(definition));
        }

        /// <summary>Sets <c>family</c>.</summary>
        [Sets("family=family")]
        public TaskDefinitionBuilder Family(string family)
        {
            _definition.Family = family;
            return this;
        }

        /// <summary>Sets <c>taskRoleArn</c>: the role the application's AWS calls use (a role ARN or name).</summary>
        [Sets("taskRoleArn=roleArn")]
        public TaskDefinitionBuilder TaskRole(string roleArn)
        {
            _definition.TaskRoleArn = roleArn;
            return this;
        }

        /// <summary>Sets <c>executionRoleArn</c>: the role the ECS agent uses to pull images, write logs and fetch secrets.</summary>
        [Sets("executionRoleArn=roleArn")]
        public TaskDefinitionBuilder ExecutionRole(string roleArn)
        {
            _definition.ExecutionRoleArn = roleArn;
            return this;
        }

        /// <summary>Sets <c>networkMode</c>.</summary>
        [Sets("networkMode=networkMode")]
        public TaskDefinitionBuilder NetworkMode(NetworkMode networkMode)
        {
            _definition.NetworkMode = networkMode;
            return this;
        }

        /// <summary>Sets <c>networkMode</c> to <c>awsvpc</c> (one elastic network interface per task; required by Fargate).</summary>
        [Sets("networkMode='awsvpc'")]
        public TaskDefinitionBuilder AwsVpc() => NetworkMode(Model.NetworkMode.AwsVpc);

        /// <summary>Sets <c>networkMode</c> to <c>bridge</c> (Docker's bridge network; dynamic host ports on EC2).</summary>
        [Sets("networkMode='bridge'")]
        public TaskDefinitionBuilder Bridge() => NetworkMode(Model.NetworkMode.Bridge);

        /// <summary>Adds launch types to <c>requiresCompatibilities</c> (each once).</summary>
        [Adds("requiresCompatibilities", "compatibilities", Unique = true, LocatesList = true)]
        public TaskDefinitionBuilder RequiresCompatibilities(params Compatibility[] compatibilities)
        {
            Guard.ThrowIfNull(compatibilities, nameof(compatibilities));
            List<Compatibility> list = _definition.RequiresCompatibilities ??= new List<Compatibility>();
            foreach (Compatibility compatibility in compatibilities)
            {
                if (!list.Contains(compatibility))
                {
                    list.Add(compatibility);
                }
            }

            return this;
        }

        /// <summary>
        /// Requires <c>FARGATE</c> and, unless a network mode was set already, uses <c>awsvpc</c> (the only mode Fargate
        /// supports). Set the size with <see cref="Size"/> or use <see cref="Fargate(FargateSize)"/>.
        /// </summary>
        [Adds("requiresCompatibilities", "'FARGATE'", Unique = true, LocatesList = true)]
        [Sets("networkMode='awsvpc'", IfAbsent = true)]
        public TaskDefinitionBuilder Fargate()
        {
            RequiresCompatibilities(Compatibility.Fargate);
            _definition.NetworkMode ??= Model.NetworkMode.AwsVpc;
            return this;
        }

        /// <summary>Requires <c>FARGATE</c>, uses <c>awsvpc</c> unless set otherwise, and sets the task size.</summary>
        [Adds("requiresCompatibilities", "'FARGATE'", Unique = true, LocatesList = true)]
        [Sets("networkMode='awsvpc'", IfAbsent = true)]
        [Sets("cpu=size.Cpu", "memory=size.Memory")]
        public TaskDefinitionBuilder Fargate(FargateSize size) => Fargate().Size(size);

        /// <summary>Requires <c>EC2</c>.</summary>
        [Adds("requiresCompatibilities", "'EC2'", Unique = true, LocatesList = true)]
        public TaskDefinitionBuilder Ec2() => RequiresCompatibilities(Compatibility.Ec2);

        /// <summary>Requires <c>EXTERNAL</c> (ECS Anywhere).</summary>
        [Adds("requiresCompatibilities", "'EXTERNAL'", Unique = true, LocatesList = true)]
        public TaskDefinitionBuilder External() => RequiresCompatibilities(Compatibility.External);

        /// <summary>Requires <c>MANAGED_INSTANCES</c>.</summary>
        [Adds("requiresCompatibilities", "'MANAGED_INSTANCES'", Unique = true, LocatesList = true)]
        public TaskDefinitionBuilder ManagedInstances() => RequiresCompatibilities(Compatibility.ManagedInstances);

        /// <summary>Sets task <c>cpu</c> and <c>memory</c> to a Fargate size.</summary>
        [Sets("cpu=size.Cpu", "memory=size.Memory")]
        public TaskDefinitionBuilder Size(FargateSize size)
        {
            if (size is null)
            {
                throw new ArgumentNullException(nameof(size));
            }

            _definition.Cpu = size.Cpu;
            _definition.Memory = size.Memory;
            return this;
        }

        /// <summary>Sets task <c>cpu</c> as written: CPU units (<c>"1024"</c>) or vCPU (<c>"1 vCPU"</c>).</summary>
        [Sets("cpu=cpu")]
        public TaskDefinitionBuilder Cpu(string cpu)
        {
            _definition.Cpu = cpu;
            return this;
        }

        /// <summary>Sets task <c>cpu</c> in CPU units (1024 = 1 vCPU).</summary>
        [Sets("cpu=cpuUnits")]
        public TaskDefinitionBuilder Cpu(int cpuUnits) => Cpu(cpuUnits.ToString(CultureInfo.InvariantCulture));

        /// <summary>Sets task <c>memory</c> as written: MiB (<c>"2048"</c>) or GB (<c>"2GB"</c>).</summary>
        [Sets("memory=memory")]
        public TaskDefinitionBuilder Memory(string memory)
        {
            _definition.Memory = memory;
            return this;
        }

        /// <summary>Sets task <c>memory</c> in MiB.</summary>
        [Sets("memory=memoryMiB")]
        public TaskDefinitionBuilder Memory(int memoryMiB) => Memory(memoryMiB.ToString(CultureInfo.InvariantCulture));

        /// <summary>Adds a container definition built by <paramref name="configure"/>.</summary>
        [Adds("containerDefinitions", "name=name", At = "name", Nested = "configure")]
        public TaskDefinitionBuilder Container(string name, Action<ContainerBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var container = new ContainerBuilder(name);
            configure(container);
            return Container(container.Definition);
        }

        /// <summary>Adds a container definition as it is (not copied).</summary>
        [Adds("containerDefinitions", "container")]
        public TaskDefinitionBuilder Container(ContainerDefinition container)
        {
            (_definition.ContainerDefinitions ??= new List<ContainerDefinition>()).Add(container);
            return this;
        }

        /// <summary>Adds a volume as it is.</summary>
        [Adds("volumes", "volume")]
        public TaskDefinitionBuilder Volume(Volume volume)
        {
            (_definition.Volumes ??= new List<Volume>()).Add(volume);
            return this;
        }

        /// <summary>
        /// Adds a bind-mount volume with only a name: Docker chooses the host path and the data lives as long as the task
        /// (the form Fargate supports). Mount it with <see cref="ContainerBuilder.MountPoint"/>.
        /// </summary>
        [Adds("volumes", "name=name")]
        public TaskDefinitionBuilder Volume(string name) => Volume(new Volume { Name = name });

        /// <summary>Adds a bind-mount volume of a host path (<c>host.sourcePath</c>; EC2 and EXTERNAL only).</summary>
        [Adds("volumes", "name=name", "host/sourcePath=sourcePath")]
        public TaskDefinitionBuilder HostVolume(string name, string sourcePath) =>
            Volume(new Volume { Name = name, Host = new HostVolumeProperties { SourcePath = sourcePath } });

        /// <summary>Adds a Docker volume (<c>dockerVolumeConfiguration</c>; EC2 and EXTERNAL only).</summary>
        [Adds("volumes", "name=name", "dockerVolumeConfiguration={}", Nested = "dockerVolumeConfiguration=configure")]
        public TaskDefinitionBuilder DockerVolume(string name, Action<DockerVolumeBuilder>? configure = null)
        {
            var builder = new DockerVolumeBuilder();
            configure?.Invoke(builder);
            return Volume(new Volume { Name = name, DockerVolumeConfiguration = builder.Configuration });
        }

        /// <summary>
        /// Adds an Amazon EFS volume. Use <paramref name="configure"/> for transit encryption, an access point, IAM
        /// authorization or a root directory: <c>v => v.TransitEncryption().AccessPoint("fsap-…").IamAuthorization()</c>.
        /// </summary>
        [Adds("volumes", "name=name", "efsVolumeConfiguration={}", "efsVolumeConfiguration/fileSystemId=fileSystemId", Nested = "efsVolumeConfiguration=configure")]
        public TaskDefinitionBuilder EfsVolume(string name, string fileSystemId, Action<EfsVolumeBuilder>? configure = null)
        {
            var builder = new EfsVolumeBuilder(fileSystemId);
            configure?.Invoke(builder);
            return Volume(new Volume { Name = name, EfsVolumeConfiguration = builder.Configuration });
        }

        /// <summary>Adds an Amazon FSx for Windows File Server volume (Windows on EC2 only); all four values are required by AWS.</summary>
        /// <param name="name">The volume name.</param>
        /// <param name="fileSystemId">The FSx file system ID.</param>
        /// <param name="rootDirectory">The directory of the file system to mount.</param>
        /// <param name="credentialsParameter">The ARN of the Secrets Manager secret or SSM parameter with the domain credentials.</param>
        /// <param name="domain">The fully qualified domain name of the Active Directory.</param>
        [Adds(
            "volumes",
            "name=name",
            "fsxWindowsFileServerVolumeConfiguration={}",
            "fsxWindowsFileServerVolumeConfiguration/fileSystemId=fileSystemId",
            "fsxWindowsFileServerVolumeConfiguration/rootDirectory=rootDirectory",
            "fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter=credentialsParameter",
            "fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain=domain")]
        public TaskDefinitionBuilder FsxWindowsVolume(string name, string fileSystemId, string rootDirectory, string credentialsParameter, string domain) =>
            Volume(new Volume
            {
                Name = name,
                FsxWindowsFileServerVolumeConfiguration = new FsxWindowsFileServerVolumeConfiguration
                {
                    FileSystemId = fileSystemId,
                    RootDirectory = rootDirectory,
                    AuthorizationConfig = new FsxWindowsFileServerAuthorizationConfig { CredentialsParameter = credentialsParameter, Domain = domain },
                },
            });

        /// <summary>Adds an Amazon S3 Files volume (<c>s3filesVolumeConfiguration</c>; the task needs a task role).</summary>
        [Adds("volumes", "name=name", "s3filesVolumeConfiguration={}", "s3filesVolumeConfiguration/fileSystemArn=fileSystemArn", Nested = "s3filesVolumeConfiguration=configure")]
        public TaskDefinitionBuilder S3FilesVolume(string name, string fileSystemArn, Action<S3FilesVolumeBuilder>? configure = null)
        {
            var builder = new S3FilesVolumeBuilder(fileSystemArn);
            configure?.Invoke(builder);
            return Volume(new Volume { Name = name, S3FilesVolumeConfiguration = builder.Configuration });
        }

        /// <summary>
        /// Adds a volume configured at launch (<c>configuredAtLaunch: true</c>): its Amazon EBS volume comes from the
        /// service or RunTask <c>volumeConfigurations</c>. At most one per task definition.
        /// </summary>
        [Adds("volumes", "name=name", "configuredAtLaunch='true'")]
        public TaskDefinitionBuilder ConfiguredAtLaunchVolume(string name) =>
            Volume(new Volume { Name = name, ConfiguredAtLaunch = true });

        /// <summary>Sets <c>ephemeralStorage.sizeInGiB</c> (Fargate; 21–200 GiB).</summary>
        [Replaces("ephemeralStorage", "sizeInGiB=sizeInGiB")]
        public TaskDefinitionBuilder EphemeralStorage(int sizeInGiB)
        {
            _definition.EphemeralStorage = new EphemeralStorage { SizeInGiB = sizeInGiB };
            return this;
        }

        /// <summary>Sets <c>runtimePlatform</c>: the operating system family and, optionally, the CPU architecture.</summary>
        [Replaces("runtimePlatform", "operatingSystemFamily=operatingSystemFamily", "cpuArchitecture=cpuArchitecture?")]
        public TaskDefinitionBuilder RuntimePlatform(OperatingSystemFamily operatingSystemFamily, CpuArchitecture? cpuArchitecture = null)
        {
            _definition.RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = operatingSystemFamily, CpuArchitecture = cpuArchitecture };
            return this;
        }

        /// <summary>Sets <c>runtimePlatform.cpuArchitecture</c> only (keeps the operating system family).</summary>
        [Sets("runtimePlatform/cpuArchitecture=cpuArchitecture")]
        public TaskDefinitionBuilder CpuArchitecture(CpuArchitecture cpuArchitecture)
        {
            (_definition.RuntimePlatform ??= new RuntimePlatform()).CpuArchitecture = cpuArchitecture;
            return this;
        }

        /// <summary>Sets <c>pidMode</c>.</summary>
        [Sets("pidMode=pidMode")]
        public TaskDefinitionBuilder PidMode(PidMode pidMode)
        {
            _definition.PidMode = pidMode;
            return this;
        }

        /// <summary>Sets <c>ipcMode</c>.</summary>
        [Sets("ipcMode=ipcMode")]
        public TaskDefinitionBuilder IpcMode(IpcMode ipcMode)
        {
            _definition.IpcMode = ipcMode;
            return this;
        }

        /// <summary>
        /// Sets an App Mesh <c>proxyConfiguration</c> (type <c>APPMESH</c>) for the Envoy container
        /// <paramref name="containerName"/>; describe the ports and ignored traffic with <paramref name="configure"/>.
        /// </summary>
        [Replaces("proxyConfiguration", "type='APPMESH'", "containerName=containerName", Nested = "configure")]
        public TaskDefinitionBuilder AppMeshProxy(string containerName, Action<ProxyConfigurationBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var builder = new ProxyConfigurationBuilder(containerName);
            configure(builder);
            _definition.ProxyConfiguration = builder.Configuration;
            return this;
        }

        /// <summary>Adds a tag.</summary>
        [Adds("tags", "key=key", "value=value")]
        public TaskDefinitionBuilder Tag(string key, string value)
        {
            (_definition.Tags ??= new List<Tag>()).Add(new Tag { Key = key, Value = value });
            return this;
        }

        /// <summary>Adds tags in the order given.</summary>
        [Unreadable("tags")]
        public TaskDefinitionBuilder Tags(IEnumerable<KeyValuePair<string, string>> tags)
        {
            Guard.ThrowIfNull(tags, nameof(tags));
            foreach (KeyValuePair<string, string> tag in tags)
            {
                Tag(tag.Key, tag.Value);
            }

            return this;
        }

        /// <summary>
        /// Adds a task-definition placement constraint of type <c>memberOf</c> with a Cluster Query Language expression,
        /// e.g. <c>attribute:ecs.instance-type =~ t3.*</c> (EC2 and EXTERNAL only).
        /// </summary>
        [Adds("placementConstraints", "type='memberOf'", "expression=memberOfExpression")]
        public TaskDefinitionBuilder PlacementConstraint(string memberOfExpression)
        {
            (_definition.PlacementConstraints ??= new List<TaskDefinitionPlacementConstraint>()).Add(
                new TaskDefinitionPlacementConstraint { Type = TaskDefinitionPlacementConstraintType.MemberOf, Expression = memberOfExpression });
            return this;
        }

        /// <summary>Adds an Elastic Inference accelerator (deprecated by AWS; kept for existing definitions).</summary>
        [Adds("inferenceAccelerators", "deviceName=deviceName", "deviceType=deviceType", LocatesList = true)]
        public TaskDefinitionBuilder InferenceAccelerator(string deviceName, string deviceType)
        {
            (_definition.InferenceAccelerators ??= new List<InferenceAccelerator>()).Add(
                new InferenceAccelerator { DeviceName = deviceName, DeviceType = deviceType });
            return this;
        }

        /// <summary>Sets <c>enableFaultInjection</c>.</summary>
        [Sets("enableFaultInjection=enabled")]
        public TaskDefinitionBuilder EnableFaultInjection(bool enabled = true)
        {
            _definition.EnableFaultInjection = enabled;
            return this;
        }

        /// <summary>Changes the raw model directly — the escape hatch for anything the fluent methods do not cover.</summary>
        [Unreadable("")]
        public TaskDefinitionBuilder Configure(Action<TaskDefinition> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            configure(_definition);
            return this;
        }

        /// <summary>
        /// Validates a copy of the definition as it is now and returns it with its diagnostics. The builder stays usable;
        /// later calls do not change the result.
        /// </summary>
        /// <param name="options">The launch type to assume and rules to ignore or re-grade; catalog defaults when null.</param>
        public TaskDefinitionBuildResult Build(ValidationOptions? options = null)
        {
            TaskDefinition snapshot = ModelCopy.Of(_definition);
            return new TaskDefinitionBuildResult(snapshot, TaskDefinitionValidator.Validate(snapshot, options));
        }
    }
}
