namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>Valid inputs the TDK7 tests change one thing in.</summary>
    internal static class Tdk7Inputs
    {
        /// <summary>A Fargate REPLICA service with a network configuration: no TDK7 finding against <see cref="FargateTask"/>.</summary>
        public const string FargateService = """
            {
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
            }
            """;

        /// <summary>A Fargate Linux task definition with a named port mapping "web-http" on container "web".</summary>
        public const string FargateTask = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [{ "name": "web", "image": "nginx", "essential": true, "portMappings": [{ "containerPort": 80, "name": "web-http" }] }]
            }
            """;

        /// <summary>An EC2 task definition in bridge mode.</summary>
        public const string Ec2BridgeTask = """
            {
              "family": "agent",
              "networkMode": "bridge",
              "requiresCompatibilities": ["EC2"],
              "containerDefinitions": [{ "name": "agent", "image": "agent:1", "essential": true, "memory": 128, "portMappings": [{ "containerPort": 8080 }] }]
            }
            """;

        /// <summary>A Fargate RunTask input with a network configuration.</summary>
        public const string FargateRunTask = """
            {
              "cluster": "default",
              "taskDefinition": "web:3",
              "count": 1,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
            }
            """;

        /// <summary>Replaces the "launchType": "FARGATE" line of an input.</summary>
        public static string WithLaunch(string json, string replacement) => json.Replace("\"launchType\": \"FARGATE\"", replacement, System.StringComparison.Ordinal);

        /// <summary>Adds members after the opening brace of an input.</summary>
        public static string With(string json, string members) => "{ " + members + ", " + json.TrimStart().Substring(1);
    }
}
