using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// One CloudFormation resource type the CLI judges (<c>AWS::ECS::TaskDefinition</c>, <c>AWS::ECS::Service</c> …):
    /// a template is judged resource by resource, each by the kind of its <c>Type</c>. Subclasses are found by
    /// <see cref="ResourceKinds"/>: adding the file adds the resource type. docs/architecture.md, "To add an input kind".
    /// </summary>
    internal abstract class ResourceKind
    {
        /// <summary>The resource's <c>Type</c>, exactly as CloudFormation spells it.</summary>
        public abstract string ResourceType { get; }

        /// <summary>True when the resource counts as a task definition in the report; otherwise it counts as another input.</summary>
        public virtual bool IsTaskDefinition => false;

        /// <summary>The library's rule lists this kind runs on the resource (see <see cref="RuleFamilies"/>).</summary>
        public virtual RuleFamilies Judges => RuleFamilies.None;

        /// <summary>
        /// The findings for one resource, located in the template, in the template's names. Values the template does
        /// not fix before deploy (parameters, imports, references that do not resolve) are unknown: never a finding.
        /// </summary>
        public abstract IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options);
    }
}
