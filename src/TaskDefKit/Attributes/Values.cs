namespace TaskDefKit.Attributes
{
    // The ECS API's string enumerations as constants, so attribute arguments read like the JSON they produce and
    // stay open to values AWS adds later. A misspelt value is still caught at compile time: the validator reports
    // it on the argument. The classes are plural so they never clash with the model's types of the same meaning.

    /// <summary>Values of <c>requiresCompatibilities</c>.</summary>
    public static class LaunchTypes
    {
        public const string Ec2 = "EC2";
        public const string Fargate = "FARGATE";
        public const string External = "EXTERNAL";
        public const string ManagedInstances = "MANAGED_INSTANCES";
    }

    /// <summary>Values of <c>networkMode</c>.</summary>
    public static class NetworkModes
    {
        public const string Bridge = "bridge";
        public const string Host = "host";
        public const string AwsVpc = "awsvpc";
        public const string None = "none";
    }

    /// <summary>Values of <c>pidMode</c>.</summary>
    public static class PidModes
    {
        public const string Host = "host";
        public const string Task = "task";
    }

    /// <summary>Values of <c>ipcMode</c>.</summary>
    public static class IpcModes
    {
        public const string Host = "host";
        public const string Task = "task";
        public const string None = "none";
    }

    /// <summary>Values of <c>runtimePlatform.operatingSystemFamily</c>.</summary>
    public static class OperatingSystemFamilies
    {
        public const string Linux = "LINUX";
        public const string WindowsServer2019Full = "WINDOWS_SERVER_2019_FULL";
        public const string WindowsServer2019Core = "WINDOWS_SERVER_2019_CORE";
        public const string WindowsServer2022Full = "WINDOWS_SERVER_2022_FULL";
        public const string WindowsServer2022Core = "WINDOWS_SERVER_2022_CORE";
        public const string WindowsServer2025Full = "WINDOWS_SERVER_2025_FULL";
        public const string WindowsServer2025Core = "WINDOWS_SERVER_2025_CORE";
    }

    /// <summary>Values of <c>runtimePlatform.cpuArchitecture</c>.</summary>
    public static class CpuArchitectures
    {
        public const string X86_64 = "X86_64";
        public const string Arm64 = "ARM64";
    }

    /// <summary>Values of <c>portMappings[].protocol</c>.</summary>
    public static class Protocols
    {
        public const string Tcp = "tcp";
        public const string Udp = "udp";
    }

    /// <summary>Values of <c>portMappings[].appProtocol</c>.</summary>
    public static class AppProtocols
    {
        public const string Http = "http";
        public const string Http2 = "http2";
        public const string Grpc = "grpc";
    }

    /// <summary>Values of <c>dependsOn[].condition</c>.</summary>
    public static class DependencyConditions
    {
        public const string Start = "START";
        public const string Complete = "COMPLETE";
        public const string Success = "SUCCESS";
        public const string Healthy = "HEALTHY";
    }

    /// <summary>Values of <c>logConfiguration.logDriver</c>.</summary>
    public static class LogDrivers
    {
        public const string AwsLogs = "awslogs";
        public const string AwsFirelens = "awsfirelens";
        public const string Splunk = "splunk";
        public const string Fluentd = "fluentd";
        public const string Gelf = "gelf";
        public const string JsonFile = "json-file";
        public const string Journald = "journald";
        public const string Syslog = "syslog";
    }

    /// <summary>Values of <c>firelensConfiguration.type</c>.</summary>
    public static class FireLensTypes
    {
        public const string FluentBit = "fluentbit";
        public const string Fluentd = "fluentd";
    }

    /// <summary>Values of <c>dockerVolumeConfiguration.scope</c>.</summary>
    public static class DockerVolumeScopes
    {
        public const string Task = "task";
        public const string Shared = "shared";
    }

    /// <summary>Values of <c>ulimits[].name</c>.</summary>
    public static class UlimitNames
    {
        public const string Core = "core";
        public const string Cpu = "cpu";
        public const string Data = "data";
        public const string FileSize = "fsize";
        public const string Locks = "locks";
        public const string MemLock = "memlock";
        public const string MsgQueue = "msgqueue";
        public const string Nice = "nice";
        public const string NoFile = "nofile";
        public const string NProc = "nproc";
        public const string Rss = "rss";
        public const string RtPrio = "rtprio";
        public const string RtTime = "rttime";
        public const string SigPending = "sigpending";
        public const string Stack = "stack";
    }

    /// <summary>Values of <c>proxyConfiguration.type</c>.</summary>
    public static class ProxyConfigurationTypes
    {
        public const string AppMesh = "APPMESH";
    }

    /// <summary>Names of <c>proxyConfiguration.properties</c> for the App Mesh proxy.</summary>
    public static class ProxyProperties
    {
        /// <summary>The proxy container's user ID, whose traffic is not redirected (or <see cref="IgnoredGid"/>).</summary>
        public const string IgnoredUid = "IgnoredUID";

        /// <summary>The proxy container's group ID, whose traffic is not redirected (or <see cref="IgnoredUid"/>).</summary>
        public const string IgnoredGid = "IgnoredGID";

        /// <summary>The application's ports, comma-separated.</summary>
        public const string AppPorts = "AppPorts";

        /// <summary>The port on which the proxy receives incoming traffic.</summary>
        public const string ProxyIngressPort = "ProxyIngressPort";

        /// <summary>The port on which the proxy sends outgoing traffic.</summary>
        public const string ProxyEgressPort = "ProxyEgressPort";

        /// <summary>Outgoing ports that bypass the proxy, comma-separated (may be empty).</summary>
        public const string EgressIgnoredPorts = "EgressIgnoredPorts";

        /// <summary>Outgoing addresses that bypass the proxy, comma-separated (may be empty).</summary>
        public const string EgressIgnoredIps = "EgressIgnoredIPs";
    }

    /// <summary>Values of <c>resourceRequirements[].type</c>.</summary>
    public static class ResourceTypes
    {
        public const string Gpu = "GPU";
        public const string InferenceAccelerator = "InferenceAccelerator";
    }

    /// <summary>Values of <c>linuxParameters.devices[].permissions</c>.</summary>
    public static class DevicePermissions
    {
        public const string Read = "read";
        public const string Write = "write";
        public const string Mknod = "mknod";
    }
}
