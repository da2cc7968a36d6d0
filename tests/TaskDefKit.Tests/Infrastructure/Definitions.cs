namespace TaskDefKit.Tests.Infrastructure
{
    /// <summary>Known-good starting points for rule tests, as JSON.</summary>
    public static class Definitions
    {
        /// <summary>A Fargate web task that no error rule should flag.</summary>
        public const string FargateWeb = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "public.ecr.aws/nginx/nginx:1.27",
                  "essential": true,
                  "portMappings": [{ "containerPort": 80, "protocol": "tcp" }],
                  "readonlyRootFilesystem": true,
                  "user": "1000",
                  "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": {
                      "awslogs-group": "/ecs/web",
                      "awslogs-region": "us-east-1",
                      "awslogs-stream-prefix": "web"
                    }
                  }
                }
              ]
            }
            """;

        /// <summary>An EC2 bridge task with a dynamic host port that no error rule should flag.</summary>
        public const string Ec2Bridge = """
            {
              "family": "worker",
              "containerDefinitions": [
                {
                  "name": "worker",
                  "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1.4.2",
                  "memory": 512,
                  "cpu": 256,
                  "essential": true,
                  "portMappings": [{ "containerPort": 8080, "hostPort": 0 }]
                }
              ]
            }
            """;
    }
}
