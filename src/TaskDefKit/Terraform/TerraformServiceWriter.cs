using System.Collections.Generic;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Terraform
{
    /// <summary>
    /// The bodies of <c>aws_ecs_service</c> and <c>aws_ecs_cluster</c>: the model's members in the provider's names
    /// (<see cref="TerraformServiceNames"/>, the table the .tf reader uses), with the provider's shapes where they differ
    /// from the API's: <c>deploymentConfiguration</c> spread over <c>deployment_maximum_percent</c>,
    /// <c>deployment_minimum_healthy_percent</c>, <c>deployment_circuit_breaker</c>, <c>alarms</c> and a
    /// <c>deployment_configuration</c> block; <c>networkConfiguration.awsvpcConfiguration</c> as one
    /// <c>network_configuration</c> block with <c>assign_public_ip</c> a bool; tags a map.
    /// </summary>
    internal static class TerraformServiceWriter
    {
        public const string ServiceType = "aws_ecs_service";

        public const string ClusterType = "aws_ecs_cluster";

        public static List<HclBodyItem> ServiceBody(ServiceDefinition service, string? taskDefinitionResourceName, string? clusterResourceName)
        {
            bool Special(MemberSchema member, object value, List<HclBodyItem> attributes, List<HclBodyItem> blocks)
            {
                switch (member.JsonName)
                {
                    case "taskDefinition" when taskDefinitionResourceName != null && ReferenceEquals(value, service.TaskDefinition):
                        attributes.Add(HclBodyItem.Attribute("task_definition", TemplateNode.Literal(TerraformWriter.TaskDefinitionType + "." + taskDefinitionResourceName + ".arn")));
                        return true;
                    case "cluster" when clusterResourceName != null && ReferenceEquals(value, service.Cluster):
                        attributes.Add(HclBodyItem.Attribute("cluster", TemplateNode.Literal(ClusterType + "." + clusterResourceName + ".id")));
                        return true;
                    case "deploymentConfiguration" when value is DeploymentConfiguration deployment:
                        Deployment(deployment, attributes, blocks);
                        return true;
                    case "networkConfiguration" when value is NetworkConfiguration network:
                        if (network.AwsVpcConfiguration != null)
                        {
                            blocks.Add(HclBodyItem.Block("network_configuration", Nested(network.AwsVpcConfiguration, AwsVpcConfiguration.Schema)));
                        }

                        return true;
                    case "assignPublicIp" when value is AssignPublicIp assign:
                        attributes.Add(HclBodyItem.Attribute("assign_public_ip", TemplateNode.Literal(assign.Value == AssignPublicIp.Enabled.Value ? "true" : "false")));
                        return true;
                    default:
                        return false;
                }
            }

            return TerraformWriter.Body(service, ServiceDefinition.Schema, topLevel: true, ServiceNaming, Special);
        }

        public static List<HclBodyItem> ClusterBody(ClusterDefinition cluster) =>
            TerraformWriter.Body(cluster, ClusterDefinition.Schema, topLevel: true, (jsonName, topLevel) => TerraformServiceNames.ArgumentName(jsonName, topLevel, cluster: true));

        private static string ServiceNaming(string jsonName, bool topLevel) => TerraformServiceNames.ArgumentName(jsonName, topLevel, cluster: false);

        private static List<HclBodyItem> Nested(object value, ClassSchema schema) =>
            TerraformWriter.Body(value, schema, topLevel: false, ServiceNaming, (member, memberValue, attributes, _) =>
            {
                if (member.JsonName == "assignPublicIp" && memberValue is AssignPublicIp assign)
                {
                    attributes.Add(HclBodyItem.Attribute("assign_public_ip", TemplateNode.Literal(assign.Value == AssignPublicIp.Enabled.Value ? "true" : "false")));
                    return true;
                }

                return false;
            });

        /// <summary>The provider's flat deployment arguments and blocks; what is left goes in a <c>deployment_configuration</c> block.</summary>
        private static void Deployment(DeploymentConfiguration deployment, List<HclBodyItem> attributes, List<HclBodyItem> blocks)
        {
            var rest = TerraformWriter.Body(deployment, DeploymentConfiguration.Schema, topLevel: false, ServiceNaming, (member, value, innerAttributes, innerBlocks) =>
            {
                switch (value)
                {
                    case int percent when member.JsonName == "maximumPercent" || member.JsonName == "minimumHealthyPercent":
                        attributes.Add(HclBodyItem.Attribute(TerraformServiceNames.ArgumentName(member.JsonName, topLevel: false, cluster: false), TemplateNode.Literal(percent.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                        return true;
                    case DeploymentCircuitBreaker breaker:
                        blocks.Add(HclBodyItem.Block("deployment_circuit_breaker", Nested(breaker, DeploymentCircuitBreaker.Schema)));
                        return true;
                    case DeploymentAlarms alarms:
                        blocks.Add(HclBodyItem.Block("alarms", Nested(alarms, DeploymentAlarms.Schema)));
                        return true;
                    default:
                        return false;
                }
            });
            if (rest.Count > 0)
            {
                blocks.Add(HclBodyItem.Block("deployment_configuration", rest));
            }
        }
    }
}
