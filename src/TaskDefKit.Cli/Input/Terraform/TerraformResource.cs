using System.Collections.Generic;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// One <c>aws_ecs_task_definition</c> as Terraform holds it: its address and its arguments in Terraform's own
    /// snake_case shape (nested blocks are lists of objects, as in plan JSON), whichever file it came from.
    /// </summary>
    internal sealed class TerraformResource
    {
        public const string TaskDefinitionType = "aws_ecs_task_definition";

        public TerraformResource(string address, SourceNode values, IReadOnlyDictionary<SourceNode, (int Line, int Indent)>? contentLines)
        {
            Address = address;
            Values = values;
            ContentLines = contentLines;
        }

        /// <summary><c>aws_ecs_task_definition.web</c>, <c>module.app.aws_ecs_task_definition.this[0]</c>.</summary>
        public string Address { get; }

        public SourceNode Values { get; }

        /// <summary>For heredoc strings: the .tf line their text starts on.</summary>
        public IReadOnlyDictionary<SourceNode, (int Line, int Indent)>? ContentLines { get; }
    }
}
