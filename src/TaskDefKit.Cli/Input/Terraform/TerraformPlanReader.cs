using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Reads the <c>aws_ecs_task_definition</c> resources of a plan in JSON (<c>terraform show -json plan.out</c>):
    /// every one in <c>planned_values</c>, child modules included. A value Terraform knows only after apply is absent
    /// from <c>planned_values</c> and marked in <c>resource_changes[].change.after_unknown</c>; it is made unknown here
    /// so that its absence is never reported.
    /// </summary>
    internal static class TerraformPlanReader
    {
        public static List<TerraformResource> Read(SourceNode root)
        {
            var afterUnknown = new Dictionary<string, SourceNode>();
            if (root.Get("resource_changes") is { Kind: SourceNodeKind.Sequence } changes)
            {
                foreach (SourceNode change in changes.Items)
                {
                    if (change.Get("address") is { Kind: SourceNodeKind.Scalar, Text: string address } && change.Get("change")?.Get("after_unknown") is { Kind: SourceNodeKind.Mapping } unknown)
                    {
                        afterUnknown[address] = unknown;
                    }
                }
            }

            var resources = new List<TerraformResource>();
            if (root.Get("planned_values")?.Get("root_module") is { Kind: SourceNodeKind.Mapping } module)
            {
                Collect(module, afterUnknown, resources, 0);
            }

            return resources;
        }

        private static void Collect(SourceNode module, Dictionary<string, SourceNode> afterUnknown, List<TerraformResource> resources, int depth)
        {
            if (module.Get("resources") is { Kind: SourceNodeKind.Sequence } list)
            {
                foreach (SourceNode resource in list.Items)
                {
                    if (resource.Get("type")?.Text == TerraformResource.TaskDefinitionType && resource.Get("mode")?.Text != "data" &&
                        resource.Get("values") is { Kind: SourceNodeKind.Mapping } values)
                    {
                        string address = resource.Get("address")?.Text ?? TerraformResource.TaskDefinitionType + "." + resource.Get("name")?.Text;
                        if (afterUnknown.TryGetValue(address, out SourceNode? unknown))
                        {
                            MarkUnknown(values, unknown, 0);
                        }

                        resources.Add(new TerraformResource(address, values, null));
                    }
                }
            }

            if (depth < 64 && module.Get("child_modules") is { Kind: SourceNodeKind.Sequence } children)
            {
                foreach (SourceNode child in children.Items)
                {
                    Collect(child, afterUnknown, resources, depth + 1);
                }
            }
        }

        /// <summary>Puts an unknown value wherever <c>after_unknown</c> says <c>true</c>.</summary>
        private static void MarkUnknown(SourceNode values, SourceNode unknown, int depth)
        {
            if (depth > 64)
            {
                return;
            }

            if (values.Kind == SourceNodeKind.Mapping && unknown.Kind == SourceNodeKind.Mapping)
            {
                foreach (KeyValuePair<string, SourceNode> member in unknown.Members)
                {
                    int index = values.Members.FindIndex(m => m.Key == member.Key);
                    if (member.Value.Kind == SourceNodeKind.Scalar && member.Value.Text == "true")
                    {
                        var replacement = new KeyValuePair<string, SourceNode>(member.Key, SourceNode.Scalar(null, ScalarStyle.Plain, values.Line, values.Column, TerraformValues.UnknownTag));
                        if (index >= 0)
                        {
                            values.Members[index] = replacement;
                        }
                        else
                        {
                            TerraformNodes.Add(values, replacement.Key, replacement.Value);
                        }
                    }
                    else if (index >= 0)
                    {
                        MarkUnknown(values.Members[index].Value, member.Value, depth + 1);
                    }
                }
            }
            else if (values.Kind == SourceNodeKind.Sequence && unknown.Kind == SourceNodeKind.Sequence)
            {
                for (int i = 0; i < values.Items.Count && i < unknown.Items.Count; i++)
                {
                    if (unknown.Items[i].Kind == SourceNodeKind.Scalar && unknown.Items[i].Text == "true")
                    {
                        values.Items[i] = SourceNode.Scalar(null, ScalarStyle.Plain, values.Items[i].Line, values.Items[i].Column, TerraformValues.UnknownTag);
                    }
                    else
                    {
                        MarkUnknown(values.Items[i], unknown.Items[i], depth + 1);
                    }
                }
            }
        }
    }
}
