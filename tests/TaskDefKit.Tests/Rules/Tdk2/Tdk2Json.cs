namespace TaskDefKit.Tests.Rules.Tdk2
{
    /// <summary>Minimal task definitions around container JSON, for the TDK2xxx tests.</summary>
    internal static class Tdk2Json
    {
        /// <summary>An EC2 (bridge) task with the given container objects (comma-separated JSON).</summary>
        public static string Ec2(string containers, string extraTaskMembers = "") => $$"""
            {
              "family": "t",
              {{extraTaskMembers}}
              "containerDefinitions": [ {{containers}} ]
            }
            """;

        /// <summary>A Fargate awsvpc Linux task (256/512) with the given container objects.</summary>
        public static string Fargate(string containers, string extraTaskMembers = "") => $$"""
            {
              "family": "t",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              {{extraTaskMembers}}
              "containerDefinitions": [ {{containers}} ]
            }
            """;

        /// <summary>An EC2 Windows task with the given container objects.</summary>
        public static string Windows(string containers, string extraTaskMembers = "") => $$"""
            {
              "family": "t",
              "requiresCompatibilities": ["EC2"],
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
              {{extraTaskMembers}}
              "containerDefinitions": [ {{containers}} ]
            }
            """;

        /// <summary>A container object with a name, an image, memory and any extra members.</summary>
        public static string Container(string name, string extraMembers = "", string image = "nginx:1.27") => $$"""
            { "name": "{{name}}", "image": "{{image}}", "memory": 512{{(extraMembers.Length == 0 ? "" : ", " + extraMembers)}} }
            """;
    }
}
