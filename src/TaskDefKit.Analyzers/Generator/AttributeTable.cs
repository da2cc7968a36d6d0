using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Generator
{
    /// <summary>Where an attribute applies: the task (class) or a container (property).</summary>
    internal enum AttributeScope
    {
        Task,
        Container,
    }

    /// <summary>What an attribute writes into: an object (set or extended), a new element of a list, or one map entry.</summary>
    internal enum AttributeTarget
    {
        Object,
        Element,
        MapEntry,
    }

    /// <summary>How an argument's constant becomes a JSON value.</summary>
    internal enum Conversion
    {
        String,
        Integer,
        Boolean,

        /// <summary>bool → <c>"ENABLED"</c>/<c>"DISABLED"</c>.</summary>
        EnabledDisabled,

        /// <summary>bool → <c>"true"</c>/<c>"false"</c> (string map values).</summary>
        BooleanString,
        StringList,

        /// <summary>One string → a list of one.</summary>
        StringAsList,
        IntegerList,

        /// <summary><c>"key=value"</c> strings → a string map.</summary>
        KeyValueMap,
    }

    /// <summary>One argument (constructor parameter or property, by name) and the JSON path it sets, relative to the target.</summary>
    internal sealed class Binding
    {
        public Binding(string argument, string path, Conversion conversion)
        {
            Argument = argument;
            Path = path;
            Conversion = conversion;
        }

        public string Argument { get; }

        public string Path { get; }

        public Conversion Conversion { get; }
    }

    /// <summary>How one attribute maps onto the JSON of the task definition.</summary>
    internal sealed class AttributeRule
    {
        public AttributeRule(string name, AttributeScope scope, AttributeTarget target, string path, params Binding[] bindings)
        {
            Name = name;
            Scope = scope;
            Target = target;
            Path = path;
            Bindings = bindings;
        }

        /// <summary>The attribute's class name in <c>TaskDefKit.Attributes</c>.</summary>
        public string Name { get; }

        public AttributeScope Scope { get; }

        public AttributeTarget Target { get; }

        /// <summary>The object, list or map the attribute writes into, relative to the task or the container ("" = itself).</summary>
        public string Path { get; }

        public Binding[] Bindings { get; }

        /// <summary>Values the attribute always sets (a conflicting earlier value is reported).</summary>
        public KeyValuePair<string, string>[] Fixed { get; private set; } = new KeyValuePair<string, string>[0];

        /// <summary>Values set when no argument set them.</summary>
        public KeyValuePair<string, string>[] Defaults { get; private set; } = new KeyValuePair<string, string>[0];

        /// <summary>Objects created even when no argument fills them.</summary>
        public string[] Ensure { get; private set; } = new string[0];

        /// <summary>For <see cref="AttributeTarget.MapEntry"/>: the arguments that give the key and the value.</summary>
        public string? KeyArgument { get; private set; }

        public string? ValueArgument { get; private set; }

        public AttributeRule WithFixed(string path, string value)
        {
            Fixed = Append(Fixed, new KeyValuePair<string, string>(path, value));
            return this;
        }

        public AttributeRule WithDefault(string path, string value)
        {
            Defaults = Append(Defaults, new KeyValuePair<string, string>(path, value));
            return this;
        }

        public AttributeRule WithEnsure(string path)
        {
            Ensure = Append(Ensure, path);
            return this;
        }

        public AttributeRule WithEntry(string keyArgument, string valueArgument)
        {
            KeyArgument = keyArgument;
            ValueArgument = valueArgument;
            return this;
        }

        private static T[] Append<T>(T[] items, T item)
        {
            var result = new T[items.Length + 1];
            items.CopyTo(result, 0);
            result[items.Length] = item;
            return result;
        }
    }

    /// <summary>
    /// The attribute vocabulary: every attribute of <c>TaskDefKit.Attributes</c> and the JSON members its arguments
    /// set. The parser is generic over this table, and the same table lets diagnostics find the argument that set a
    /// member. Argument names are the constructor parameter names and the property names of the attribute classes.
    /// </summary>
    internal static class AttributeTable
    {
        public const string Namespace = "TaskDefKit.Attributes";
        public const string TaskDefinitionAttribute = "TaskDefinitionAttribute";
        public const string TaskDefinitionAttributeMetadataName = Namespace + "." + TaskDefinitionAttribute;
        public const string ContainerAttribute = "ContainerAttribute";

        private static readonly Dictionary<string, AttributeRule> s_rules = Build();

        public static AttributeRule? Find(string attributeName) =>
            s_rules.TryGetValue(attributeName, out AttributeRule? rule) ? rule : null;

        public static IEnumerable<AttributeRule> All => s_rules.Values;

        private static Binding S(string argument, string path) => new Binding(argument, path, Conversion.String);

        private static Binding I(string argument, string path) => new Binding(argument, path, Conversion.Integer);

        private static Binding B(string argument, string path) => new Binding(argument, path, Conversion.Boolean);

        private static Binding L(string argument, string path) => new Binding(argument, path, Conversion.StringList);

        private static Binding C(string argument, string path, Conversion conversion) => new Binding(argument, path, conversion);

        private static Dictionary<string, AttributeRule> Build()
        {
            const AttributeScope T = AttributeScope.Task;
            const AttributeScope K = AttributeScope.Container;
            var rules = new[]
            {
                // Task level, on the class.
                new AttributeRule(TaskDefinitionAttribute, T, AttributeTarget.Object, "",
                    S("family", "family"),
                    C("LaunchType", "requiresCompatibilities", Conversion.StringAsList),
                    L("LaunchTypes", "requiresCompatibilities"),
                    S("NetworkMode", "networkMode"),
                    S("Cpu", "cpu"),
                    S("Memory", "memory"),
                    S("TaskRoleArn", "taskRoleArn"),
                    S("ExecutionRoleArn", "executionRoleArn"),
                    S("PidMode", "pidMode"),
                    S("IpcMode", "ipcMode"),
                    I("EphemeralStorageGiB", "ephemeralStorage/sizeInGiB"),
                    S("OperatingSystemFamily", "runtimePlatform/operatingSystemFamily"),
                    S("CpuArchitecture", "runtimePlatform/cpuArchitecture"),
                    B("EnableFaultInjection", "enableFaultInjection")),
                new AttributeRule("TagAttribute", T, AttributeTarget.Element, "tags",
                    S("key", "key"), S("value", "value")),
                new AttributeRule("ProxyConfigurationAttribute", T, AttributeTarget.Object, "proxyConfiguration",
                    S("Type", "type"), S("containerName", "containerName"))
                    .WithDefault("type", "APPMESH"),
                new AttributeRule("ProxyPropertyAttribute", T, AttributeTarget.Element, "proxyConfiguration/properties",
                    S("name", "name"), S("value", "value")),
                new AttributeRule("InferenceAcceleratorAttribute", T, AttributeTarget.Element, "inferenceAccelerators",
                    S("deviceName", "deviceName"), S("deviceType", "deviceType")),
                new AttributeRule("PlacementConstraintAttribute", T, AttributeTarget.Element, "placementConstraints",
                    S("Type", "type"), S("expression", "expression"))
                    .WithDefault("type", "memberOf"),
                new AttributeRule("VolumeAttribute", T, AttributeTarget.Element, "volumes",
                    S("name", "name"), S("HostPath", "host/sourcePath"), B("ConfiguredAtLaunch", "configuredAtLaunch")),
                new AttributeRule("EfsVolumeAttribute", T, AttributeTarget.Element, "volumes",
                    S("name", "name"),
                    S("fileSystemId", "efsVolumeConfiguration/fileSystemId"),
                    S("RootDirectory", "efsVolumeConfiguration/rootDirectory"),
                    C("TransitEncryption", "efsVolumeConfiguration/transitEncryption", Conversion.EnabledDisabled),
                    I("TransitEncryptionPort", "efsVolumeConfiguration/transitEncryptionPort"),
                    S("AccessPointId", "efsVolumeConfiguration/authorizationConfig/accessPointId"),
                    C("Iam", "efsVolumeConfiguration/authorizationConfig/iam", Conversion.EnabledDisabled)),
                new AttributeRule("FsxWindowsVolumeAttribute", T, AttributeTarget.Element, "volumes",
                    S("name", "name"),
                    S("fileSystemId", "fsxWindowsFileServerVolumeConfiguration/fileSystemId"),
                    S("rootDirectory", "fsxWindowsFileServerVolumeConfiguration/rootDirectory"),
                    S("credentialsParameter", "fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter"),
                    S("domain", "fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain")),
                new AttributeRule("S3FilesVolumeAttribute", T, AttributeTarget.Element, "volumes",
                    S("name", "name"),
                    S("fileSystemArn", "s3filesVolumeConfiguration/fileSystemArn"),
                    S("RootDirectory", "s3filesVolumeConfiguration/rootDirectory"),
                    I("TransitEncryptionPort", "s3filesVolumeConfiguration/transitEncryptionPort"),
                    S("AccessPointArn", "s3filesVolumeConfiguration/accessPointArn")),
                new AttributeRule("DockerVolumeAttribute", T, AttributeTarget.Element, "volumes",
                    S("name", "name"),
                    S("Scope", "dockerVolumeConfiguration/scope"),
                    B("Autoprovision", "dockerVolumeConfiguration/autoprovision"),
                    S("Driver", "dockerVolumeConfiguration/driver"),
                    C("DriverOptions", "dockerVolumeConfiguration/driverOpts", Conversion.KeyValueMap),
                    C("Labels", "dockerVolumeConfiguration/labels", Conversion.KeyValueMap))
                    .WithEnsure("dockerVolumeConfiguration"),

                // Container level, on a container property.
                new AttributeRule(ContainerAttribute, K, AttributeTarget.Object, "",
                    S("name", "name"),
                    S("image", "image"),
                    B("Essential", "essential"),
                    I("Cpu", "cpu"),
                    I("Memory", "memory"),
                    I("MemoryReservation", "memoryReservation"),
                    S("User", "user"),
                    S("WorkingDirectory", "workingDirectory"),
                    S("Hostname", "hostname"),
                    B("ReadonlyRootFilesystem", "readonlyRootFilesystem"),
                    B("Privileged", "privileged"),
                    L("EntryPoint", "entryPoint"),
                    L("Command", "command"),
                    I("StartTimeout", "startTimeout"),
                    I("StopTimeout", "stopTimeout"),
                    B("Interactive", "interactive"),
                    B("PseudoTerminal", "pseudoTerminal"),
                    B("DisableNetworking", "disableNetworking"),
                    L("Links", "links"),
                    L("DnsServers", "dnsServers"),
                    L("DnsSearchDomains", "dnsSearchDomains"),
                    L("DockerSecurityOptions", "dockerSecurityOptions"),
                    L("CredentialSpecs", "credentialSpecs"),
                    S("VersionConsistency", "versionConsistency"),
                    S("RepositoryCredentials", "repositoryCredentials/credentialsParameter")),
                new AttributeRule("PortMappingAttribute", K, AttributeTarget.Element, "portMappings",
                    I("containerPort", "containerPort"),
                    S("containerPortRange", "containerPortRange"),
                    I("HostPort", "hostPort"),
                    S("Protocol", "protocol"),
                    S("Name", "name"),
                    S("AppProtocol", "appProtocol"),
                    S("ContainerPortRange", "containerPortRange")),
                new AttributeRule("EnvironmentAttribute", K, AttributeTarget.Element, "environment",
                    S("name", "name"), S("value", "value")),
                new AttributeRule("SecretAttribute", K, AttributeTarget.Element, "secrets",
                    S("name", "name"), S("valueFrom", "valueFrom")),
                new AttributeRule("EnvironmentFileAttribute", K, AttributeTarget.Element, "environmentFiles",
                    S("s3ObjectArn", "value"))
                    .WithFixed("type", "s3"),
                new AttributeRule("MountPointAttribute", K, AttributeTarget.Element, "mountPoints",
                    S("sourceVolume", "sourceVolume"), S("containerPath", "containerPath"), B("ReadOnly", "readOnly")),
                new AttributeRule("VolumesFromAttribute", K, AttributeTarget.Element, "volumesFrom",
                    S("sourceContainer", "sourceContainer"), B("ReadOnly", "readOnly")),
                new AttributeRule("DependsOnAttribute", K, AttributeTarget.Element, "dependsOn",
                    S("containerName", "containerName"), S("condition", "condition"))
                    .WithDefault("condition", "START"),
                new AttributeRule("LogConfigurationAttribute", K, AttributeTarget.Object, "logConfiguration",
                    S("logDriver", "logDriver")),
                new AttributeRule("AwsLogsAttribute", K, AttributeTarget.Object, "logConfiguration",
                    S("group", "options/awslogs-group"),
                    S("region", "options/awslogs-region"),
                    S("StreamPrefix", "options/awslogs-stream-prefix"),
                    C("CreateGroup", "options/awslogs-create-group", Conversion.BooleanString),
                    S("Mode", "options/mode"))
                    .WithFixed("logDriver", "awslogs"),
                new AttributeRule("LogOptionAttribute", K, AttributeTarget.MapEntry, "logConfiguration/options")
                    .WithEntry("name", "value"),
                new AttributeRule("LogSecretOptionAttribute", K, AttributeTarget.Element, "logConfiguration/secretOptions",
                    S("name", "name"), S("valueFrom", "valueFrom")),
                new AttributeRule("FireLensAttribute", K, AttributeTarget.Object, "firelensConfiguration",
                    S("type", "type"),
                    C("EnableEcsLogMetadata", "options/enable-ecs-log-metadata", Conversion.BooleanString),
                    S("ConfigFileType", "options/config-file-type"),
                    S("ConfigFileValue", "options/config-file-value")),
                new AttributeRule("FireLensOptionAttribute", K, AttributeTarget.MapEntry, "firelensConfiguration/options")
                    .WithEntry("name", "value"),
                new AttributeRule("HealthCheckAttribute", K, AttributeTarget.Object, "healthCheck",
                    L("command", "command"),
                    I("Interval", "interval"),
                    I("Timeout", "timeout"),
                    I("Retries", "retries"),
                    I("StartPeriod", "startPeriod")),
                new AttributeRule("UlimitAttribute", K, AttributeTarget.Element, "ulimits",
                    S("name", "name"), I("softLimit", "softLimit"), I("hardLimit", "hardLimit")),
                new AttributeRule("LinuxParametersAttribute", K, AttributeTarget.Object, "linuxParameters",
                    B("InitProcessEnabled", "initProcessEnabled"),
                    I("SharedMemorySize", "sharedMemorySize"),
                    L("AddCapabilities", "capabilities/add"),
                    L("DropCapabilities", "capabilities/drop"),
                    I("MaxSwap", "maxSwap"),
                    I("Swappiness", "swappiness")),
                new AttributeRule("TmpfsAttribute", K, AttributeTarget.Element, "linuxParameters/tmpfs",
                    S("containerPath", "containerPath"), I("size", "size"), L("MountOptions", "mountOptions")),
                new AttributeRule("DeviceAttribute", K, AttributeTarget.Element, "linuxParameters/devices",
                    S("hostPath", "hostPath"), S("ContainerPath", "containerPath"), L("Permissions", "permissions")),
                new AttributeRule("DockerLabelAttribute", K, AttributeTarget.MapEntry, "dockerLabels")
                    .WithEntry("key", "value"),
                new AttributeRule("ExtraHostAttribute", K, AttributeTarget.Element, "extraHosts",
                    S("hostname", "hostname"), S("ipAddress", "ipAddress")),
                new AttributeRule("SystemControlAttribute", K, AttributeTarget.Element, "systemControls",
                    S("namespace", "namespace"), S("value", "value")),
                new AttributeRule("ResourceRequirementAttribute", K, AttributeTarget.Element, "resourceRequirements",
                    S("value", "value"), S("type", "type")),
                new AttributeRule("RestartPolicyAttribute", K, AttributeTarget.Object, "restartPolicy",
                    B("enabled", "enabled"),
                    C("IgnoredExitCodes", "ignoredExitCodes", Conversion.IntegerList),
                    I("RestartAttemptPeriod", "restartAttemptPeriod")),
            };

            var byName = new Dictionary<string, AttributeRule>(System.StringComparer.Ordinal);
            foreach (AttributeRule rule in rules)
            {
                byName.Add(rule.Name, rule);
            }

            return byName;
        }
    }
}
