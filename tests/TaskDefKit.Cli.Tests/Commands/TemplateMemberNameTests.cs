using System.Linq;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Findings about a CloudFormation template name members as the template does (PascalCase), a register-input file as it does.</summary>
    public class TemplateMemberNameTests
    {
        private const string Template = "Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: '256'\n      Memory: '512'\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.27\n          Essential: false\n          PortMappings:\n            - ContainerPort: 80\n              HostPort: 8080\n";

        private static string[] Lines(string name, string content)
        {
            using var temp = new TempFolder();
            temp.Write(name, content);
            return CliRun.Run(temp.Path, "validate", name).Stdout.Split('\n');
        }

        [Fact]
        public void A_template_finding_names_ContainerDefinitions_PortMappings_and_HostPort_in_PascalCase()
        {
            string[] lines = Lines("t.yaml", Template);
            string hostPort = Assert.Single(lines, l => l.Contains("TDK4003"));
            Assert.Contains("maps HostPort 8080 to ContainerPort 80", hostPort);
            Assert.Contains("remove HostPort", hostPort);
            Assert.DoesNotContain("hostPort", hostPort);
            Assert.Contains("Every container sets \"Essential\": false", Assert.Single(lines, l => l.Contains("TDK1004")));

            string[] empty = Lines("e.yaml", "Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: '256'\n      ContainerDefinitions: []\n");
            Assert.Contains("'ContainerDefinitions' is empty", Assert.Single(empty, l => l.Contains("TDK1002")));
        }

        [Fact]
        public void Container_level_and_nested_members_are_named_as_the_template_names_them()
        {
            const string Template = "Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: '256'\n      Memory: '512'\n      ContainerDefinitions:\n" +
                "        - Name: web\n          Image: nginx:1.27\n          DependsOn:\n            - ContainerName: init\n        - Name: init\n          Image: busybox:1.36\n          Essential: false\n" +
                "      Volumes:\n        - Name: data\n          EFSVolumeConfiguration:\n            TransitEncryption: DISABLED\n            AuthorizationConfig:\n              IAM: ENABLED\n";
            string[] lines = Lines("t.yaml", Template);
            string dependsOn = Assert.Single(lines, l => l.Contains("TDK2011"));
            Assert.Contains("has a DependsOn entry without Condition", dependsOn);
            string efs = Assert.Single(lines, l => l.Contains("TDK3009") && l.Contains("without a"));
            Assert.Contains("EFS volume without a FilesystemId", efs);
            Assert.DoesNotContain(lines, l => l.Contains("dependsOn") || l.Contains("fileSystemId") || l.Contains("transitEncryption"));
        }

        [Fact]
        public void A_placement_finding_in_a_template_service_names_PlacementStrategies_and_PlacementConstraints()
        {
            const string Template = "Resources:\n  Web:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      TaskDefinition: web:3\n      DesiredCount: 1\n" +
                "      PlacementStrategies:\n        - Type: spread\n          Field: attribute:ecs.availability-zone\n      PlacementConstraints:\n        - Type: distinctInstance\n";
            string[] lines = Lines("s.yaml", Template);
            Assert.Contains("remove PlacementStrategies,", Assert.Single(lines, l => l.Contains("TDK5012") && l.Contains("strategies")));
            Assert.Contains("remove PlacementConstraints,", Assert.Single(lines, l => l.Contains("TDK5012") && l.Contains("constraints")));
            Assert.DoesNotContain(lines, l => l.Contains("placementStrategy") || l.Contains("placementConstraints"));
        }

        [Fact]
        public void A_terraform_finding_renames_marked_task_level_names_only()
        {
            const string Tf = "resource \"aws_ecs_task_definition\" \"a\" {\n  family                   = \"a\"\n  requires_compatibilities = [\"EXTERNAL\"]\n" +
                "  container_definitions    = jsonencode([{ name = \"a\", image = \"nginx:1.27\", memory = 256, essential = true, volumesFrom = [{ readOnly = true }] }])\n" +
                "  volume {\n    name = \"data\"\n    efs_volume_configuration {\n      file_system_id = \"fs-0123456789abcdef0\"\n    }\n  }\n}\n";
            string[] lines = Lines("a.tf", Tf);
            string efs = Assert.Single(lines, l => l.Contains("TDK3013"));
            Assert.Contains("EFS volumes are not supported on EXTERNAL", efs);
            Assert.Contains("drop EXTERNAL from requires_compatibilities.", efs);

            // A container member keeps its JSON name inside jsonencode; the word "volumes" is text, not the volume block.
            string volumesFrom = Assert.Single(lines, l => l.Contains("TDK2036"));
            Assert.Contains("has a volumesFrom entry without sourceContainer: name the container to mount volumes from.", volumesFrom);
        }

        [Fact]
        public void A_register_input_finding_keeps_the_camelCase_names()
        {
            const string Json = "{ \"family\": \"web\", \"networkMode\": \"awsvpc\", \"containerDefinitions\": [{ \"name\": \"web\", \"image\": \"nginx:1.27\", \"memory\": 256, \"essential\": false, \"portMappings\": [{ \"containerPort\": 80, \"hostPort\": 8080 }] }] }";
            string[] lines = Lines("t.json", Json);
            Assert.Contains("maps hostPort 8080 to containerPort 80", Assert.Single(lines, l => l.Contains("TDK4003")));
            Assert.Contains("Every container sets \"essential\": false", Assert.Single(lines, l => l.Contains("TDK1004")));
            Assert.DoesNotContain(lines, l => l.Contains("HostPort") || l.Contains("\uE000"));
        }
    }
}
