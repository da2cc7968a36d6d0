using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.CloudFormation
{
    /// <summary>
    /// Writes task definitions, services and clusters as a CloudFormation template (JSON or YAML): each model object
    /// becomes a resource (<c>AWS::ECS::TaskDefinition</c>, <c>AWS::ECS::Service</c>, <c>AWS::ECS::Cluster</c>) with
    /// CloudFormation's property names. A service whose <c>taskDefinition</c> names the family of a task definition in
    /// the template (<c>web</c> or <c>web:3</c>), or whose <c>cluster</c> names a cluster in it, refers to that resource
    /// with <c>Ref</c>, so the stack deploys them together; explicit references can be given too. Deterministic:
    /// resources in the order they were added, members in the API model's order.
    /// </summary>
    public sealed class CloudFormationTemplateBuilder
    {
        private readonly List<Resource> _resources = new List<Resource>();
        private readonly List<(string Name, string Description, string Default)> _parameters = new List<(string, string, string)>();

        /// <summary>The template's <c>Description</c>; none when null.</summary>
        public string? Description { get; set; }

        /// <summary>
        /// Writes each task definition's <c>executionRoleArn</c>/<c>taskRoleArn</c> and each container's
        /// <c>awslogs-group</c> as a <c>Ref</c> to a template parameter whose default is the value, so one template
        /// serves several accounts or environments.
        /// </summary>
        public bool ParameterizeRolesAndLogGroups { get; set; }

        /// <summary>A template holding one task definition, its logical ID made from the family.</summary>
        public static CloudFormationTemplateBuilder For(TaskDefinition definition)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            return new CloudFormationTemplateBuilder().AddTaskDefinition(LogicalIdFor(definition.Family, "TaskDefinition"), definition);
        }

        /// <summary>Adds an <c>AWS::ECS::TaskDefinition</c> resource.</summary>
        public CloudFormationTemplateBuilder AddTaskDefinition(string logicalId, TaskDefinition definition) =>
            AddResource(logicalId, definition, TaskDefinition.Schema);

        /// <summary>
        /// Adds an <c>AWS::ECS::Service</c> resource. <paramref name="taskDefinitionLogicalId"/> and
        /// <paramref name="clusterLogicalId"/> make its <c>TaskDefinition</c>/<c>Cluster</c> a <c>Ref</c> to those
        /// resources; when null, a family or cluster name of a resource in the template is found by name.
        /// </summary>
        public CloudFormationTemplateBuilder AddService(string logicalId, ServiceDefinition service, string? taskDefinitionLogicalId = null, string? clusterLogicalId = null)
        {
            var references = new Dictionary<string, string>(StringComparer.Ordinal);
            if (taskDefinitionLogicalId != null)
            {
                references["taskDefinition"] = taskDefinitionLogicalId;
            }

            if (clusterLogicalId != null)
            {
                references["cluster"] = clusterLogicalId;
            }

            return AddResource(logicalId, service, ServiceDefinition.Schema, references);
        }

        /// <summary>Adds an <c>AWS::ECS::Cluster</c> resource.</summary>
        public CloudFormationTemplateBuilder AddCluster(string logicalId, ClusterDefinition cluster) =>
            AddResource(logicalId, cluster, ClusterDefinition.Schema);

        /// <summary>
        /// Adds any model object whose schema has a resource type (<see cref="CloudFormationNames.ResourceType"/>);
        /// <paramref name="references"/> maps an API member name to the logical ID it refers to.
        /// </summary>
        public CloudFormationTemplateBuilder AddResource(string logicalId, object model, ClassSchema schema, IReadOnlyDictionary<string, string>? references = null)
        {
            Guard.ThrowIfNull(model, nameof(model));
            Guard.ThrowIfNull(schema, nameof(schema));
            CheckLogicalId(logicalId, nameof(logicalId));
            string type = CloudFormationNames.ResourceType(schema)
                ?? throw new ArgumentException("'" + schema.ApiShapeName + "' is not a CloudFormation resource.", nameof(schema));
            if (!schema.ClrType.IsInstanceOfType(model))
            {
                throw new ArgumentException("The model is a " + model.GetType().Name + ", not a " + schema.ClrType.Name + ".", nameof(model));
            }

            foreach (Resource existing in _resources)
            {
                if (existing.LogicalId == logicalId)
                {
                    throw new ArgumentException("The template already has a resource '" + logicalId + "'.", nameof(logicalId));
                }
            }

            if (references != null)
            {
                foreach (string target in references.Values)
                {
                    CheckLogicalId(target, nameof(references));
                }
            }

            _resources.Add(new Resource(logicalId, type, model, schema, references));
            return this;
        }

        /// <summary>The template as JSON (two-space indentation, <c>\n</c>).</summary>
        public string ToJson() => TemplateText.Json(Build());

        /// <summary>The template as block-style YAML (<c>!Ref</c> short form).</summary>
        public string ToYaml() => TemplateText.Yaml(Build());

        /// <summary>
        /// A logical ID (letters and digits only) from a name such as a family: <c>web-api</c> → <c>WebApi</c>;
        /// <paramref name="fallback"/> when nothing is left.
        /// </summary>
        public static string LogicalIdFor(string? name, string fallback)
        {
            var id = new StringBuilder();
            bool upper = true;
            foreach (char c in name ?? string.Empty)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                id.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return id.Length == 0 ? fallback : id.ToString();
        }

        private TemplateNode Build()
        {
            _parameters.Clear();
            TemplateNode resources = TemplateNode.Mapping();
            foreach (Resource resource in _resources)
            {
                TemplateNode properties = CloudFormationProperties.FromModel(resource.Model, resource.Schema, References(resource));
                if (ParameterizeRolesAndLogGroups && resource.Model is TaskDefinition)
                {
                    Parameterize(resource.LogicalId, properties);
                }

                resources.Add(resource.LogicalId, TemplateNode.Mapping()
                    .Add("Type", TemplateNode.String(resource.Type))
                    .Add("Properties", properties));
            }

            TemplateNode template = TemplateNode.Mapping().Add("AWSTemplateFormatVersion", TemplateNode.String("2010-09-09"));
            if (Description != null)
            {
                template.Add("Description", TemplateNode.String(Description));
            }

            if (_parameters.Count > 0)
            {
                TemplateNode parameters = TemplateNode.Mapping();
                foreach ((string name, string description, string value) in _parameters)
                {
                    parameters.Add(name, TemplateNode.Mapping()
                        .Add("Type", TemplateNode.String("String"))
                        .Add("Description", TemplateNode.String(description))
                        .Add("Default", TemplateNode.String(value)));
                }

                template.Add("Parameters", parameters);
            }

            return template.Add("Resources", resources);
        }

        /// <summary>The explicit references, plus a service's task definition and cluster found by family or cluster name.</summary>
        private Dictionary<string, string> References(Resource resource)
        {
            var references = new Dictionary<string, string>(StringComparer.Ordinal);
            if (resource.References != null)
            {
                foreach (KeyValuePair<string, string> reference in resource.References)
                {
                    references[reference.Key] = reference.Value;
                }
            }

            if (resource.Model is ServiceDefinition service)
            {
                if (!references.ContainsKey("taskDefinition") && FindTaskDefinition(service.TaskDefinition) is string taskDefinition)
                {
                    references["taskDefinition"] = taskDefinition;
                }

                if (!references.ContainsKey("cluster") && FindCluster(service.Cluster) is string cluster)
                {
                    references["cluster"] = cluster;
                }
            }

            return references;
        }

        private string? FindTaskDefinition(string? reference)
        {
            if (reference is null)
            {
                return null;
            }

            int colon = reference.IndexOf(':');
            string family = colon > 0 && int.TryParse(reference.Substring(colon + 1), out _) ? reference.Substring(0, colon) : reference;
            foreach (Resource resource in _resources)
            {
                if (resource.Model is TaskDefinition definition && definition.Family == family)
                {
                    return resource.LogicalId;
                }
            }

            return null;
        }

        private string? FindCluster(string? name)
        {
            foreach (Resource resource in _resources)
            {
                if (name != null && resource.Model is ClusterDefinition cluster && cluster.ClusterName == name)
                {
                    return resource.LogicalId;
                }
            }

            return null;
        }

        /// <summary>Replaces role ARNs and awslogs groups with <c>Ref</c>s to parameters that default to them.</summary>
        private void Parameterize(string logicalId, TemplateNode properties)
        {
            for (int i = 0; i < properties.Members.Count; i++)
            {
                KeyValuePair<string, TemplateNode> member = properties.Members[i];
                if ((member.Key == "ExecutionRoleArn" || member.Key == "TaskRoleArn") && member.Value.Kind == TemplateNodeKind.String)
                {
                    properties.Members[i] = new KeyValuePair<string, TemplateNode>(member.Key, Parameter(logicalId + member.Key, member.Key + " of " + logicalId, member.Value.Text!));
                }
                else if (member.Key == "ContainerDefinitions")
                {
                    foreach (TemplateNode container in member.Value.Items)
                    {
                        ParameterizeLogGroup(logicalId, container);
                    }
                }
            }
        }

        private void ParameterizeLogGroup(string logicalId, TemplateNode container)
        {
            string name = Member(container, "Name")?.Text ?? string.Empty;
            TemplateNode? options = Member(Member(container, "LogConfiguration"), "Options");
            if (options is null || Member(Member(container, "LogConfiguration"), "LogDriver")?.Text != "awslogs")
            {
                return;
            }

            for (int i = 0; i < options.Members.Count; i++)
            {
                if (options.Members[i].Key == "awslogs-group" && options.Members[i].Value.Kind == TemplateNodeKind.String)
                {
                    string parameter = logicalId + LogicalIdFor(name, string.Empty) + "LogGroup";
                    options.Members[i] = new KeyValuePair<string, TemplateNode>("awslogs-group", Parameter(parameter, "CloudWatch Logs group of container " + name + " of " + logicalId, options.Members[i].Value.Text!));
                }
            }
        }

        private TemplateNode Parameter(string name, string description, string value)
        {
            string unique = name;
            for (int n = 2; _parameters.Exists(p => p.Name == unique) || _resources.Exists(r => r.LogicalId == unique); n++)
            {
                unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _parameters.Add((unique, description, value));
            return TemplateNode.Ref(unique);
        }

        private static TemplateNode? Member(TemplateNode? mapping, string name)
        {
            if (mapping?.Kind != TemplateNodeKind.Mapping)
            {
                return null;
            }

            foreach (KeyValuePair<string, TemplateNode> member in mapping.Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }

        private static void CheckLogicalId(string logicalId, string parameterName)
        {
            Guard.ThrowIfNull(logicalId, parameterName);
            if (logicalId.Length == 0 || logicalId.Length > 255)
            {
                throw new ArgumentException("A logical ID has 1 to 255 characters.", parameterName);
            }

            foreach (char c in logicalId)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    throw new ArgumentException("The logical ID '" + logicalId + "' may hold only letters and digits (A-Za-z0-9).", parameterName);
                }
            }
        }

        private sealed record Resource(string LogicalId, string Type, object Model, ClassSchema Schema, IReadOnlyDictionary<string, string>? References);
    }
}
