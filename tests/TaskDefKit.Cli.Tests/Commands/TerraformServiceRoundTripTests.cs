using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Terraform;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Terraform;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>TerraformWriter's aws_ecs_service and aws_ecs_cluster read back by the .tf reader are the same model.</summary>
    public class TerraformServiceRoundTripTests
    {
        private const string ServiceJsonText =
            "{\"cluster\":\"main\",\"serviceName\":\"web\",\"taskDefinition\":\"web:3\",\"desiredCount\":2,\"launchType\":\"FARGATE\"," +
            "\"platformVersion\":\"1.4.0\",\"role\":\"arn:aws:iam::123456789012:role/ecs\"," +
            "\"loadBalancers\":[{\"targetGroupArn\":\"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1\",\"containerName\":\"web\",\"containerPort\":8080}]," +
            "\"serviceRegistries\":[{\"registryArn\":\"arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1\"}]," +
            "\"deploymentConfiguration\":{\"deploymentCircuitBreaker\":{\"enable\":true,\"rollback\":true},\"maximumPercent\":200,\"minimumHealthyPercent\":100," +
            "\"alarms\":{\"alarmNames\":[\"web-5xx\"],\"enable\":true,\"rollback\":false},\"strategy\":\"ROLLING\"}," +
            "\"placementConstraints\":[{\"type\":\"distinctInstance\"}]," +
            "\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-1\",\"subnet-2\"],\"securityGroups\":[\"sg-1\"],\"assignPublicIp\":\"DISABLED\"}}," +
            "\"healthCheckGracePeriodSeconds\":30,\"schedulingStrategy\":\"REPLICA\",\"deploymentController\":{\"type\":\"ECS\"}," +
            "\"tags\":[{\"key\":\"team\",\"value\":\"web\"}],\"enableECSManagedTags\":true,\"propagateTags\":\"SERVICE\",\"enableExecuteCommand\":false}";

        [Fact]
        public void A_written_service_reads_back_as_the_same_service()
        {
            ServiceDefinition original = ServiceJson.ParseService(ServiceJsonText).Value!;
            string tf = TerraformWriter.Service(original);
            Assert.Equal(tf, TerraformWriter.Service(original)); // deterministic
            Assert.Contains("deployment_maximum_percent", tf);
            Assert.Contains("network_configuration {", tf);
            Assert.Contains("assign_public_ip = false", tf);
            Assert.Contains("iam_role", tf);

            TerraformHclContent content = TerraformHclReader.Read(Encoding.UTF8.GetBytes(tf), InputItem.StandardInput);
            Assert.Null(content.Error);
            TranslatedDocument translated = TerraformService.TranslateService(Assert.Single(content.Services).Service);
            ServiceDefinition read = ServiceJson.ParseService(translated.Json).Value!;
            Assert.Equal(ServiceJson.Serialize(original), ServiceJson.Serialize(read));
        }

        [Fact]
        public void A_service_refers_to_its_task_definition_and_cluster_resources()
        {
            ServiceDefinition service = ServiceJson.ParseService("{\"serviceName\":\"web\",\"taskDefinition\":\"web\",\"cluster\":\"main\"}").Value!;
            string tf = TerraformWriter.Service(service, taskDefinitionResourceName: "web", clusterResourceName: "main");
            Assert.Contains("task_definition = aws_ecs_task_definition.web.arn\n", tf);
            Assert.Contains("cluster         = aws_ecs_cluster.main.id\n", tf);
            TerraformHclContent content = TerraformHclReader.Read(Encoding.UTF8.GetBytes(tf), InputItem.StandardInput);
            Assert.Equal("web", Assert.Single(content.Services).TaskDefinition);
        }

        [Fact]
        public void A_written_cluster_reads_back_as_the_same_cluster()
        {
            ClusterDefinition original = ServiceJson.ParseCluster("{\"clusterName\":\"main\",\"settings\":[{\"name\":\"containerInsights\",\"value\":\"enabled\"}],\"tags\":[{\"key\":\"team\",\"value\":\"web\"}]}").Value!;
            string tf = TerraformWriter.Cluster(original);
            Assert.Contains("setting {", tf);
            TerraformHclContent content = TerraformHclReader.Read(Encoding.UTF8.GetBytes(tf), InputItem.StandardInput);
            ClusterDefinition read = ServiceJson.ParseCluster(TerraformService.TranslateCluster(Assert.Single(content.Clusters)).Json).Value!;
            Assert.Equal(ServiceJson.Serialize(original), ServiceJson.Serialize(read));
        }
    }
}
