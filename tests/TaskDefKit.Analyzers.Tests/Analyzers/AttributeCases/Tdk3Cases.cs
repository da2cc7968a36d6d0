using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK3xxx: volumes, mount points, ephemeral storage.</summary>
    public partial class CatalogRuleTests
    {
        private const string MountData = AppLogs + " [MountPoint(\"data\", \"/data\")]";

        private const string WindowsEc2Task = "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.AwsVpc, OperatingSystemFamily = OperatingSystemFamilies.WindowsServer2019Core, " + Role;

        private const string TaskRole = "TaskRoleArn = \"arn:aws:iam::123456789012:role/task\"";

        private const string FsxCredentials = "\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:fsx-credentials\"";

        private const string S3FilesArn = "\"arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0\"";

        private const string S3FilesAccessPoint = "\"arn:aws:s3files:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0\"";

        /// <summary>An FSx for Windows File Server volume "fsx" with the given credentials parameter and domain (C# literals).</summary>
        private static string Fsx(string credentialsParameter, string domain = "\"corp.example.com\"") =>
            "[FsxWindowsVolume(\"fsx\", \"fs-0123456789abcdef0\", \"share\", " + credentialsParameter + ", " + domain + ")]";

        private static IEnumerable<Case> Tdk3Cases() => new Case[]
        {
            new("TDK3001", Error,
                Ec2(classAttributes: "[Volume(\"my data\")]"), "\"my data\"",
                Ec2(classAttributes: "[Volume(\"my-data\")]")),
            new("TDK3002", Error,
                Ec2(classAttributes: "[Volume(\"data\")] [Volume(\"data\", HostPath = \"/srv/data\")]", containerAttributes: MountData), "\"data\"",
                Ec2(classAttributes: "[Volume(\"data\")] [Volume(\"logs\", HostPath = \"/srv/data\")]", containerAttributes: MountData)),
            // Two kinds of storage in one volume: no single argument is wrong, so the finding is on the volume's attribute.
            new("TDK3003", Error,
                Ec2(classAttributes: "[Volume(\"data\", HostPath = \"/srv/data\", ConfiguredAtLaunch = true)]"), "Volume(\"data\", HostPath = \"/srv/data\", ConfiguredAtLaunch = true)",
                Ec2(classAttributes: "[Volume(\"data\", ConfiguredAtLaunch = true)]")),
            new("TDK3005", Error,
                Ec2(classAttributes: "[Volume(\"data\")]", containerAttributes: AppLogs + " [MountPoint(\"data\", \"\")]"), "\"\"",
                Ec2(classAttributes: "[Volume(\"data\")]", containerAttributes: MountData)),
            new("TDK3006", Error,
                Fargate(classAttributes: "[Volume(\"data\", HostPath = \"/srv/data\")]", containerAttributes: MountData), "\"/srv/data\"",
                Fargate(classAttributes: "[Volume(\"data\")]", containerAttributes: MountData)),

            // A Docker volume on Fargate: the whole volume is the problem, so the finding is on its attribute.
            new("TDK3007", Error,
                Fargate(classAttributes: "[DockerVolume(\"data\", Scope = DockerVolumeScopes.Task)]", containerAttributes: MountData), "DockerVolume(\"data\", Scope = DockerVolumeScopes.Task)",
                Ec2(classAttributes: "[DockerVolume(\"data\", Scope = DockerVolumeScopes.Task)]", containerAttributes: MountData)),
            new("TDK3008", Error,
                Ec2(classAttributes: "[DockerVolume(\"data\", Scope = DockerVolumeScopes.Task, Autoprovision = true)]", containerAttributes: MountData), "true",
                Ec2(classAttributes: "[DockerVolume(\"data\", Scope = DockerVolumeScopes.Shared, Autoprovision = true)]", containerAttributes: MountData)),
            new("TDK3009", Error,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-xyz\", TransitEncryption = true)]", containerAttributes: MountData), "\"fs-xyz\"",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true)]", containerAttributes: MountData)),
            new("TDK3010", Error,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = false, Iam = true)]"), "false",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true, Iam = true)]")),
            new("TDK3011", Error,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true, AccessPointId = \"fsap-0123456789abcdef0\", RootDirectory = \"/data\")]", containerAttributes: MountData), "\"/data\"",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true, AccessPointId = \"fsap-0123456789abcdef0\", RootDirectory = \"/\")]", containerAttributes: MountData)),
            new("TDK3012", Warning,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = false, TransitEncryptionPort = 2049)]", containerAttributes: MountData), "2049",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true, TransitEncryptionPort = 2049)]", containerAttributes: MountData)),

            // EFS on ECS Anywhere: the whole volume is the problem.
            new("TDK3013", Error,
                Ec2(task: "LaunchType = LaunchTypes.External, NetworkMode = NetworkModes.Bridge, " + Role, classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true)]", containerAttributes: MountData),
                "EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true)",
                Ec2(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true)]", containerAttributes: MountData)),

            // FSx for Windows File Server: credentials from Secrets Manager or SSM, Windows on EC2 only.
            new("TDK3014", Error,
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: Fsx("\"fsx-credentials\"")), "\"fsx-credentials\"",
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: Fsx(FsxCredentials))),
            new("TDK3014", Error,
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: Fsx(FsxCredentials, domain: "\"\"")), "\"\"",
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: Fsx(FsxCredentials))),
            // Constructor arguments written by name, out of order: the finding is still on the argument that set the member.
            new("TDK3014", Error,
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: "[FsxWindowsVolume(\"fsx\", \"fs-0123456789abcdef0\", \"share\", domain: \"corp.example.com\", credentialsParameter: \"fsx-credentials\")]"),
                "\"fsx-credentials\"",
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: "[FsxWindowsVolume(\"fsx\", \"fs-0123456789abcdef0\", \"share\", domain: \"corp.example.com\", credentialsParameter: " + FsxCredentials + ")]")),
            // On Fargate the whole volume is the problem, so the finding is on its attribute.
            new("TDK3014", Error,
                Fargate(classAttributes: Fsx(FsxCredentials)), Fsx(FsxCredentials).Trim('[', ']'),
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: Fsx(FsxCredentials))),

            // S3 Files: no root directory beside an access point; the task role mounts the file system.
            new("TDK3015", Error,
                Fargate(task: FargateTask + ", " + TaskRole, classAttributes: "[S3FilesVolume(\"data\", " + S3FilesArn + ", AccessPointArn = " + S3FilesAccessPoint + ", RootDirectory = \"/data\")]", containerAttributes: MountData),
                "\"/data\"",
                Fargate(task: FargateTask + ", " + TaskRole, classAttributes: "[S3FilesVolume(\"data\", " + S3FilesArn + ", AccessPointArn = " + S3FilesAccessPoint + ", RootDirectory = \"/\")]", containerAttributes: MountData)),
            new("TDK3015", Error,
                Fargate(classAttributes: "[S3FilesVolume(\"data\", " + S3FilesArn + ", TransitEncryptionPort = 2049)]", containerAttributes: MountData),
                "S3FilesVolume(\"data\", " + S3FilesArn + ", TransitEncryptionPort = 2049)",
                Fargate(task: FargateTask + ", " + TaskRole, classAttributes: "[S3FilesVolume(\"data\", " + S3FilesArn + ", TransitEncryptionPort = 2049)]", containerAttributes: MountData)),

            // Ephemeral storage: 21 to 200 GiB.
            new("TDK3016", Error,
                Fargate(task: FargateTask + ", EphemeralStorageGiB = 20"), "20",
                Fargate(task: FargateTask + ", EphemeralStorageGiB = 21")),
            new("TDK3016", Error,
                Fargate(task: FargateTask + ", EphemeralStorageGiB = 201"), "201",
                Fargate(task: FargateTask + ", EphemeralStorageGiB = 200")),
            new("TDK3016", Error,
                Fargate(task: FargateTask + ", EphemeralStorageGiB = -1"), "-1",
                Fargate()),
            new("TDK3017", Warning,
                Ec2(task: Ec2Task + ", EphemeralStorageGiB = 30"), "30",
                Fargate(task: FargateTask + ", EphemeralStorageGiB = 30")),
            new("TDK3018", Error,
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: """[Volume("data", HostPath = "D:\\data")]""",
                    appAttributes: AppLogs + """ [MountPoint("data", "C:\\data")]"""),
                "\"C:\\\\data\"",
                Definition(WindowsEc2Task, app: WindowsApp, classAttributes: """[Volume("data", HostPath = "C:\\data")]""",
                    appAttributes: AppLogs + """ [MountPoint("data", "C:\\data")]""")),
        };
    }
}
