using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Terraform
{
    /// <summary>
    /// Writes a task definition as an <c>aws_ecs_task_definition</c> resource of the AWS provider: task-level members
    /// as snake_case arguments and blocks (<see cref="TerraformArgumentNames"/>; <c>volume</c>, <c>placement_constraints</c>
    /// and <c>inference_accelerator</c> repeat, <c>host_path</c>, <c>proxy_configuration.properties</c> and
    /// <c>tags</c> take the provider's flat forms), and <c>container_definitions</c> as <c>jsonencode(…)</c> of HCL
    /// values with the API's member names. Laid out as <c>terraform fmt</c> would; deterministic.
    /// </summary>
    public static class TerraformWriter
    {
        /// <summary>The provider's resource type for task definitions.</summary>
        public const string TaskDefinitionType = "aws_ecs_task_definition";

        /// <summary>The <c>resource "aws_ecs_task_definition" "NAME" { … }</c> block (with a final newline).</summary>
        public static string TaskDefinition(TaskDefinition definition, string? resourceName = null)
        {
            Guard.ThrowIfNull(definition, nameof(definition));
            string name = resourceName ?? ResourceName(definition.Family);
            var text = new StringBuilder();
            text.Append("resource ").Append(HclText.Quote(TaskDefinitionType)).Append(' ').Append(HclText.Quote(name)).Append(" {\n");
            HclText.WriteBody(text, Body(definition, Model.TaskDefinition.Schema, topLevel: true, TaskDefinitionNaming), 2);
            return text.Append("}\n").ToString();
        }

        /// <summary>
        /// The <c>resource "aws_ecs_service" "NAME" { … }</c> block (with a final newline). With
        /// <paramref name="taskDefinitionResourceName"/> (<paramref name="clusterResourceName"/>), <c>task_definition</c>
        /// (<c>cluster</c>) refers to that resource (<c>aws_ecs_task_definition.web.arn</c>, <c>aws_ecs_cluster.main.id</c>)
        /// instead of repeating the service's text.
        /// </summary>
        public static string Service(ServiceDefinition service, string? resourceName = null, string? taskDefinitionResourceName = null, string? clusterResourceName = null)
        {
            Guard.ThrowIfNull(service, nameof(service));
            return Resource(TerraformServiceWriter.ServiceType, resourceName ?? ResourceName(service.ServiceName), TerraformServiceWriter.ServiceBody(service, taskDefinitionResourceName, clusterResourceName));
        }

        /// <summary>The <c>resource "aws_ecs_cluster" "NAME" { … }</c> block (with a final newline).</summary>
        public static string Cluster(ClusterDefinition cluster, string? resourceName = null)
        {
            Guard.ThrowIfNull(cluster, nameof(cluster));
            return Resource(TerraformServiceWriter.ClusterType, resourceName ?? ResourceName(cluster.ClusterName), TerraformServiceWriter.ClusterBody(cluster));
        }

        private static string Resource(string type, string name, List<HclBodyItem> body)
        {
            var text = new StringBuilder();
            text.Append("resource ").Append(HclText.Quote(type)).Append(' ').Append(HclText.Quote(name)).Append(" {\n");
            HclText.WriteBody(text, body, 2);
            return text.Append("}\n").ToString();
        }

        private static string TaskDefinitionNaming(string jsonName, bool topLevel) => TerraformArgumentNames.ArgumentName(jsonName);

        /// <summary>A resource name from a family: letters, digits, <c>_</c> and <c>-</c> kept, anything else <c>_</c>; <c>this</c> when empty.</summary>
        public static string ResourceName(string? family)
        {
            if (string.IsNullOrEmpty(family))
            {
                return "this";
            }

            var name = new StringBuilder(family.Length + 1);
            if (!char.IsAsciiLetter(family[0]) && family[0] != '_')
            {
                name.Append('_');
            }

            foreach (char c in family)
            {
                name.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
            }

            return name.ToString();
        }

        /// <summary>
        /// A block body: <paramref name="name"/> gives each member's argument name (top level or nested);
        /// <paramref name="special"/>, when given, writes the members it handles itself (returns true for them).
        /// </summary>
        internal static List<HclBodyItem> Body(object value, ClassSchema schema, bool topLevel, System.Func<string, bool, string> name, SpecialMember? special = null)
        {
            // Arguments in the API's order, then the long ones (container_definitions, maps), then the blocks: the
            // layout of hand-written task definitions, where the short settings stay together at the top.
            var body = new List<HclBodyItem>();
            var longArguments = new List<HclBodyItem>();
            var blocks = new List<HclBodyItem>();
            foreach (MemberSchema member in schema.Members)
            {
                object? memberValue = member.Get(value);
                if (memberValue is null)
                {
                    continue;
                }

                string argument = name(member.JsonName, topLevel);
                if (special != null && special(member, memberValue, body, blocks))
                {
                    continue;
                }

                if (topLevel && member.JsonName == "containerDefinitions")
                {
                    TemplateNode containers = TemplateNode.Sequence();
                    foreach (object? container in (IList)memberValue)
                    {
                        containers.Items.Add(container is null ? TemplateNode.Literal("null") : CloudFormationProperties.FromModelWithApiNames(container, member.ObjectSchema!));
                    }

                    longArguments.Add(HclBodyItem.Attribute(argument, containers, "jsonencode"));
                }
                else if (member.JsonName == "host" && memberValue is HostVolumeProperties host)
                {
                    if (host.SourcePath != null)
                    {
                        body.Add(HclBodyItem.Attribute("host_path", TemplateNode.String(host.SourcePath)));
                    }
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object && member.ObjectSchema is ClassSchema element &&
                         (element == Tag.Schema || element == NameValuePair.Schema))
                {
                    // tags and proxy properties: the provider takes a map where the API has a list of pairs.
                    longArguments.Add(HclBodyItem.Attribute(argument, PairsAsMap((IList)memberValue, element)));
                }
                else if (member.Kind == SchemaKind.Object)
                {
                    blocks.Add(HclBodyItem.Block(argument, Body(memberValue, member.ObjectSchema!, topLevel: false, name, special)));
                }
                else if (member.Kind == SchemaKind.List && member.ElementKind == SchemaKind.Object)
                {
                    foreach (object? item in (IList)memberValue)
                    {
                        if (item != null)
                        {
                            blocks.Add(HclBodyItem.Block(argument, Body(item, member.ObjectSchema!, topLevel: false, name, special)));
                        }
                    }
                }
                else
                {
                    (member.Kind == SchemaKind.Map ? longArguments : body).Add(HclBodyItem.Attribute(argument, Scalar(member, member.Kind, memberValue)));
                }
            }

            if (value is IHasAdditionalMembers extended && extended.AdditionalMembers != null)
            {
                foreach (AdditionalMember additional in extended.AdditionalMembers)
                {
                    using JsonDocument raw = JsonDocument.Parse(additional.RawJson);
                    body.Add(HclBodyItem.Attribute(TerraformArgumentNames.SnakeCase(additional.Name), CloudFormationProperties.FromJson(raw.RootElement)));
                }
            }

            body.AddRange(longArguments);
            body.AddRange(blocks);
            return body;
        }

        /// <summary>Writes a member its own way (into the body's attributes or its blocks); false leaves it to <see cref="Body"/>.</summary>
        internal delegate bool SpecialMember(MemberSchema member, object value, List<HclBodyItem> attributes, List<HclBodyItem> blocks);

        internal static TemplateNode PairsAsMap(IList pairs, ClassSchema element)
        {
            MemberSchema key = element.Members[0];
            MemberSchema value = element.Members[1];
            TemplateNode map = TemplateNode.Mapping();
            foreach (object? pair in pairs)
            {
                if (pair != null && key.Get(pair) is string name)
                {
                    map.Add(name, value.Get(pair) is string text ? TemplateNode.String(text) : TemplateNode.Literal("null"));
                }
            }

            return map;
        }

        private static TemplateNode Scalar(MemberSchema member, SchemaKind kind, object value)
        {
            switch (kind)
            {
                case SchemaKind.Integer:
                    return TemplateNode.Literal(((int)value).ToString(CultureInfo.InvariantCulture));
                case SchemaKind.Number:
                    return TemplateNode.Literal(((double)value).ToString("R", CultureInfo.InvariantCulture));
                case SchemaKind.Boolean:
                    return TemplateNode.Literal((bool)value ? "true" : "false");
                case SchemaKind.Enum:
                    return TemplateNode.String(((IExtensibleEnum)value).Value);
                case SchemaKind.Map:
                {
                    TemplateNode map = TemplateNode.Mapping();
                    foreach (KeyValuePair<string, string> pair in (Dictionary<string, string>)value)
                    {
                        map.Add(pair.Key, pair.Value is null ? TemplateNode.Literal("null") : TemplateNode.String(pair.Value));
                    }

                    return map;
                }

                case SchemaKind.List:
                {
                    TemplateNode list = TemplateNode.Sequence();
                    foreach (object? item in (IList)value)
                    {
                        list.Items.Add(item is null ? TemplateNode.Literal("null") : Scalar(member, member.ElementKind, item));
                    }

                    return list;
                }

                default:
                    return TemplateNode.String((string)value);
            }
        }
    }
}
