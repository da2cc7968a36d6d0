namespace TaskDefKit.Tests.Rules.Tdk6
{
    /// <summary>Wraps container JSON into a minimal task definition, so each TDK6 test shows only what it is about.</summary>
    internal static class Tdk6Samples
    {
        public const string ExecutionRole = "\"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"";

        /// <summary>An EC2 (no requiresCompatibilities) task with the given containers and extra task members.</summary>
        public static string Ec2(string containers, string extra = "") =>
            "{ \"family\": \"t\"" + (extra.Length > 0 ? ", " + extra : string.Empty) + ", \"containerDefinitions\": [" + containers + "] }";

        /// <summary>A Fargate task (awsvpc, 256/512) with the given containers and extra task members.</summary>
        public static string Fargate(string containers, string extra = "") =>
            "{ \"family\": \"t\", \"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"FARGATE\"], \"cpu\": \"256\", \"memory\": \"512\""
            + (extra.Length > 0 ? ", " + extra : string.Empty) + ", \"containerDefinitions\": [" + containers + "] }";
    }
}
