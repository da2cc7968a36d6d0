using System.Collections.Generic;
using System.IO;
using System.Text;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>What a .tf file holds for us: its task definitions, what was skipped, and the problems met.</summary>
    internal sealed class TerraformHclContent
    {
        public List<TerraformResource> Resources { get; } = new List<TerraformResource>();

        /// <summary>The <c>aws_ecs_service</c> resources, each with the name of the task definition it refers to (if it does).</summary>
        public List<(TerraformResource Service, string? TaskDefinition)> Services { get; } = new List<(TerraformResource, string?)>();

        public List<TerraformResource> Clusters { get; } = new List<TerraformResource>();

        /// <summary>Names of the <c>aws_ecs_service</c> resources an <c>aws_appautoscaling_target</c>'s <c>resource_id</c> refers to.</summary>
        public HashSet<string> ScaledServices { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>Other top-level blocks, by address (<c>variable.image</c>, <c>aws_ecs_service.api</c>).</summary>
        public List<string> Skipped { get; } = new List<string>();

        public List<HclProblem> Problems { get; } = new List<HclProblem>();

        public HclProblem? Error { get; set; }
    }

    /// <summary>
    /// Reads the <c>aws_ecs_task_definition</c>, <c>aws_ecs_service</c> and <c>aws_ecs_cluster</c> resources of a .tf
    /// file (HCL native syntax), and which services an <c>aws_appautoscaling_target</c> scales.
    /// </summary>
    internal static class TerraformHclReader
    {
        public const string ScalableTargetType = "aws_appautoscaling_target";

        public static TerraformHclContent Read(byte[] bytes, string path)
        {
            var content = new TerraformHclContent();
            HclFile file = HclParser.Parse(Encoding.UTF8.GetString(bytes));
            content.Problems.AddRange(file.Problems);
            if (file.Error != null)
            {
                content.Error = file.Error;
                return content;
            }

            string? folder = path == InputItem.StandardInput ? null : Path.GetDirectoryName(Path.GetFullPath(path));
            var values = new TerraformValues(folder);
            foreach (HclBlock block in file.Body.Blocks)
            {
                string? type = block.Type == "resource" && block.Labels.Count == 2 ? block.Labels[0] : null;
                string address = type + "." + (block.Labels.Count == 2 ? block.Labels[1] : string.Empty);
                if (type == TerraformResource.TaskDefinitionType)
                {
                    content.Resources.Add(new TerraformResource(address, Body(block.Body, block.Position, values), values.ContentLines));
                }
                else if (type == TerraformService.ServiceType)
                {
                    string? taskDefinition = block.Body.Attribute("task_definition") is HclAttribute reference ? TerraformReferences.TaskDefinitionName(reference.Value) : null;
                    content.Services.Add((new TerraformResource(address, Body(block.Body, block.Position, values), values.ContentLines), taskDefinition));
                }
                else if (type == TerraformService.ClusterType)
                {
                    content.Clusters.Add(new TerraformResource(address, Body(block.Body, block.Position, values), values.ContentLines));
                }
                else
                {
                    if (type == ScalableTargetType && block.Body.Attribute("resource_id") is HclAttribute resourceId)
                    {
                        content.ScaledServices.UnionWith(TerraformReferences.Names(resourceId.Value, TerraformService.ServiceType));
                    }

                    AddSkipped(content, block);
                }
            }

            foreach (HclAttribute attribute in file.Body.Attributes)
            {
                content.Skipped.Add(attribute.Name);
            }

            content.Problems.AddRange(values.Problems);
            return content;
        }

        private static void AddSkipped(TerraformHclContent content, HclBlock block)
        {
            var name = new List<string>(block.Labels);
            if (block.Type != "resource")
            {
                name.Insert(0, block.Type);
            }

            content.Skipped.Add(string.Join(".", name));
        }

        /// <summary>A block body as a mapping: attributes by name, nested blocks as a list per block type.</summary>
        private static SourceNode Body(HclBody body, HclPosition at, TerraformValues values)
        {
            SourceNode mapping = SourceNode.Mapping(at.Line, at.Column);
            foreach (HclAttribute attribute in body.Attributes)
            {
                TerraformNodes.Add(mapping, attribute.Name, values.Convert(attribute.Value));
            }

            foreach (HclBlock block in body.Blocks)
            {
                if (block.Type == "dynamic" && block.Labels.Count == 1)
                {
                    // Generated blocks: how many and what they hold is known only at plan time.
                    List(mapping, block.Labels[0], block.Position).Items.Add(TerraformValues.Unknown(block.Position));
                    continue;
                }

                List(mapping, block.Type, block.Position).Items.Add(Body(block.Body, block.Position, values));
            }

            return mapping;
        }

        private static SourceNode List(SourceNode mapping, string name, HclPosition at)
        {
            SourceNode? list = mapping.Get(name);
            if (list is null || list.Kind != SourceNodeKind.Sequence)
            {
                list = SourceNode.Sequence(at.Line, at.Column);
                TerraformNodes.Add(mapping, name, list);
            }

            return list;
        }
    }
}
