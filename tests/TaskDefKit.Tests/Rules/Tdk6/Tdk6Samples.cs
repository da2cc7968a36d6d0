namespace TaskDefKit.Tests.Rules.Tdk6
{
    /// <summary>Wraps container JSON into a minimal task definition, so each TDK6 test shows only what it is about.</summary>
    internal static class Tdk6Samples
    {
        public const string ExecutionRole = "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"";

        public const string LinuxPlatform = "\"runtimePlatform\": { \"operatingSystemFamily\": \"LINUX\" }";

        /// <summary>
        /// Windows-only features without runtimePlatform (ValidationContext.IsProbablyWindows): extra container members
        /// (after name and memory) and extra task members, as in corpus 083 (FSx), 024 (gMSA) and 084 (Windows image).
        /// </summary>
        public static TheoryData<string, string> WindowsSignals => new TheoryData<string, string>
        {
            { "\"image\": \"app\"", "\"volumes\": [{ \"name\": \"fsx\", \"fsxWindowsFileServerVolumeConfiguration\": { \"fileSystemId\": \"fs-0123456789abcdef0\", \"rootDirectory\": \"share\", \"authorizationConfig\": { \"credentialsParameter\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx\", \"domain\": \"example.com\" } } }]" },
            { "\"image\": \"app\", \"dockerSecurityOptions\": [\"credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa\"]", "" },
            { "\"image\": \"mcr.microsoft.com/windows/servercore/iis\"", "" },
            { "\"image\": \"MCR.microsoft.com/windows:ltsc2019\"", "" },
        };

        /// <summary>One container "app" (memory 256) with the given members, on EC2, with the given task members.</summary>
        public static string Ec2App(string members, params string[] extra) =>
            Ec2("{ \"name\": \"app\", \"memory\": 256, " + members + " }", string.Join(", ", System.Linq.Enumerable.Where(extra, e => e.Length > 0)));

        /// <summary>An EC2 (no requiresCompatibilities) task with the given containers and extra task members.</summary>
        public static string Ec2(string containers, string extra = "") =>
            "{ \"family\": \"t\"" + (extra.Length > 0 ? ", " + extra : string.Empty) + ", \"containerDefinitions\": [" + containers + "] }";

        /// <summary>A Fargate task (awsvpc, 256/512) with the given containers and extra task members.</summary>
        public static string Fargate(string containers, string extra = "") =>
            "{ \"family\": \"t\", \"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"FARGATE\"], \"cpu\": \"256\", \"memory\": \"512\""
            + (extra.Length > 0 ? ", " + extra : string.Empty) + ", \"containerDefinitions\": [" + containers + "] }";
    }
}
