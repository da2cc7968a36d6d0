using System.Collections.Generic;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK6xxx: logging, secrets, roles, security hygiene.</summary>
    public partial class CatalogRuleTests
    {
        private const string FargateNoRole = "NetworkMode = NetworkModes.AwsVpc, Cpu = \"256\", Memory = \"512\"";
        private const string Ec2NoRole = "LaunchType = LaunchTypes.Ec2, NetworkMode = NetworkModes.Bridge";
        private const string EcrImage = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.0.0";
        private const string FireLensRouter = "[FireLens(FireLensTypes.FluentBit)]";
        private const string Splunk = "[LogConfiguration(LogDrivers.Splunk)] [LogOption(\"splunk-url\", \"https://splunk.example.com:8088\")]";
        private const string SplunkTokenArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk-AbCdEf";

        private static IEnumerable<Case> Tdk6Cases() => new Case[]
        {
            new("TDK6001", Error,
                Ec2(containerAttributes: "[LogConfiguration(\"logentries\")]"), "\"logentries\"",
                Ec2(containerAttributes: "[LogConfiguration(LogDrivers.JsonFile)]")),
            new("TDK6002", Error,
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.JsonFile)]"), "LogDrivers.JsonFile",
                Ec2(containerAttributes: "[LogConfiguration(LogDrivers.JsonFile)]")),
            new("TDK6003", Error,
                Fargate(containerAttributes: "[AwsLogs(\"bad group!\", \"eu-west-1\", StreamPrefix = \"web\")]"), "\"bad group!\"",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/bad-group\", \"eu-west-1\", StreamPrefix = \"web\")]")),
            new("TDK6004", Error,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\")]"), "AwsLogs(\"/ecs/web\", \"eu-west-1\")",
                Fargate()),
            new("TDK6005", Error,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\", Mode = \"fast\")]"), "\"fast\"",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\", Mode = \"non-blocking\")]")),
            new("TDK6006", Info,
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\", Mode = \"blocking\")]"), "\"blocking\"",
                Fargate(containerAttributes: "[AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\", Mode = \"non-blocking\")]")),

            // Splunk without a token: the finding is on the attribute that sets the log configuration.
            new("TDK6007", Error,
                Fargate(containerAttributes: Splunk), "LogConfiguration(LogDrivers.Splunk)",
                Fargate(containerAttributes: Splunk + " [LogSecretOption(\"splunk-token\", \"" + SplunkTokenArn + "\")]")),
            new("TDK6008", Error,
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]"), "LogDrivers.AwsFirelens",
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide(FireLensRouter))),
            new("TDK6009", Error,
                Fargate(members: WithSide(FireLensRouter)), "FireLens(FireLensTypes.FluentBit)",
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide(FireLensRouter))),
            new("TDK6010", Error,
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide("[FireLens(\"vector\")]")), "\"vector\"",
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide("[FireLens(FireLensTypes.Fluentd)]"))),

            // The FireLens router should be essential.
            new("TDK6011", Warning,
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide(FireLensRouter)), "false",
                Fargate(containerAttributes: "[LogConfiguration(LogDrivers.AwsFirelens)]", members: WithSide(FireLensRouter, SideEssential))),
            new("TDK6012", Error,
                Fargate(containerAttributes: AppLogs + " [Secret(\"DB\", \"arn:aws:s3:::bucket/db-password\")]"), "\"arn:aws:s3:::bucket/db-password\"",
                Fargate(containerAttributes: AppLogs + " [Secret(\"DB\", \"" + SecretArn + "\")]")),
            new("TDK6013", Error,
                Fargate(task: FargateNoRole, containerAttributes: "[Secret(\"DB\", \"" + SecretArn + "\")]"), "Secret(\"DB\", \"" + SecretArn + "\")",
                Fargate(containerAttributes: AppLogs + " [Secret(\"DB\", \"" + SecretArn + "\")]")),
            new("TDK6013", Error,
                Ec2(task: Ec2NoRole, containerAttributes: Splunk + " [LogSecretOption(\"splunk-token\", \"" + SplunkTokenArn + "\")]"),
                "LogSecretOption(\"splunk-token\", \"" + SplunkTokenArn + "\")",
                Ec2(containerAttributes: Splunk + " [LogSecretOption(\"splunk-token\", \"" + SplunkTokenArn + "\")]")),
            new("TDK6014", Info,
                Fargate(containerAttributes: AppLogs + " [Secret(\"DB\", \"db-password\")]"), "\"db-password\"",
                Fargate(containerAttributes: AppLogs + " [Secret(\"DB\", \"arn:aws:ssm:eu-west-1:123456789012:parameter/db-password\")]")),
            new("TDK6015", Error,
                Ec2(container: ", RepositoryCredentials = \"arn:aws:ssm:eu-west-1:123456789012:parameter/registry\""), "\"arn:aws:ssm:eu-west-1:123456789012:parameter/registry\"",
                Ec2(container: ", RepositoryCredentials = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry-AbCdEf\"")),
            new("TDK6016", Error,
                Definition("LaunchType = LaunchTypes.Fargate, " + FargateNoRole, app: AppWith(EcrImage), appAttributes: "[LogConfiguration(LogDrivers.Splunk)]"), "\"" + EcrImage + "\"",
                Definition("LaunchType = LaunchTypes.Fargate, " + FargateTask, app: AppWith(EcrImage), appAttributes: "[LogConfiguration(LogDrivers.Splunk)]")),
            new("TDK6017", Error,
                Fargate(task: FargateNoRole), "AwsLogs(\"/ecs/web\", \"eu-west-1\", StreamPrefix = \"web\")",
                Fargate()),
            new("TDK6018", Error,
                Ec2(task: Ec2NoRole, containerAttributes: AppLogs + " [EnvironmentFile(\"arn:aws:s3:::bucket/app.env\")]"), "EnvironmentFile(\"arn:aws:s3:::bucket/app.env\")",
                Ec2(containerAttributes: AppLogs + " [EnvironmentFile(\"arn:aws:s3:::bucket/app.env\")]")),
            new("TDK6019", Error,
                Ec2(task: Ec2NoRole + ", ExecutionRoleArn = \"arn:aws:iam::123:role/exec\""), "\"arn:aws:iam::123:role/exec\"",
                Ec2()),
            new("TDK6020", Warning,
                Ec2(task: Ec2Task + ", TaskRoleArn = \"arn:aws:iam::123456789012:role/exec\""), "\"arn:aws:iam::123456789012:role/exec\"",
                Ec2(task: Ec2Task + ", TaskRoleArn = \"arn:aws:iam::123456789012:role/app\"")),
            new("TDK6021", Warning,
                Ec2(container: ", Privileged = true"), "true",
                Ec2(container: ", Privileged = false")),
            new("TDK6022", Warning,
                Ec2().Replace("ReadonlyRootFilesystem = true", "ReadonlyRootFilesystem = false", System.StringComparison.Ordinal), "false",
                Ec2()),
            new("TDK6023", Warning,
                Ec2().Replace("User = \"1000\"", "User = \"root\"", System.StringComparison.Ordinal), "\"root\"",
                Ec2()),
            new("TDK6024", Warning,
                Ec2(task: HostTask).Replace("User = \"1000\"", "User = \"0\"", System.StringComparison.Ordinal), "\"0\"",
                Ec2(task: HostTask)),
            new("TDK6025", Warning,
                Ec2(task: HostTask), "NetworkModes.Host",
                Ec2()),
            new("TDK6026", Warning,
                Ec2(task: Ec2Task + ", PidMode = PidModes.Host"), "PidModes.Host",
                Ec2(task: Ec2Task + ", PidMode = PidModes.Task")),
            new("TDK6027", Warning,
                Ec2(containerAttributes: AppLogs + " [Environment(\"DB_PASSWORD\", \"hunter2\")]"), "\"DB_PASSWORD\"",
                Ec2(containerAttributes: AppLogs + " [Environment(\"DB_HOST\", \"db.internal\")]")),

            // No log configuration: the finding is on the container's [Container] attribute.
            new("TDK6028", Warning,
                Ec2(containerAttributes: ""), "Container(" + App + ")",
                Ec2()),
            new("TDK6029", Warning,
                Ec2(containerAttributes: Splunk + " [LogOption(\"splunk-token\", \"abc123\")]"), "\"abc123\"",
                Ec2(containerAttributes: Splunk + " [LogSecretOption(\"splunk-token\", \"" + SplunkTokenArn + "\")]")),
            new("TDK6030", Warning,
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = false)]", containerAttributes: MountData), "false",
                Fargate(classAttributes: "[EfsVolume(\"data\", \"fs-12345678\", TransitEncryption = true)]", containerAttributes: MountData)),

            // No health check: the finding is on the container's [Container] attribute.
            new("TDK6031", Info,
                Ec2(), "Container(" + App + ")",
                Ec2(containerAttributes: AppLogs + " [HealthCheck(\"CMD-SHELL\", \"exit 0\")]")),
        };
    }
}
