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
