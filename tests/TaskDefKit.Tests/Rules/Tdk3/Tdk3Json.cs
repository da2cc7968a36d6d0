namespace TaskDefKit.Tests.Rules.Tdk3
{
    /// <summary>Small JSON task definitions for the TDK3xxx tests: the volumes and the web container's mount points vary.</summary>
    internal static class Tdk3Json
    {
        /// <summary>An EC2 task with the given <c>volumes</c> array and mount points for its one container.</summary>
        public static string Ec2(string volumes, string mountPoints = "[]", string extra = "") => $$"""
            {
              "family": "storage",
              {{extra}}
              "volumes": {{volumes}},
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "nginx:1.27",
                  "memory": 512,
                  "essential": true,
                  "mountPoints": {{mountPoints}}
                }
              ]
            }
            """;

        /// <summary>A Fargate (awsvpc) task with the given <c>volumes</c> and mount points.</summary>
        public static string Fargate(string volumes, string mountPoints = "[]", string extra = "") => $$"""
            {
              "family": "storage",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "taskRoleArn": "arn:aws:iam::123456789012:role/app",
              {{extra}}
              "volumes": {{volumes}},
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "nginx:1.27",
                  "essential": true,
                  "mountPoints": {{mountPoints}}
                }
              ]
            }
            """;
    }
}
