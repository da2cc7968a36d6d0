using System;
using System.IO;
using System.Linq;

namespace TaskDefKit.Benchmarks
{
    /// <summary>The inputs the benchmarks measure: a typical two-container definition and the real-world corpus.</summary>
    internal static class BenchmarkInputs
    {
        /// <summary>A typical Fargate service task: web container plus a log-router sidecar, awslogs, a secret, a health check.</summary>
        public const string TypicalTwoContainer = """
            {
              "family": "shop-web",
              "taskRoleArn": "arn:aws:iam::123456789012:role/shop-web-task",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "512",
              "memory": "1024",
              "containerDefinitions": [
                {
                  "name": "web",
                  "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-web:2.3.1",
                  "essential": true,
                  "portMappings": [{ "containerPort": 8080, "protocol": "tcp", "name": "http", "appProtocol": "http" }],
                  "environment": [{ "name": "ASPNETCORE_URLS", "value": "http://+:8080" }, { "name": "LOG_LEVEL", "value": "info" }],
                  "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf" }],
                  "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"], "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 10 },
                  "dependsOn": [{ "containerName": "log-router", "condition": "START" }],
                  "readonlyRootFilesystem": true,
                  "user": "1000:1000",
                  "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": { "awslogs-group": "/ecs/shop-web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web", "mode": "non-blocking" }
                  }
                },
                {
                  "name": "log-router",
                  "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0",
                  "essential": true,
                  "memoryReservation": 50,
                  "firelensConfiguration": { "type": "fluentbit" },
                  "user": "1000",
                  "logConfiguration": {
                    "logDriver": "awslogs",
                    "options": { "awslogs-group": "/ecs/shop-web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "router" }
                  }
                }
              ]
            }
            """;

        public static readonly byte[] TypicalUtf8 = System.Text.Encoding.UTF8.GetBytes(TypicalTwoContainer);

        /// <summary>Every corpus file, as bytes (the shared folder sits beside the repository).</summary>
        public static byte[][] Corpus()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "TaskDefKit.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            string corpus = Path.Combine(directory ?? ".", "..", "shared", "corpus", "realworld", "taskdefs");
            return Directory.GetFiles(corpus, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        }
    }
}
