using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class ServiceValidatorTests
    {
        private static TaskDefinition Ec2AwsVpcTask() => new TaskDefinition
        {
            Family = "web",
            NetworkMode = NetworkMode.AwsVpc,
            RequiresCompatibilities = new List<Compatibility> { Compatibility.Ec2 },
            ContainerDefinitions = new List<ContainerDefinition> { new ContainerDefinition { Name = "web", Image = "nginx" } },
        };

        private static ServiceDefinition BrokenService() => new ServiceDefinition
        {
            ServiceName = "web",
            TaskDefinition = "web:3",
            DesiredCount = 2,
            LaunchType = LaunchType.Fargate,
            CapacityProviderStrategy = new List<CapacityProviderStrategyItem> { new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1 } },
            LoadBalancers = new List<LoadBalancer> { new LoadBalancer { ContainerName = "app", ContainerPort = 80 } },
        };

        [Fact]
        public void Findings_come_in_rule_id_order_with_pointers_into_the_service()
        {
            IReadOnlyList<RuleDiagnostic> findings = ServiceValidator.Validate(BrokenService(), Ec2AwsVpcTask());
            Assert.Equal(
                new[] { "TDK7001 /launchType", "TDK7004 /networkConfiguration", "TDK7005 /launchType", "TDK7012 /loadBalancers/0/containerName" },
                findings.Select(d => d.RuleId + " " + d.Pointer));
        }

        [Fact]
        public void Ignored_rules_are_not_reported()
        {
            var options = new ValidationOptions { IgnoredRules = new HashSet<string> { RuleIds.ServiceLaunchTypeCompatibility } };
            IReadOnlyList<RuleDiagnostic> findings = ServiceValidator.Validate(BrokenService(), Ec2AwsVpcTask(), options);
            Assert.DoesNotContain(findings, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);
            Assert.Contains(findings, d => d.RuleId == RuleIds.LoadBalancerTarget);
        }

        [Fact]
        public void Null_entries_and_an_unknown_task_definition_do_not_throw()
        {
            var service = new ServiceDefinition
            {
                TaskDefinition = "web:3",
                DesiredCount = 1,
                VolumeConfigurations = new List<ServiceVolumeConfiguration> { null! },
                VpcLatticeConfigurations = new List<VpcLatticeConfiguration> { null! },
                CapacityProviderStrategy = new List<CapacityProviderStrategyItem> { null! },
                ServiceRegistries = new List<ServiceRegistry> { null! },
                ServiceConnectConfiguration = new ServiceConnectConfiguration { Services = new List<ServiceConnectService> { null! } },
                LoadBalancers = new List<LoadBalancer> { null! },
                NetworkConfiguration = new NetworkConfiguration { AwsVpcConfiguration = new AwsVpcConfiguration() },
            };
            var taskDefinition = new TaskDefinition { NetworkMode = NetworkMode.AwsVpc, ContainerDefinitions = new List<ContainerDefinition> { null! } };
            Assert.Empty(ServiceValidator.Validate(service, null));
            Assert.Equal(new[] { "TDK7004 /networkConfiguration/awsvpcConfiguration/subnets" }, ServiceValidator.Validate(service, taskDefinition).Select(d => d.RuleId + " " + d.Pointer));
        }
    }
}
