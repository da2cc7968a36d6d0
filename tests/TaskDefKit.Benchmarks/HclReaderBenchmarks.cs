using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// Goal (issue 13): the HCL reader reads a 1,000-resource .tf file at 50 MB/s or more. Each resource is a realistic
    /// task definition: attributes, jsonencode of two containers with environment, ports and awslogs, interpolations,
    /// an EFS volume block, a heredoc. MB/s = <see cref="Megabytes"/> / mean time (the file's UTF-8 size is printed
    /// once by <see cref="Setup"/>).
    /// </summary>
    [MemoryDiagnoser]
    public class HclReaderBenchmarks
    {
        private string _source = string.Empty;
        private byte[] _bytes = System.Array.Empty<byte>();

        public double Megabytes => _bytes.Length / 1_000_000.0;

        [GlobalSetup]
        public void Setup()
        {
            var text = new StringBuilder();
            text.Append("variable \"image\" {\n  type = string\n}\n\n");
            for (int i = 0; i < 1000; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                text.Append("# Service ").Append(n).Append('\n');
                text.Append("resource \"aws_ecs_task_definition\" \"svc").Append(n).Append("\" {\n");
                text.Append("  family                   = \"svc-").Append(n).Append("-${var.env}\"\n");
                text.Append("  network_mode             = \"awsvpc\"\n");
                text.Append("  requires_compatibilities = [\"FARGATE\"]\n");
                text.Append("  cpu                      = 512\n");
                text.Append("  memory                   = 1024\n");
                text.Append("  execution_role_arn       = aws_iam_role.exec.arn\n");
                text.Append("  task_role_arn            = aws_iam_role.task[\"svc").Append(n).Append("\"].arn\n");
                text.Append("  container_definitions = jsonencode([\n");
                text.Append("    {\n      name      = \"app\"\n      image     = \"${var.registry}/svc").Append(n).Append(":${var.tag}\"\n");
                text.Append("      essential = true\n      cpu       = 256\n      memory    = 512\n");
                text.Append("      portMappings = [{ containerPort = 8080, protocol = \"tcp\" }]\n");
                text.Append("      environment = [\n        { name = \"PORT\", value = \"8080\" },\n        { name = \"STAGE\", value = var.stage },\n      ]\n");
                text.Append("      logConfiguration = {\n        logDriver = \"awslogs\"\n        options = {\n");
                text.Append("          awslogs-group         = \"/ecs/svc").Append(n).Append("\"\n          awslogs-region        = \"us-east-1\"\n          awslogs-stream-prefix = \"app\"\n        }\n      }\n    },\n");
                text.Append("    {\n      name = \"sidecar\", image = \"public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0\", essential = false\n    }\n  ])\n");
                text.Append("  volume {\n    name = \"data\"\n    efs_volume_configuration {\n      file_system_id     = aws_efs_file_system.data.id\n      transit_encryption = \"ENABLED\"\n    }\n  }\n");
                text.Append("  runtime_platform {\n    operating_system_family = \"LINUX\"\n    cpu_architecture        = \"ARM64\"\n  }\n");
                text.Append("  tags = {\n    Team = \"platform\" // owner\n  }\n");
                text.Append("  description = <<-EOT\n    Service ").Append(n).Append(" of ${var.env}.\n  EOT\n");
                text.Append("}\n\n");
            }

            _source = text.ToString();
            _bytes = Encoding.UTF8.GetBytes(_source);
            System.Console.WriteLine("// HCL file: " + _bytes.Length.ToString(CultureInfo.InvariantCulture) + " bytes, 1,000 resources");
        }

        [Benchmark(Description = "HCL read (UTF-8 decode + parse), 1,000 resources")]
        public int Read()
        {
            HclFile file = HclParser.Parse(Encoding.UTF8.GetString(_bytes));
            return file.Body.Blocks.Count;
        }
    }
}
