using System.Collections.Generic;
using System.Linq;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK1xxx: task-level shape, network mode, task size, runtime platform, tags.</summary>
    public partial class CatalogRuleTests
    {
        private const string WindowsApp = "\"app\", \"mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019\", Essential = true, Cpu = 512, Memory = 1024";

        /// <summary>The App Mesh properties AWS documents as required (TDK1026), for the proxy configurations of the cases.</summary>
        private const string MeshProperties =
            "[ProxyProperty(ProxyProperties.IgnoredUid, \"1337\")] [ProxyProperty(ProxyProperties.AppPorts, \"8080\")] " +
            "[ProxyProperty(ProxyProperties.ProxyIngressPort, \"15000\")] [ProxyProperty(ProxyProperties.ProxyEgressPort, \"15001\")] " +
            "[ProxyProperty(ProxyProperties.EgressIgnoredPorts, \"\")] [ProxyProperty(ProxyProperties.EgressIgnoredIps, \"169.254.170.2,169.254.169.254\")]";

        /// <summary>Eleven containers: app plus ten sidecars.</summary>
        private static string Sidecars(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
            Member("Side" + i, "\"side" + i + "\", \"busybox:1.37.0\", Essential = false, Memory = 16, User = \"1000\", ReadonlyRootFilesystem = true",
                "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"side" + i + "\")]")));

        private static IEnumerable<Case> Tdk1Cases() => new Case[]
        {
            new("TDK1001", Error,
                Definition(Ec2Task, family: "web.app"), "\"web.app\"",
                Definition(Ec2Task, family: "web-app")),

            // No [Container] property: the finding is on the [TaskDefinition] attribute, which would hold the containers.
            new("TDK1002", Error,
                """
                using TaskDefKit.Attributes;

                [TaskDefinition("empty", LaunchType = LaunchTypes.Ec2)]
                public static partial class Empty
                {
                }
                """,
                "TaskDefinition(\"empty\", LaunchType = LaunchTypes.Ec2)",
                Definition("LaunchType = LaunchTypes.Ec2", family: "empty")),

            // More than ten containers: the quota is about the whole task, so the finding is on [TaskDefinition].
            new("TDK1003", Error,
                Ec2(members: Sidecars(10)), "TaskDefinition(\"web\", " + Ec2Task + ")",
                Ec2(members: Sidecars(9))),
            new("TDK1003", Error,
                Fargate(members: Sidecars(12)), "TaskDefinition(\"web\", LaunchType = LaunchTypes.Fargate, " + FargateTask + ")",
                Fargate(members: Sidecars(9))),

            // No essential container: every container says Essential = false; omitting Essential means essential.
            new("TDK1004", Error,
                Definition(Ec2Task, app: App.Replace("Essential = true", "Essential = false", System.StringComparison.Ordinal)),
                "TaskDefinition(\"web\", " + Ec2Task + ")",
                Definition(Ec2Task, app: App.Replace("Essential = true, ", "", System.StringComparison.Ordinal))),
            new("TDK1004", Error,
                Definition(Ec2Task, app: App.Replace("Essential = true", "Essential = false", System.StringComparison.Ordinal), members: Side),
                "TaskDefinition(\"web\", " + Ec2Task + ")",
                Ec2(members: Side)),

            // An exact duplicate is TDK8002 (the generator's own error); names that differ only in case are this rule's warning.
            new("TDK1005", Warning,
                Ec2(members: Side.Replace("\"side\"", "\"App\"", System.StringComparison.Ordinal)), "\"App\"",
                Ec2(members: Side)),

            new("TDK1006", Error,
                Definition("LaunchType = \"FARGATE_SPOT\", " + FargateTask), "\"FARGATE_SPOT\"",
                Fargate()),
            new("TDK1007", Error,
                Ec2(task: "LaunchType = LaunchTypes.Ec2, NetworkMode = \"nat\", " + Role), "\"nat\"",
                Ec2()),
            new("TDK1008", Error,
                Fargate(task: "NetworkMode = NetworkModes.Bridge, Cpu = \"256\", Memory = \"512\", " + Role), "NetworkModes.Bridge",
                Fargate()),

            // Windows on EC2 takes the default mode or awsvpc only.
            new("TDK1009", Warning,
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.Bridge, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role, app: WindowsApp),
                "NetworkModes.Bridge",
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role, app: WindowsApp)),

            new("TDK1011", Error,
                Ec2(task: Ec2Task + ", Cpu = \"1 core\""), "\"1 core\"",
                Ec2(task: Ec2Task + ", Cpu = \"1 vCPU\"")),
            new("TDK1012", Error,
                Ec2(task: Ec2Task + ", Memory = \"1 TB\""), "\"1 TB\"",
                Ec2(task: Ec2Task + ", Memory = \"1 GB\"")),

            // A missing member is reported on the attribute that would hold it.
            new("TDK1013", Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", " + Role),
                "TaskDefinition(\"web\", LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", " + Role + ")",
                Fargate()),

            // Fargate sizes: a memory the cpu does not allow is reported on Memory, a cpu Fargate does not offer on Cpu.
            new("TDK1014", Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"4096\", " + Role), "\"4096\"",
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"4096\", " + Role)),
            new("TDK1014", Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"384\", Memory = \"1024\", " + Role), "\"384\"",
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"512\", Memory = \"1024\", " + Role)),
            new("TDK1014", Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"0.25 vCPU\", Memory = \"3 GB\", " + Role), "\"3 GB\"",
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"0.25 vCPU\", Memory = \"2 GB\", " + Role)),
            new("TDK1014", Error,
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"16384\", Memory = \"16384\", " + Role), "\"16384\"",
                Fargate(task: "NetworkMode = NetworkModes.AwsVpc, Cpu = \"16384\", Memory = \"32768\", " + Role)),

            // Fargate Windows: at least 1 vCPU.
            new("TDK1015", Error,
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"512\", Memory = \"1024\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, CpuArchitecture = CpuArchitectures.X86_64, " + Role, app: WindowsApp),
                "\"512\"",
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"2048\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, CpuArchitecture = CpuArchitectures.X86_64, " + Role, app: WindowsApp)),

            new("TDK1016", Error,
                Ec2(task: Ec2Task + ", Cpu = \"64\""), "\"64\"",
                Ec2(task: Ec2Task + ", Cpu = \"128\"")),

            // No task memory and a container without memory: the finding is on the container's [Container] attribute.
            new("TDK1017", Error,
                Definition(Ec2Task, app: "\"app\", \"nginx:1.27.3\", Essential = true, User = \"1000\", ReadonlyRootFilesystem = true"),
                "Container(\"app\", \"nginx:1.27.3\", Essential = true, User = \"1000\", ReadonlyRootFilesystem = true)",
                Definition(Ec2Task, app: "\"app\", \"nginx:1.27.3\", Essential = true, MemoryReservation = 128, User = \"1000\", ReadonlyRootFilesystem = true")),

            new("TDK1018", Error,
                Ec2(task: Ec2Task + ", Cpu = \"256\"", container: ", Cpu = 512"), "512",
                Ec2(task: Ec2Task + ", Cpu = \"256\"", container: ", Cpu = 256")),
            new("TDK1019", Error,
                Ec2(task: Ec2Task + ", Memory = \"128\""), "256",
                Ec2(task: Ec2Task + ", Memory = \"256\"")),

            // Windows on EC2 ignores task-level cpu/memory.
            new("TDK1020", Warning,
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role, app: WindowsApp),
                "\"1024\"",
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role, app: WindowsApp)),

            new("TDK1021", Error,
                Ec2(task: Ec2Task + ", PidMode = \"container\""), "\"container\"",
                Ec2(task: Ec2Task + ", PidMode = PidModes.Task")),
            new("TDK1021", Error,
                Fargate(task: FargateTask + ", PidMode = PidModes.Host"), "PidModes.Host",
                Fargate(task: FargateTask + ", PidMode = PidModes.Task")),
            new("TDK1022", Error,
                Fargate(task: FargateTask + ", IpcMode = IpcModes.Task"), "IpcModes.Task",
                Ec2(task: Ec2Task + ", IpcMode = IpcModes.Task")),
            new("TDK1023", Error,
                Ec2(task: Ec2Task + ", CpuArchitecture = \"ARM\""), "\"ARM\"",
                Ec2(task: Ec2Task + ", CpuArchitecture = CpuArchitectures.Arm64")),
            new("TDK1024", Error,
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"2048\", OperatingSystemFamily = \"WINDOWS_SERVER_2016_FULL\", " + Role, app: WindowsApp),
                "\"WINDOWS_SERVER_2016_FULL\"",
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"2048\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2022Core, " + Role, app: WindowsApp)),
            new("TDK1025", Error,
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2022Core, CpuArchitecture = CpuArchitectures.Arm64, " + Role, app: WindowsApp),
                "CpuArchitectures.Arm64",
                Definition("LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2022Core, CpuArchitecture = CpuArchitectures.X86_64, " + Role, app: WindowsApp)),

            new("TDK1027", Warning,
                Ec2(classAttributes: "[InferenceAccelerator(\"device1\", \"eia2.medium\")]"), "InferenceAccelerator(\"device1\", \"eia2.medium\")",
                Ec2()),
            new("TDK1027", Warning,
                Ec2(containerAttributes: AppLogs + " [ResourceRequirement(\"InferenceAccelerator\", \"device1\")]"), "ResourceRequirement(\"InferenceAccelerator\", \"device1\")",
                Ec2(containerAttributes: AppLogs + " [ResourceRequirement(\"GPU\", \"1\")]")),

            // App Mesh proxy: the container it names, its type, the network mode and the documented properties.
            new("TDK1026", Error,
                Fargate(classAttributes: "[ProxyConfiguration(\"envoy\")] " + MeshProperties), "\"envoy\"",
                Fargate(classAttributes: "[ProxyConfiguration(\"app\")] " + MeshProperties)),
            new("TDK1026", Error,
                Fargate(classAttributes: "[ProxyConfiguration(\"app\", Type = \"ENVOY\")] " + MeshProperties), "\"ENVOY\"",
                Fargate(classAttributes: "[ProxyConfiguration(\"app\", Type = ProxyConfigurationTypes.AppMesh)] " + MeshProperties)),
            new("TDK1026", Error,
                Ec2(classAttributes: "[ProxyConfiguration(\"app\")] " + MeshProperties), "NetworkModes.Bridge",
                Ec2(task: "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, " + Role, classAttributes: "[ProxyConfiguration(\"app\")] " + MeshProperties)),
            // Properties incomplete: the warning lands on the first [ProxyProperty], which starts the list.
            new("TDK1026", Warning,
                Fargate(classAttributes: "[ProxyConfiguration(\"app\")] [ProxyProperty(ProxyProperties.AppPorts, \"8080\")]"), "ProxyProperty(ProxyProperties.AppPorts, \"8080\")",
                Fargate(classAttributes: "[ProxyConfiguration(\"app\")] " + MeshProperties)),

            // Over 64 KiB as compact JSON: a property of the whole request, so the finding is on [TaskDefinition].
            new("TDK1030", Error,
                Ec2(containerAttributes: "[Environment(\"BIG\", \"" + new string('x', 66_000) + "\")]"), "TaskDefinition(\"web\", " + Ec2Task + ")",
                Ec2(containerAttributes: "[Environment(\"BIG\", \"" + new string('x', 60_000) + "\")]")),
            new("TDK1028", Error,
                Ec2(classAttributes: "[Tag(\"aws:owner\", \"shop\")]"), "\"aws:owner\"",
                Ec2(classAttributes: "[Tag(\"owner\", \"shop\")]")),
        };
    }
}
