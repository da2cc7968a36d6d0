using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary><c>AWS::ECS::TaskDefinition</c>: translated to register input (<see cref="CloudFormationTranslator"/>) and judged by every task definition rule.</summary>
    internal sealed class TaskDefinitionResource : ResourceKind
    {
        public override string ResourceType => CloudFormationTranslator.ResourceType;

        public override bool IsTaskDefinition => true;

        public override RuleFamilies Judges => RuleFamilies.TaskDefinition;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options) =>
            template.TaskDefinition(resource).Validate(options, template.Display);
    }
}
