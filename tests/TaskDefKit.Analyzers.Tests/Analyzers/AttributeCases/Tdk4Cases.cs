using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK4xxx: port mappings.</summary>
    public partial class CatalogRuleTests
    {
        private const string HostTask = "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.Host, " + Role;
        private const string AwsVpcEc2Task = "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, " + Role;

        private static string Ports(string ports) => AppLogs + " " + ports;

        private static IEnumerable<Case> Tdk4Cases() => new Case[]
        {
            new("TDK4001", Error,
                Fargate(containerAttributes: Ports("[PortMapping(70000)]")), "70000",
                Fargate(containerAttributes: Ports("[PortMapping(65535)]"))),
            new("TDK4001", Error,
                Ec2(containerAttributes: Ports("[PortMapping(80, HostPort = 70000)]")), "70000",
                Ec2(containerAttributes: Ports("[PortMapping(80, HostPort = 8080)]"))),

            // Network mode none takes no port mappings at all: the finding is on the first [PortMapping].
            new("TDK4002", Error,
                Ec2(task: "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.None, " + Role, containerAttributes: Ports("[PortMapping(80)] [PortMapping(443)]")), "PortMapping(80)",
                Ec2(task: "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.None, " + Role)),

            // awsvpc: the host port is the container port or left out (Fargate and EC2 alike).
            new("TDK4003", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80, HostPort = 8080)]")), "8080",
                Fargate(containerAttributes: Ports("[PortMapping(80, HostPort = 80)]"))),
            new("TDK4003", Error,
                Ec2(task: AwsVpcEc2Task, containerAttributes: Ports("[PortMapping(80, HostPort = 8080)]")), "8080",
                Ec2(task: AwsVpcEc2Task, containerAttributes: Ports("[PortMapping(80)]"))),
            new("TDK4003", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80)] [PortMapping(443, HostPort = 8443)]")), "8443",
                Ec2(containerAttributes: Ports("[PortMapping(80)] [PortMapping(443, HostPort = 8443)]"))),

            new("TDK4004", Error,
                Ec2(task: HostTask, containerAttributes: Ports("[PortMapping(80, HostPort = 8080)]")), "8080",
                Ec2(task: HostTask, containerAttributes: Ports("[PortMapping(80, HostPort = 80)]"))),
            // Its info: host networking binds the mapped ports on the instance (one task per instance), on the mapping.
            new("TDK4004", Info,
                Ec2(task: HostTask, containerAttributes: Ports("[PortMapping(80)]")), "PortMapping(80)",
                Ec2(task: HostTask)),
            new("TDK4005", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80, Protocol = \"sctp\")]")), "\"sctp\"",
                Fargate(containerAttributes: Ports("[PortMapping(80, Protocol = Protocols.Udp)]"))),
            new("TDK4006", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80)] [PortMapping(80, Protocol = Protocols.Udp)]")), "80",
                Fargate(containerAttributes: Ports("[PortMapping(80)] [PortMapping(81, Protocol = Protocols.Udp)]"))),
            new("TDK4007", Error,
                Fargate(containerAttributes: Ports("[PortMapping(8080)]"), members: WithSide("[PortMapping(8080)]")), "8080",
                Fargate(containerAttributes: Ports("[PortMapping(8080)]"), members: WithSide("[PortMapping(9090)]"))),
            new("TDK4008", Warning,
                Ec2(containerAttributes: Ports("[PortMapping(80, HostPort = 22)]")), "22",
                Ec2(containerAttributes: Ports("[PortMapping(80, HostPort = 8080)]"))),
            new("TDK4009", Error,
                Fargate(containerAttributes: Ports("[PortMapping(\"8010-8000\")]")), "\"8010-8000\"",
                Fargate(containerAttributes: Ports("[PortMapping(\"8000-8010\")]"))),
            new("TDK4010", Error,
                Ec2(task: HostTask, containerAttributes: Ports("[PortMapping(\"8000-8010\")]")), "\"8000-8010\"",
                Ec2(containerAttributes: Ports("[PortMapping(\"8000-8010\")]"))),
            new("TDK4011", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80, Name = \"http port\")]")), "\"http port\"",
                Fargate(containerAttributes: Ports("[PortMapping(80, Name = \"http-port\")]"))),
            new("TDK4012", Error,
                Fargate(containerAttributes: Ports("[PortMapping(80, Name = \"web\", AppProtocol = \"https\")]")), "\"https\"",
                Fargate(containerAttributes: Ports("[PortMapping(80, Name = \"web\", AppProtocol = AppProtocols.Http2)]"))),
            new("TDK4013", Error,
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"2048\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role,
                    app: WindowsApp, appAttributes: Ports("[PortMapping(3150)]")),
                "3150",
                Definition("LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = \"1024\", Memory = \"2048\", OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role,
                    app: WindowsApp, appAttributes: Ports("[PortMapping(3151)]"))),

            // A FireLens router with the Fluent Forward port mapped.
            new("TDK4014", Warning,
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide("[FireLens(FireLensTypes.FluentBit)] [PortMapping(24224)]")), "24224",
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide("[FireLens(FireLensTypes.FluentBit)] [PortMapping(2020)]"))),
        };
    }
}
