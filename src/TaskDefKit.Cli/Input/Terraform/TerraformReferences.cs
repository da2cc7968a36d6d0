using System.Collections.Generic;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// Which resources an expression refers to (<c>aws_ecs_task_definition.web.arn</c>,
    /// <c>"service/${aws_ecs_cluster.main.name}/${aws_ecs_service.web.name}"</c>): how a service finds its task
    /// definition and a scalable target its service. Anything else (a variable, a data source, a function's result)
    /// names no resource: the link is unknown.
    /// </summary>
    internal static class TerraformReferences
    {
        /// <summary>Attributes of <c>aws_ecs_task_definition</c> that identify it in a service's <c>task_definition</c>.</summary>
        private static readonly HashSet<string> s_taskDefinitionAttributes = new HashSet<string>(System.StringComparer.Ordinal)
        {
            ".arn", ".family", ".arn_without_revision", ".id", ".revision",
        };

        /// <summary>
        /// The name of the one <c>aws_ecs_task_definition</c> the expression refers to, when every reference in it is to
        /// that resource's identifying attributes (<c>"${aws_ecs_task_definition.web.family}:${aws_ecs_task_definition.web.revision}"</c>
        /// included); null otherwise.
        /// </summary>
        public static string? TaskDefinitionName(HclExpression expression)
        {
            string? name = null;
            foreach (HclReference reference in All(expression))
            {
                if (reference.Root != TerraformResource.TaskDefinitionType || reference.Traversal.Count != 2
                    || !reference.Traversal[0].StartsWith(".", System.StringComparison.Ordinal) || !s_taskDefinitionAttributes.Contains(reference.Traversal[1]))
                {
                    return null;
                }

                string candidate = reference.Traversal[0].Substring(1);
                if (name != null && name != candidate)
                {
                    return null;
                }

                name = candidate;
            }

            // A function around it (replace(), split()) may change the value: only plain references and templates count.
            return expression is HclReference || expression is HclTemplate ? name : null;
        }

        /// <summary>The names of the resources of <paramref name="type"/> the expression refers to anywhere inside it.</summary>
        public static IEnumerable<string> Names(HclExpression expression, string type)
        {
            foreach (HclReference reference in All(expression))
            {
                if (reference.Root == type && reference.Traversal.Count >= 1 && reference.Traversal[0].StartsWith(".", System.StringComparison.Ordinal))
                {
                    yield return reference.Traversal[0].Substring(1);
                }
            }
        }

        private static IEnumerable<HclReference> All(HclExpression expression)
        {
            var pending = new Stack<HclExpression>();
            pending.Push(expression);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case HclReference reference:
                        yield return reference;
                        break;
                    case HclTemplate template:
                        foreach (object part in template.Parts)
                        {
                            if (part is HclExpression inner)
                            {
                                pending.Push(inner);
                            }
                        }

                        break;
                    case HclFunctionCall call:
                        foreach (HclExpression argument in call.Arguments)
                        {
                            pending.Push(argument);
                        }

                        break;
                    case HclTuple tuple:
                        foreach (HclExpression item in tuple.Items)
                        {
                            pending.Push(item);
                        }

                        break;
                    case HclObject obj:
                        foreach (HclObjectItem item in obj.Items)
                        {
                            pending.Push(item.Value);
                        }

                        break;
                }
            }
        }
    }
}
