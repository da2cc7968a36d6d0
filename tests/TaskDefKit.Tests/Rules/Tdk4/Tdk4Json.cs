namespace TaskDefKit.Tests.Rules.Tdk4
{
    /// <summary>Small JSON task definitions for the TDK4xxx tests: the network mode, compatibilities and port mappings vary.</summary>
    internal static class Tdk4Json
    {
        /// <summary>One container named 'web' with the given port mappings; <paramref name="head"/> adds top-level members (ending with a comma).</summary>
        public static string Task(string head, string portMappings) => $$"""
            {
              "family": "net",
              {{head}}
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "nginx:1.27",
                  "memory": 512,
                  "essential": true,
                  "portMappings": {{portMappings}}
                }
              ]
            }
            """;

        /// <summary>Two containers, 'web' and 'sidecar', with their own port mappings.</summary>
        public static string TwoContainers(string head, string webPorts, string sidecarPorts) => $$"""
            {
              "family": "net",
              {{head}}
              "containerDefinitions": [
                { "name": "web", "image": "nginx:1.27", "memory": 256, "essential": true, "portMappings": {{webPorts}} },
                { "name": "sidecar", "image": "envoy:1.30", "memory": 256, "essential": false, "portMappings": {{sidecarPorts}} }
              ]
            }
            """;

        public const string AwsVpc = "\"networkMode\": \"awsvpc\",";

        public const string Fargate = "\"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"FARGATE\"], \"cpu\": \"256\", \"memory\": \"512\",";

        public const string Bridge = "\"networkMode\": \"bridge\",";

        public const string Host = "\"networkMode\": \"host\",";

        public const string None = "\"networkMode\": \"none\",";

        public const string Ec2Default = "";
    }
}
