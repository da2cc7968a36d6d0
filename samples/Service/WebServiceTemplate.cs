using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskDefKit.Builders.Services;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Samples.Service
{
    /// <summary>
    /// The same cluster, task definition and service as one CloudFormation stack, written by TaskDefKit's template
    /// writer, plus the Application Auto Scaling resources that own the service's task count.
    /// </summary>
    public static class WebServiceTemplate
    {
        public const string ClusterId = "ShopCluster";
        public const string TaskDefinitionId = "ShopWebTaskDefinition";
        public const string ServiceId = "ShopWebService";
        public const string ScalableTargetId = "ShopWebScalableTarget";
        public const string ScalingPolicyId = "ShopWebCpuTargetTracking";

        /// <summary>The average CPU utilisation (percent) the scaling policy keeps the service at.</summary>
        public const double TargetCpuPercent = 60;

        /// <summary>
        /// The template as JSON. The service is the validated create-service input without <c>DesiredCount</c>: with a
        /// scalable target the count belongs to Application Auto Scaling, and a <c>DesiredCount</c> in the template would
        /// reset it on every stack update. The stack starts the service at one task and the scalable target's minimum
        /// raises it to <see cref="WebServiceDefinitions.MinimumTasks"/> at once.
        /// </summary>
        public static string Json(ClusterBuildResult cluster, ServiceBuildResult service)
        {
            ServiceDefinition scaled = ServiceBuilder.From(service.Service).Configure(s => s.DesiredCount = null).Build().Service;
            TaskDefinition task = service.TaskDefinition!.Definition;
            string ecs = new CloudFormationTemplateBuilder { Description = "shop-web: a Fargate web service behind a load balancer, scaled on CPU (written by TaskDefKit)" }
                .AddCluster(ClusterId, cluster.Cluster)
                .AddTaskDefinition(TaskDefinitionId, task)
                .AddService(ServiceId, scaled, TaskDefinitionId, ClusterId)
                .ToJson();

            JsonObject template = JsonNode.Parse(ecs)!.AsObject();
            JsonObject resources = template["Resources"]!.AsObject();
            resources[ScalableTargetId] = ScalableTarget();
            resources[ScalingPolicyId] = CpuTargetTracking();
            // Relaxed escaping keeps the text as the writer wrote it ("http://+:8080", not "http://\u002B:8080"); it is a file, not HTML.
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            return template.ToJsonString(options).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
        }

        /// <summary>The service's desired count, between the sample's minimum and maximum, as a scalable target.</summary>
        private static JsonObject ScalableTarget() => Resource("AWS::ApplicationAutoScaling::ScalableTarget", new JsonObject
        {
            ["MaxCapacity"] = WebServiceDefinitions.MaximumTasks,
            ["MinCapacity"] = WebServiceDefinitions.MinimumTasks,
            // service/<cluster name>/<service name>: Ref of a cluster is its name; the service's name is its Name attribute.
            ["ResourceId"] = new JsonObject
            {
                ["Fn::Join"] = new JsonArray("/", new JsonArray("service", Ref(ClusterId), new JsonObject { ["Fn::GetAtt"] = new JsonArray(ServiceId, "Name") })),
            },
            ["ScalableDimension"] = "ecs:service:DesiredCount",
            ["ServiceNamespace"] = "ecs",
        });

        /// <summary>Target tracking on the service's average CPU: scale out fast, scale in slowly.</summary>
        private static JsonObject CpuTargetTracking() => Resource("AWS::ApplicationAutoScaling::ScalingPolicy", new JsonObject
        {
            ["PolicyName"] = WebServiceDefinitions.ServiceName + "-cpu",
            ["PolicyType"] = "TargetTrackingScaling",
            ["ScalingTargetId"] = Ref(ScalableTargetId),
            ["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
            {
                ["PredefinedMetricSpecification"] = new JsonObject { ["PredefinedMetricType"] = "ECSServiceAverageCPUUtilization" },
                ["ScaleInCooldown"] = 300,
                ["ScaleOutCooldown"] = 60,
                ["TargetValue"] = TargetCpuPercent,
            },
        });

        private static JsonObject Resource(string type, JsonObject properties) => new JsonObject { ["Type"] = type, ["Properties"] = properties };

        private static JsonObject Ref(string logicalId) => new JsonObject { ["Ref"] = logicalId };
    }
}
