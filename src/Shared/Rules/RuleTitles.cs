namespace TaskDefKit.Rules
{
    /// <summary>Titles of the rules, as constants so analyzer descriptors can use them (release tracking needs constants).</summary>
    public static class RuleTitles
    {
        /// <summary>TDK0001</summary>
        public const string MalformedJson = "Input is not readable JSON";

        /// <summary>TDK0002</summary>
        public const string UnrecognisedDocument = "Input is not a task definition or placement document";

        /// <summary>TDK1001</summary>
        public const string FamilyName = "Family name is missing or has invalid characters";

        /// <summary>TDK1002</summary>
        public const string ContainerDefinitionsRequired = "Task definition has no container definitions";

        /// <summary>TDK1003</summary>
        public const string TooManyContainers = "More than 10 containers in a task definition";

        /// <summary>TDK1004</summary>
        public const string NoEssentialContainer = "No essential container";

        /// <summary>TDK1005</summary>
        public const string DuplicateContainerName = "Container names are not unique";

        /// <summary>TDK1006</summary>
        public const string RequiresCompatibilitiesValue = "Unknown or repeated launch type compatibility";

        /// <summary>TDK1007</summary>
        public const string NetworkModeValue = "Unknown network mode";

        /// <summary>TDK1008</summary>
        public const string FargateNetworkMode = "Fargate requires network mode awsvpc";

        /// <summary>TDK1009</summary>
        public const string NetworkModePlatform = "Network mode not supported on this platform";

        /// <summary>TDK1010</summary>
        public const string JsonType = "Member has the wrong JSON type";

        /// <summary>TDK1011</summary>
        public const string TaskCpuFormat = "Task cpu is not a valid CPU string";

        /// <summary>TDK1012</summary>
        public const string TaskMemoryFormat = "Task memory is not a valid memory string";

        /// <summary>TDK1013</summary>
        public const string FargateTaskSizeRequired = "Fargate requires task-level cpu and memory";

        /// <summary>TDK1014</summary>
        public const string FargateTaskSize = "Invalid Fargate cpu/memory combination";

        /// <summary>TDK1015</summary>
        public const string FargateWindowsTaskSize = "Invalid Fargate Windows task size";

        /// <summary>TDK1016</summary>
        public const string TaskCpuRange = "Task cpu outside the EC2 range";

        /// <summary>TDK1017</summary>
        public const string ContainerMemoryRequired = "Container needs memory or memoryReservation";

        /// <summary>TDK1018</summary>
        public const string ContainerCpuExceedsTask = "Container cpu exceeds task cpu";

        /// <summary>TDK1019</summary>
        public const string ContainerMemoryExceedsTask = "Container memory exceeds task memory";

        /// <summary>TDK1020</summary>
        public const string WindowsTaskLevelResources = "Task-level cpu/memory ignored for Windows on EC2";

        /// <summary>TDK1021</summary>
        public const string PidMode = "Invalid pidMode for the platform";

        /// <summary>TDK1022</summary>
        public const string IpcMode = "Invalid ipcMode for the platform";

        /// <summary>TDK1023</summary>
        public const string RuntimePlatformValue = "Unknown runtime platform value";

        /// <summary>TDK1024</summary>
        public const string FargateOperatingSystem = "Operating system family not available on Fargate";

        /// <summary>TDK1025</summary>
        public const string Arm64RequiresLinux = "ARM64 requires Linux";

        /// <summary>TDK1026</summary>
        public const string ProxyConfiguration = "Invalid App Mesh proxy configuration";

        /// <summary>TDK1027</summary>
        public const string InferenceAcceleratorDeprecated = "Elastic Inference accelerators are no longer available";

        /// <summary>TDK1028</summary>
        public const string Tags = "Invalid tags";

        /// <summary>TDK1029</summary>
        public const string UnknownMember = "Member is not part of RegisterTaskDefinition";

        /// <summary>TDK2001</summary>
        public const string ContainerName = "Container name is missing or invalid";

        /// <summary>TDK2002</summary>
        public const string ImageRequired = "Container image is missing";

        /// <summary>TDK2003</summary>
        public const string ImageFormat = "Image reference has invalid characters or length";

        /// <summary>TDK2004</summary>
        public const string ImageTag = "Image tag is invalid";

        /// <summary>TDK2005</summary>
        public const string ImageRepositoryCase = "Image repository path is not lowercase";

        /// <summary>TDK2006</summary>
        public const string EcrImageUri = "Malformed Amazon ECR image URI";

        /// <summary>TDK2007</summary>
        public const string MutableImageTag = "Mutable image reference";

        /// <summary>TDK2008</summary>
        public const string ContainerMemoryPositive = "Container memory must be positive";

        /// <summary>TDK2009</summary>
        public const string ContainerMemoryTooSmall = "Container memory below the Docker minimum";

        /// <summary>TDK2010</summary>
        public const string MemoryReservationExceedsMemory = "memoryReservation exceeds memory";

        /// <summary>TDK2011</summary>
        public const string DependsOn = "Invalid dependsOn entry";

        /// <summary>TDK2012</summary>
        public const string DependsOnCycle = "dependsOn forms a cycle";

        /// <summary>TDK2013</summary>
        public const string DependsOnCompleteEssential = "COMPLETE/SUCCESS dependency on an essential container";

        /// <summary>TDK2014</summary>
        public const string DependsOnHealthyWithoutHealthCheck = "HEALTHY dependency on a container without health check";

        /// <summary>TDK2015</summary>
        public const string HealthCheckCommand = "Health check command is missing or malformed";

        /// <summary>TDK2016</summary>
        public const string HealthCheckRanges = "Health check value out of range";

        /// <summary>TDK2017</summary>
        public const string HealthCheckIntervalShorterThanTimeout = "Health check interval shorter than timeout";

        /// <summary>TDK2018</summary>
        public const string FargateStartStopTimeout = "startTimeout/stopTimeout out of the Fargate range";

        /// <summary>TDK2019</summary>
        public const string Links = "Invalid container links";

        /// <summary>TDK2020</summary>
        public const string FargateUnsupportedContainerParameter = "Container parameter not supported on Fargate";

        /// <summary>TDK2021</summary>
        public const string AwsVpcUnsupportedContainerParameter = "Container parameter not supported with awsvpc";

        /// <summary>TDK2022</summary>
        public const string WindowsUnsupportedContainerParameter = "Container parameter not supported for Windows";

        /// <summary>TDK2023</summary>
        public const string Ulimits = "Invalid ulimit";

        /// <summary>TDK2024</summary>
        public const string FargateUlimits = "Ulimit not allowed on Fargate";

        /// <summary>TDK2025</summary>
        public const string KernelCapabilities = "Unknown Linux kernel capability";

        /// <summary>TDK2026</summary>
        public const string LinuxParameters = "Invalid Linux parameters";

        /// <summary>TDK2027</summary>
        public const string DockerSecurityOptions = "Invalid Docker security options or credential specs";

        /// <summary>TDK2028</summary>
        public const string SystemControls = "Invalid system control";

        /// <summary>TDK2029</summary>
        public const string ResourceRequirements = "Invalid resource requirement";

        /// <summary>TDK2030</summary>
        public const string RestartPolicy = "Invalid restart policy";

        /// <summary>TDK2031</summary>
        public const string UserFormat = "Invalid container user";

        /// <summary>TDK2032</summary>
        public const string EnvironmentNameRequired = "Environment variable without a name";

        /// <summary>TDK2033</summary>
        public const string EnvironmentHygiene = "Duplicate or unusual environment variable name";

        /// <summary>TDK2034</summary>
        public const string SecretShadowsEnvironment = "Secret name also used as an environment variable";

        /// <summary>TDK2035</summary>
        public const string EnvironmentFiles = "Invalid environment files";

        /// <summary>TDK2036</summary>
        public const string VolumesFrom = "Invalid volumesFrom source container";

        /// <summary>TDK2037</summary>
        public const string ExtraHostsAndDnsSearchDomains = "Invalid extraHosts or dnsSearchDomains entry";

        /// <summary>TDK3001</summary>
        public const string VolumeName = "Volume name is missing or invalid";

        /// <summary>TDK3002</summary>
        public const string DuplicateVolumeName = "Volume names are not unique";

        /// <summary>TDK3003</summary>
        public const string VolumeKind = "Volume sets more than one kind of storage";

        /// <summary>TDK3004</summary>
        public const string UnknownSourceVolume = "Mount point refers to an unknown volume";

        /// <summary>TDK3005</summary>
        public const string MountPointFields = "Mount point is incomplete";

        /// <summary>TDK3006</summary>
        public const string FargateHostSourcePath = "Host source path not allowed on Fargate";

        /// <summary>TDK3007</summary>
        public const string DockerVolumePlatform = "Docker volume not supported here";

        /// <summary>TDK3008</summary>
        public const string DockerVolumeScope = "Invalid Docker volume scope or autoprovision";

        /// <summary>TDK3009</summary>
        public const string EfsVolumeConfiguration = "Invalid EFS volume configuration";

        /// <summary>TDK3010</summary>
        public const string EfsIamRequiresTransitEncryption = "EFS IAM authorization requires transit encryption";

        /// <summary>TDK3011</summary>
        public const string EfsAccessPoint = "Invalid EFS access point configuration";

        /// <summary>TDK3012</summary>
        public const string EfsTransitEncryptionPort = "EFS transit encryption port or IAM without effect";

        /// <summary>TDK3013</summary>
        public const string EfsPlatform = "EFS volume not supported on this platform";

        /// <summary>TDK3014</summary>
        public const string FsxWindowsVolume = "Invalid FSx for Windows File Server volume";

        /// <summary>TDK3015</summary>
        public const string S3FilesVolume = "Invalid S3 Files volume";

        /// <summary>TDK3016</summary>
        public const string EphemeralStorageSize = "Ephemeral storage size outside 21-200 GiB";

        /// <summary>TDK3017</summary>
        public const string EphemeralStorageNotFargate = "Ephemeral storage only applies to Fargate";

        /// <summary>TDK3018</summary>
        public const string WindowsBindMountDrive = "Windows bind mount on another drive";

        /// <summary>TDK4001</summary>
        public const string PortNumbers = "Port number missing or out of range";

        /// <summary>TDK4002</summary>
        public const string NoneNetworkPortMappings = "Port mappings with network mode none";

        /// <summary>TDK4003</summary>
        public const string AwsVpcHostPort = "Host port differs from container port under awsvpc";

        /// <summary>TDK4004</summary>
        public const string HostModeHostPort = "Host port differs from container port under host networking";

        /// <summary>TDK4005</summary>
        public const string PortProtocol = "Unknown port protocol";

        /// <summary>TDK4006</summary>
        public const string DuplicateContainerPort = "Container port mapped more than once";

        /// <summary>TDK4007</summary>
        public const string PortConflictInTask = "Port used by two containers of the task";

        /// <summary>TDK4008</summary>
        public const string ReservedOrEphemeralHostPort = "Static host port is reserved or ephemeral";

        /// <summary>TDK4009</summary>
        public const string ContainerPortRangeFormat = "Invalid containerPortRange";

        /// <summary>TDK4010</summary>
        public const string ContainerPortRangeUsage = "containerPortRange used where it is not allowed";

        /// <summary>TDK4011</summary>
        public const string PortMappingName = "Invalid or duplicate port mapping name";

        /// <summary>TDK4012</summary>
        public const string AppProtocol = "Invalid appProtocol";

        /// <summary>TDK4013</summary>
        public const string FargateWindowsReservedPort = "Port 3150 is reserved for Windows on Fargate";

        /// <summary>TDK4014</summary>
        public const string FireLensPort24224 = "Port 24224 mapped in a FireLens task";

        /// <summary>TDK5001</summary>
        public const string PlacementStrategyType = "Unknown placement strategy type";

        /// <summary>TDK5002</summary>
        public const string BinpackField = "binpack field must be cpu or memory";

        /// <summary>TDK5003</summary>
        public const string SpreadField = "spread field must be instanceId, host or attribute:<name>";

        /// <summary>TDK5004</summary>
        public const string RandomField = "random strategy ignores field";

        /// <summary>TDK5005</summary>
        public const string TooManyPlacementStrategies = "More than 5 placement strategies";

        /// <summary>TDK5006</summary>
        public const string PlacementConstraintType = "Unknown placement constraint type";

        /// <summary>TDK5007</summary>
        public const string DistinctInstanceExpression = "distinctInstance must not have an expression";

        /// <summary>TDK5008</summary>
        public const string MemberOfExpressionRequired = "memberOf requires an expression";

        /// <summary>TDK5009</summary>
        public const string ExpressionLength = "Placement expression longer than 2000 characters";

        /// <summary>TDK5010</summary>
        public const string TooManyPlacementConstraints = "More than 10 placement constraints";

        /// <summary>TDK5011</summary>
        public const string TaskDefinitionConstraintType = "Task definition constraints must be memberOf";

        /// <summary>TDK5012</summary>
        public const string FargatePlacement = "Placement not supported on Fargate";

        /// <summary>TDK5013</summary>
        public const string DaemonPlacementStrategy = "Daemon services do not support placement strategies";

        /// <summary>TDK5014</summary>
        public const string CqlSyntax = "Cluster query expression does not parse";

        /// <summary>TDK5015</summary>
        public const string CqlOperator = "Operator not valid for this cluster query subject";

        /// <summary>TDK5016</summary>
        public const string CqlArgument = "Invalid cluster query argument";

        /// <summary>TDK5017</summary>
        public const string AttributeName = "Unusual or invalid attribute name";

        /// <summary>TDK6001</summary>
        public const string LogDriver = "Unknown or missing log driver";

        /// <summary>TDK6002</summary>
        public const string FargateLogDriver = "Log driver not supported on Fargate";

        /// <summary>TDK6003</summary>
        public const string AwslogsRequiredOptions = "awslogs requires awslogs-group and awslogs-region";

        /// <summary>TDK6004</summary>
        public const string AwslogsStreamPrefix = "awslogs on Fargate requires awslogs-stream-prefix";

        /// <summary>TDK6005</summary>
        public const string AwslogsOptions = "Invalid awslogs option";

        /// <summary>TDK6006</summary>
        public const string AwslogsBlockingMode = "awslogs blocking mode";

        /// <summary>TDK6007</summary>
        public const string SplunkOptions = "splunk requires splunk-url and splunk-token";

        /// <summary>TDK6008</summary>
        public const string AwsFirelensWithoutRouter = "awsfirelens log driver without a FireLens router";

        /// <summary>TDK6009</summary>
        public const string FireLensRouterWithoutUser = "FireLens router not used or duplicated";

        /// <summary>TDK6010</summary>
        public const string FireLensConfiguration = "Invalid FireLens configuration";

        /// <summary>TDK6011</summary>
        public const string FireLensHygiene = "FireLens set-up may not work as intended";

        /// <summary>TDK6012</summary>
        public const string SecretReference = "Invalid secret reference";

        /// <summary>TDK6013</summary>
        public const string SecretsRequireExecutionRole = "Secrets require an execution role";

        /// <summary>TDK6014</summary>
        public const string SsmParameterByName = "SSM parameter referenced by name";

        /// <summary>TDK6015</summary>
        public const string RepositoryCredentials = "Invalid private registry credentials";

        /// <summary>TDK6016</summary>
        public const string FargateEcrRequiresExecutionRole = "Fargate with an ECR image requires an execution role";

        /// <summary>TDK6017</summary>
        public const string FargateAwslogsRequiresExecutionRole = "Fargate with awslogs requires an execution role";

        /// <summary>TDK6018</summary>
        public const string EnvironmentFilesRequireExecutionRole = "Environment files require an execution role";

        /// <summary>TDK6019</summary>
        public const string RoleArnFormat = "Invalid IAM role reference";

        /// <summary>TDK6020</summary>
        public const string TaskRoleEqualsExecutionRole = "Task role equals execution role";

        /// <summary>TDK6021</summary>
        public const string PrivilegedContainer = "Privileged container";

        /// <summary>TDK6022</summary>
        public const string WritableRootFilesystem = "Root filesystem is writable";

        /// <summary>TDK6023</summary>
        public const string ContainerRunsAsRoot = "Container runs as root";

        /// <summary>TDK6024</summary>
        public const string HostNetworkRootUser = "Root container in host network mode";

        /// <summary>TDK6025</summary>
        public const string HostNetworkMode = "Host network mode";

        /// <summary>TDK6026</summary>
        public const string HostNamespaceSharing = "Host PID or IPC namespace shared";

        /// <summary>TDK6027</summary>
        public const string PlaintextSecretInEnvironment = "Plaintext secret in environment";

        /// <summary>TDK6028</summary>
        public const string NoLogConfiguration = "Container without log configuration";

        /// <summary>TDK6029</summary>
        public const string CredentialsInLogOptions = "Credentials in log options";

        /// <summary>TDK6030</summary>
        public const string EfsWithoutTransitEncryption = "EFS volume without transit encryption";

        /// <summary>TDK6031</summary>
        public const string NoHealthCheckOrMemoryLimit = "Container without health check or memory limit";

        /// <summary>TDK7001</summary>
        public const string LaunchTypeAndCapacityProviders = "Invalid launch type or capacity provider strategy";

        /// <summary>TDK7002</summary>
        public const string SchedulingStrategy = "Invalid scheduling strategy";

        /// <summary>TDK7003</summary>
        public const string DaemonServiceSettings = "Invalid daemon or replica service settings";

        /// <summary>TDK7004</summary>
        public const string NetworkConfiguration = "Network configuration does not fit the network mode";

        /// <summary>TDK7005</summary>
        public const string ServiceLaunchTypeCompatibility = "Task definition not compatible with the service launch type";

        /// <summary>TDK7006</summary>
        public const string DeploymentCircuitBreaker = "Invalid deployment circuit breaker or percentages";

        /// <summary>TDK7007</summary>
        public const string MinimumHealthyPercent = "minimumHealthyPercent not below maximumPercent";

        /// <summary>TDK7008</summary>
        public const string DeploymentStrategy = "Invalid deployment strategy";

        /// <summary>TDK7009</summary>
        public const string FargatePlatformVersionPinned = "Fargate platform version pinned";

        /// <summary>TDK7010</summary>
        public const string PublicIpAssigned = "Public IP assigned to the service";

        /// <summary>TDK7011</summary>
        public const string RunTaskCount = "RunTask count outside 1-10";

        /// <summary>TDK7012</summary>
        public const string LoadBalancerTarget = "Load balancer target does not match the task definition";

        /// <summary>TDK8001</summary>
        public const string NotPartial = "Task definition class is not partial";

        /// <summary>TDK8002</summary>
        public const string ContainerDeclaredTwice = "Container declared twice";

        /// <summary>TDK8003</summary>
        public const string UnknownReference = "Reference to an undeclared container or volume";

        /// <summary>TDK8004</summary>
        public const string InvalidAttributeValue = "Invalid attribute value";

        /// <summary>TDK8005</summary>
        public const string ContainerAttributeMisplaced = "Container attribute on an invalid member";
    }
}
