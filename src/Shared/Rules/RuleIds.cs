namespace TaskDefKit.Rules
{
    /// <summary>
    /// The rule IDs: the product's public contract. Each constant is named for what the rule means; its value is the
    /// ID users see, search for and suppress. The rules themselves are listed in <see cref="RuleCatalog"/>.
    /// </summary>
    public static class RuleIds
    {
        /// <summary>Input is not readable JSON.</summary>
        public const string MalformedJson = "TDK0001";

        /// <summary>Input is not a task definition or placement document.</summary>
        public const string UnrecognisedDocument = "TDK0002";

        /// <summary>Family name is missing or has invalid characters.</summary>
        public const string FamilyName = "TDK1001";

        /// <summary>Task definition has no container definitions.</summary>
        public const string ContainerDefinitionsRequired = "TDK1002";

        /// <summary>More than 10 containers in a task definition.</summary>
        public const string TooManyContainers = "TDK1003";

        /// <summary>No essential container.</summary>
        public const string NoEssentialContainer = "TDK1004";

        /// <summary>Container names are not unique.</summary>
        public const string DuplicateContainerName = "TDK1005";

        /// <summary>Unknown or repeated launch type compatibility.</summary>
        public const string RequiresCompatibilitiesValue = "TDK1006";

        /// <summary>Unknown network mode.</summary>
        public const string NetworkModeValue = "TDK1007";

        /// <summary>Fargate requires network mode awsvpc.</summary>
        public const string FargateNetworkMode = "TDK1008";

        /// <summary>Network mode not supported on this platform.</summary>
        public const string NetworkModePlatform = "TDK1009";

        /// <summary>Member has the wrong JSON type.</summary>
        public const string JsonType = "TDK1010";

        /// <summary>Task cpu is not a valid CPU string.</summary>
        public const string TaskCpuFormat = "TDK1011";

        /// <summary>Task memory is not a valid memory string.</summary>
        public const string TaskMemoryFormat = "TDK1012";

        /// <summary>Fargate requires task-level cpu and memory.</summary>
        public const string FargateTaskSizeRequired = "TDK1013";

        /// <summary>Invalid Fargate cpu/memory combination.</summary>
        public const string FargateTaskSize = "TDK1014";

        /// <summary>Invalid Fargate Windows task size.</summary>
        public const string FargateWindowsTaskSize = "TDK1015";

        /// <summary>Task cpu outside the EC2 range.</summary>
        public const string TaskCpuRange = "TDK1016";

        /// <summary>Container needs memory or memoryReservation.</summary>
        public const string ContainerMemoryRequired = "TDK1017";

        /// <summary>Container cpu exceeds task cpu.</summary>
        public const string ContainerCpuExceedsTask = "TDK1018";

        /// <summary>Container memory exceeds task memory.</summary>
        public const string ContainerMemoryExceedsTask = "TDK1019";

        /// <summary>Task-level cpu/memory ignored for Windows on EC2.</summary>
        public const string WindowsTaskLevelResources = "TDK1020";

        /// <summary>Invalid pidMode for the platform.</summary>
        public const string PidMode = "TDK1021";

        /// <summary>Invalid ipcMode for the platform.</summary>
        public const string IpcMode = "TDK1022";

        /// <summary>Unknown runtime platform value.</summary>
        public const string RuntimePlatformValue = "TDK1023";

        /// <summary>Operating system family not available on Fargate.</summary>
        public const string FargateOperatingSystem = "TDK1024";

        /// <summary>ARM64 requires Linux.</summary>
        public const string Arm64RequiresLinux = "TDK1025";

        /// <summary>Invalid App Mesh proxy configuration.</summary>
        public const string ProxyConfiguration = "TDK1026";

        /// <summary>Elastic Inference accelerators are no longer available.</summary>
        public const string InferenceAcceleratorDeprecated = "TDK1027";

        /// <summary>Invalid tags.</summary>
        public const string Tags = "TDK1028";

        /// <summary>Member is not part of RegisterTaskDefinition.</summary>
        public const string UnknownMember = "TDK1029";

        /// <summary>Container name is missing or invalid.</summary>
        public const string ContainerName = "TDK2001";

        /// <summary>Container image is missing.</summary>
        public const string ImageRequired = "TDK2002";

        /// <summary>Image reference has invalid characters or length.</summary>
        public const string ImageFormat = "TDK2003";

        /// <summary>Image tag is invalid.</summary>
        public const string ImageTag = "TDK2004";

        /// <summary>Image repository path is not lowercase.</summary>
        public const string ImageRepositoryCase = "TDK2005";

        /// <summary>Malformed Amazon ECR image URI.</summary>
        public const string EcrImageUri = "TDK2006";

        /// <summary>Mutable image reference.</summary>
        public const string MutableImageTag = "TDK2007";

        /// <summary>Container memory must be positive.</summary>
        public const string ContainerMemoryPositive = "TDK2008";

        /// <summary>Container memory below the Docker minimum.</summary>
        public const string ContainerMemoryTooSmall = "TDK2009";

        /// <summary>memoryReservation exceeds memory.</summary>
        public const string MemoryReservationExceedsMemory = "TDK2010";

        /// <summary>Invalid dependsOn entry.</summary>
        public const string DependsOn = "TDK2011";

        /// <summary>dependsOn forms a cycle.</summary>
        public const string DependsOnCycle = "TDK2012";

        /// <summary>COMPLETE/SUCCESS dependency on an essential container.</summary>
        public const string DependsOnCompleteEssential = "TDK2013";

        /// <summary>HEALTHY dependency on a container without health check.</summary>
        public const string DependsOnHealthyWithoutHealthCheck = "TDK2014";

        /// <summary>Health check command is missing or malformed.</summary>
        public const string HealthCheckCommand = "TDK2015";

        /// <summary>Health check value out of range.</summary>
        public const string HealthCheckRanges = "TDK2016";

        /// <summary>Health check interval shorter than timeout.</summary>
        public const string HealthCheckIntervalShorterThanTimeout = "TDK2017";

        /// <summary>startTimeout/stopTimeout out of the Fargate range.</summary>
        public const string FargateStartStopTimeout = "TDK2018";

        /// <summary>Invalid container links.</summary>
        public const string Links = "TDK2019";

        /// <summary>Container parameter not supported on Fargate.</summary>
        public const string FargateUnsupportedContainerParameter = "TDK2020";

        /// <summary>Container parameter not supported with awsvpc.</summary>
        public const string AwsVpcUnsupportedContainerParameter = "TDK2021";

        /// <summary>Container parameter not supported for Windows.</summary>
        public const string WindowsUnsupportedContainerParameter = "TDK2022";

        /// <summary>Invalid ulimit.</summary>
        public const string Ulimits = "TDK2023";

        /// <summary>Ulimit not allowed on Fargate.</summary>
        public const string FargateUlimits = "TDK2024";

        /// <summary>Unknown Linux kernel capability.</summary>
        public const string KernelCapabilities = "TDK2025";

        /// <summary>Invalid Linux parameters.</summary>
        public const string LinuxParameters = "TDK2026";

        /// <summary>Invalid Docker security options or credential specs.</summary>
        public const string DockerSecurityOptions = "TDK2027";

        /// <summary>Invalid system control.</summary>
        public const string SystemControls = "TDK2028";

        /// <summary>Invalid resource requirement.</summary>
        public const string ResourceRequirements = "TDK2029";

        /// <summary>Invalid restart policy.</summary>
        public const string RestartPolicy = "TDK2030";

        /// <summary>Invalid container user.</summary>
        public const string UserFormat = "TDK2031";

        /// <summary>Environment variable without a name.</summary>
        public const string EnvironmentNameRequired = "TDK2032";

        /// <summary>Duplicate or unusual environment variable name.</summary>
        public const string EnvironmentHygiene = "TDK2033";

        /// <summary>Secret name also used as an environment variable.</summary>
        public const string SecretShadowsEnvironment = "TDK2034";

        /// <summary>Invalid environment files.</summary>
        public const string EnvironmentFiles = "TDK2035";

        /// <summary>Invalid volumesFrom source container.</summary>
        public const string VolumesFrom = "TDK2036";

        /// <summary>Invalid extraHosts or dnsSearchDomains entry.</summary>
        public const string ExtraHostsAndDnsSearchDomains = "TDK2037";

        /// <summary>Volume name is missing or invalid.</summary>
        public const string VolumeName = "TDK3001";

        /// <summary>Volume names are not unique.</summary>
        public const string DuplicateVolumeName = "TDK3002";

        /// <summary>Volume sets more than one kind of storage.</summary>
        public const string VolumeKind = "TDK3003";

        /// <summary>Mount point refers to an unknown volume.</summary>
        public const string UnknownSourceVolume = "TDK3004";

        /// <summary>Mount point is incomplete.</summary>
        public const string MountPointFields = "TDK3005";

        /// <summary>Host source path not allowed on Fargate.</summary>
        public const string FargateHostSourcePath = "TDK3006";

        /// <summary>Docker volume not supported here.</summary>
        public const string DockerVolumePlatform = "TDK3007";

        /// <summary>Invalid Docker volume scope or autoprovision.</summary>
        public const string DockerVolumeScope = "TDK3008";

        /// <summary>Invalid EFS volume configuration.</summary>
        public const string EfsVolumeConfiguration = "TDK3009";

        /// <summary>EFS IAM authorization requires transit encryption.</summary>
        public const string EfsIamRequiresTransitEncryption = "TDK3010";

        /// <summary>Invalid EFS access point configuration.</summary>
        public const string EfsAccessPoint = "TDK3011";

        /// <summary>EFS transit encryption port or IAM without effect.</summary>
        public const string EfsTransitEncryptionPort = "TDK3012";

        /// <summary>EFS volume not supported on this platform.</summary>
        public const string EfsPlatform = "TDK3013";

        /// <summary>Invalid FSx for Windows File Server volume.</summary>
        public const string FsxWindowsVolume = "TDK3014";

        /// <summary>Invalid S3 Files volume.</summary>
        public const string S3FilesVolume = "TDK3015";

        /// <summary>Ephemeral storage size outside 21-200 GiB.</summary>
        public const string EphemeralStorageSize = "TDK3016";

        /// <summary>Ephemeral storage only applies to Fargate.</summary>
        public const string EphemeralStorageNotFargate = "TDK3017";

        /// <summary>Windows bind mount on another drive.</summary>
        public const string WindowsBindMountDrive = "TDK3018";

        /// <summary>Port number missing or out of range.</summary>
        public const string PortNumbers = "TDK4001";

        /// <summary>Port mappings with network mode none.</summary>
        public const string NoneNetworkPortMappings = "TDK4002";

        /// <summary>Host port differs from container port under awsvpc.</summary>
        public const string AwsVpcHostPort = "TDK4003";

        /// <summary>Host port differs from container port under host networking.</summary>
        public const string HostModeHostPort = "TDK4004";

        /// <summary>Unknown port protocol.</summary>
        public const string PortProtocol = "TDK4005";

        /// <summary>Container port mapped more than once.</summary>
        public const string DuplicateContainerPort = "TDK4006";

        /// <summary>Port used by two containers of the task.</summary>
        public const string PortConflictInTask = "TDK4007";

        /// <summary>Static host port is reserved or ephemeral.</summary>
        public const string ReservedOrEphemeralHostPort = "TDK4008";

        /// <summary>Invalid containerPortRange.</summary>
        public const string ContainerPortRangeFormat = "TDK4009";

        /// <summary>containerPortRange used where it is not allowed.</summary>
        public const string ContainerPortRangeUsage = "TDK4010";

        /// <summary>Invalid or duplicate port mapping name.</summary>
        public const string PortMappingName = "TDK4011";

        /// <summary>Invalid appProtocol.</summary>
        public const string AppProtocol = "TDK4012";

        /// <summary>Port 3150 is reserved for Windows on Fargate.</summary>
        public const string FargateWindowsReservedPort = "TDK4013";

        /// <summary>Port 24224 mapped in a FireLens task.</summary>
        public const string FireLensPort24224 = "TDK4014";

        /// <summary>Unknown placement strategy type.</summary>
        public const string PlacementStrategyType = "TDK5001";

        /// <summary>binpack field must be cpu or memory.</summary>
        public const string BinpackField = "TDK5002";

        /// <summary>spread field must be instanceId, host or attribute:&lt;name&gt;.</summary>
        public const string SpreadField = "TDK5003";

        /// <summary>random strategy ignores field.</summary>
        public const string RandomField = "TDK5004";

        /// <summary>More than 5 placement strategies.</summary>
        public const string TooManyPlacementStrategies = "TDK5005";

        /// <summary>Unknown placement constraint type.</summary>
        public const string PlacementConstraintType = "TDK5006";

        /// <summary>distinctInstance must not have an expression.</summary>
        public const string DistinctInstanceExpression = "TDK5007";

        /// <summary>memberOf requires an expression.</summary>
        public const string MemberOfExpressionRequired = "TDK5008";

        /// <summary>Placement expression longer than 2000 characters.</summary>
        public const string ExpressionLength = "TDK5009";

        /// <summary>More than 10 placement constraints.</summary>
        public const string TooManyPlacementConstraints = "TDK5010";

        /// <summary>Task definition constraints must be memberOf.</summary>
        public const string TaskDefinitionConstraintType = "TDK5011";

        /// <summary>Placement not supported on Fargate.</summary>
        public const string FargatePlacement = "TDK5012";

        /// <summary>Daemon services do not support placement strategies.</summary>
        public const string DaemonPlacementStrategy = "TDK5013";

        /// <summary>Cluster query expression does not parse.</summary>
        public const string CqlSyntax = "TDK5014";

        /// <summary>Operator not valid for this cluster query subject.</summary>
        public const string CqlOperator = "TDK5015";

        /// <summary>Invalid cluster query argument.</summary>
        public const string CqlArgument = "TDK5016";

        /// <summary>Unusual or invalid attribute name.</summary>
        public const string AttributeName = "TDK5017";

        /// <summary>Unknown or missing log driver.</summary>
        public const string LogDriver = "TDK6001";

        /// <summary>Log driver not supported on Fargate.</summary>
        public const string FargateLogDriver = "TDK6002";

        /// <summary>awslogs requires awslogs-group and awslogs-region.</summary>
        public const string AwslogsRequiredOptions = "TDK6003";

        /// <summary>awslogs on Fargate requires awslogs-stream-prefix.</summary>
        public const string AwslogsStreamPrefix = "TDK6004";

        /// <summary>Invalid awslogs option.</summary>
        public const string AwslogsOptions = "TDK6005";

        /// <summary>awslogs blocking mode.</summary>
        public const string AwslogsBlockingMode = "TDK6006";

        /// <summary>splunk requires splunk-url and splunk-token.</summary>
        public const string SplunkOptions = "TDK6007";

        /// <summary>awsfirelens log driver without a FireLens router.</summary>
        public const string AwsFirelensWithoutRouter = "TDK6008";

        /// <summary>FireLens router not used or duplicated.</summary>
        public const string FireLensRouterWithoutUser = "TDK6009";

        /// <summary>Invalid FireLens configuration.</summary>
        public const string FireLensConfiguration = "TDK6010";

        /// <summary>FireLens set-up may not work as intended.</summary>
        public const string FireLensHygiene = "TDK6011";

        /// <summary>Invalid secret reference.</summary>
        public const string SecretReference = "TDK6012";

        /// <summary>Secrets require an execution role.</summary>
        public const string SecretsRequireExecutionRole = "TDK6013";

        /// <summary>SSM parameter referenced by name.</summary>
        public const string SsmParameterByName = "TDK6014";

        /// <summary>Invalid private registry credentials.</summary>
        public const string RepositoryCredentials = "TDK6015";

        /// <summary>Fargate with an ECR image requires an execution role.</summary>
        public const string FargateEcrRequiresExecutionRole = "TDK6016";

        /// <summary>Fargate with awslogs requires an execution role.</summary>
        public const string FargateAwslogsRequiresExecutionRole = "TDK6017";

        /// <summary>Environment files require an execution role.</summary>
        public const string EnvironmentFilesRequireExecutionRole = "TDK6018";

        /// <summary>Invalid IAM role reference.</summary>
        public const string RoleArnFormat = "TDK6019";

        /// <summary>Task role equals execution role.</summary>
        public const string TaskRoleEqualsExecutionRole = "TDK6020";

        /// <summary>Privileged container.</summary>
        public const string PrivilegedContainer = "TDK6021";

        /// <summary>Root filesystem is writable.</summary>
        public const string WritableRootFilesystem = "TDK6022";

        /// <summary>Container runs as root.</summary>
        public const string ContainerRunsAsRoot = "TDK6023";

        /// <summary>Root container in host network mode.</summary>
        public const string HostNetworkRootUser = "TDK6024";

        /// <summary>Host network mode.</summary>
        public const string HostNetworkMode = "TDK6025";

        /// <summary>Host PID or IPC namespace shared.</summary>
        public const string HostNamespaceSharing = "TDK6026";

        /// <summary>Plaintext secret in environment.</summary>
        public const string PlaintextSecretInEnvironment = "TDK6027";

        /// <summary>Container without log configuration.</summary>
        public const string NoLogConfiguration = "TDK6028";

        /// <summary>Credentials in log options.</summary>
        public const string CredentialsInLogOptions = "TDK6029";

        /// <summary>EFS volume without transit encryption.</summary>
        public const string EfsWithoutTransitEncryption = "TDK6030";

        /// <summary>Container without health check or memory limit.</summary>
        public const string NoHealthCheckOrMemoryLimit = "TDK6031";

        /// <summary>Invalid launch type or capacity provider strategy.</summary>
        public const string LaunchTypeAndCapacityProviders = "TDK7001";

        /// <summary>Invalid scheduling strategy.</summary>
        public const string SchedulingStrategy = "TDK7002";

        /// <summary>Invalid daemon or replica service settings.</summary>
        public const string DaemonServiceSettings = "TDK7003";

        /// <summary>Network configuration does not fit the network mode.</summary>
        public const string NetworkConfiguration = "TDK7004";

        /// <summary>Task definition not compatible with the service launch type.</summary>
        public const string ServiceLaunchTypeCompatibility = "TDK7005";

        /// <summary>Invalid deployment circuit breaker or percentages.</summary>
        public const string DeploymentCircuitBreaker = "TDK7006";

        /// <summary>minimumHealthyPercent not below maximumPercent.</summary>
        public const string MinimumHealthyPercent = "TDK7007";

        /// <summary>Invalid deployment strategy.</summary>
        public const string DeploymentStrategy = "TDK7008";

        /// <summary>Fargate platform version pinned.</summary>
        public const string FargatePlatformVersionPinned = "TDK7009";

        /// <summary>Public IP assigned to the service.</summary>
        public const string PublicIpAssigned = "TDK7010";

        /// <summary>RunTask count outside 1-10.</summary>
        public const string RunTaskCount = "TDK7011";

        /// <summary>Load balancer target does not match the task definition.</summary>
        public const string LoadBalancerTarget = "TDK7012";

        /// <summary>[TaskDefinition] on a class that is not partial, generic or file-local, or nested in a type that is not partial.</summary>
        public const string NotPartial = "TDK8001";

        /// <summary>Two container properties declare the same container name.</summary>
        public const string ContainerDeclaredTwice = "TDK8002";

        /// <summary>dependsOn, volumesFrom or a mount point names a container or volume the class does not declare.</summary>
        public const string UnknownReference = "TDK8003";

        /// <summary>An attribute argument cannot become part of the task definition (null, malformed or set twice).</summary>
        public const string InvalidAttributeValue = "TDK8004";

        /// <summary>A container attribute without [Container], or [Container] on a property that is not 'static partial ContainerDefinition { get; }'.</summary>
        public const string ContainerAttributeMisplaced = "TDK8005";
    }
}
