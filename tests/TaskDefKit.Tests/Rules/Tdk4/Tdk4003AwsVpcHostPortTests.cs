using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4003AwsVpcHostPortTests
    {
        private const string Pointer = "/containerDefinitions/0/portMappings/0/hostPort";

        private static readonly ValidationOptions TargetFargate = new ValidationOptions { TargetLaunchType = Compatibility.Fargate };

        [Fact]
        public void Silent_when_host_port_is_omitted()
        {
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80 }]"""));
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.Fargate, """[{ "containerPort": 80 }]"""));
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Definitions.FargateWeb);
        }

        [Fact]
        public void Silent_when_host_port_equals_container_port()
        {
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 8080, "hostPort": 8080 }]"""));
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.Fargate, """[{ "containerPort": 8080, "hostPort": 8080 }, { "containerPort": 9090, "hostPort": 9090, "protocol": "udp" }]"""));
        }

        [Fact]
        public void Fires_when_host_port_differs_under_awsvpc()
        {
            var found = RuleAssert.Fires(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "hostPort": 8080 }]"""), Pointer, RuleSeverity.Error);
            Assert.Single(found);
            Assert.Equal(
                "Container 'web' maps hostPort 8080 to containerPort 80, but under awsvpc the host port must equal the container port: remove hostPort or set it to 80 (to serve on port 8080, change the application's port or the load balancer's listener instead).",
                found[0].Message);
        }

        [Fact]
        public void Fires_on_fargate_listed_in_requires_compatibilities()
        {
            var found = RuleAssert.Fires(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.Fargate, """[{ "containerPort": 3000, "hostPort": 80 }]"""), Pointer, RuleSeverity.Error);
            Assert.Contains("set it to 3000", found[0].Message);
        }

        [Fact]
        public void Fires_on_fargate_without_network_mode_and_says_why()
        {
            string json = Tdk4Json.Task("\"requiresCompatibilities\": [\"FARGATE\"], \"cpu\": \"256\", \"memory\": \"512\",", """[{ "containerPort": 3000, "hostPort": 80 }]""");
            var found = RuleAssert.Fires(RuleIds.AwsVpcHostPort, json, Pointer, RuleSeverity.Error);
            Assert.Contains("Fargate", found[0].Message);
            Assert.Contains("awsvpc", found[0].Message);
        }

        [Fact]
        public void Fires_when_the_target_launch_type_is_fargate()
        {
            string json = Tdk4Json.Task(Tdk4Json.Ec2Default, """[{ "containerPort": 80, "hostPort": 8080 }]""");
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, json);
            RuleAssert.Fires(RuleIds.AwsVpcHostPort, json, Pointer, RuleSeverity.Error, TargetFargate);
        }

        [Fact]
        public void Fires_on_host_port_zero_which_awsvpc_rejects()
        {
            var found = RuleAssert.Fires(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "hostPort": 0 }]"""), Pointer, RuleSeverity.Error);
            Assert.Contains("hostPort 0", found[0].Message);
            Assert.Contains("set it to 80", found[0].Message);
        }

        [Fact]
        public void Fires_once_per_offending_mapping_at_its_own_pointer()
        {
            string json = Tdk4Json.TwoContainers(
                Tdk4Json.AwsVpc,
                """[{ "containerPort": 80 }, { "containerPort": 443, "hostPort": 8443 }]""",
                """[{ "containerPort": 9901, "hostPort": 9901 }, { "containerPort": 15000, "hostPort": 15001 }]""");
            var found = RuleAssert.Fires(RuleIds.AwsVpcHostPort, json, "/containerDefinitions/0/portMappings/1/hostPort");
            RuleAssert.Fires(RuleIds.AwsVpcHostPort, json, "/containerDefinitions/1/portMappings/1/hostPort");
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Silent_under_bridge_with_different_ports()
        {
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 8080 }]"""));
        }

        [Fact]
        public void Leaves_a_host_port_with_a_range_to_TDK4010()
        {
            RuleAssert.Silent(RuleIds.AwsVpcHostPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPortRange": "8000-8010", "hostPort": 9000 }]"""));
        }
    }
}
