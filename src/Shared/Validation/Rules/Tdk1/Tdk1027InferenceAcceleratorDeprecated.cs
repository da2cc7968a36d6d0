using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1027: Elastic Inference (<c>inferenceAccelerators</c>, <c>resourceRequirements</c> of type
    /// InferenceAccelerator) is no longer available: a warning, an error on Fargate.</summary>
    /// <remarks>ECS API shape InferenceAccelerator: deprecated since 2023-04-15, "This feature is no longer available.";
    /// CDK rejects inference accelerators on Fargate.</remarks>
    [Rule("TDK1027", "InferenceAcceleratorDeprecated", RuleSeverity.Warning, "Elastic Inference accelerators are no longer available")]
    // Its severity depends on Fargate, which a later call could add: only for a whole definition.
    [BuilderInputs("/requiresCompatibilities", "/inferenceAccelerators", "/containerDefinitions/*/resourceRequirements", WholeDefinition = true)]
    internal sealed class Tdk1027InferenceAcceleratorDeprecated : TaskDefinitionRule
    {
        public override string Id => RuleIds.InferenceAcceleratorDeprecated;

        public override void Check(ValidationContext context)
        {
            RuleSeverity? severity = context.IsFargate ? RuleSeverity.Error : (RuleSeverity?)null;
            string where = context.IsFargate ? " and Fargate never supported it" : string.Empty;
            List<InferenceAccelerator>? accelerators = context.Definition.InferenceAccelerators;
            if (accelerators != null && accelerators.Count > 0)
            {
                context.Report(
                    Id,
                    "/inferenceAccelerators",
                    "Amazon Elastic Inference is no longer available (deprecated since April 2023)" + where +
                    ": remove " + MemberName.Mark("inferenceAccelerators") + " and use GPU or AWS Inferentia instances instead.",
                    severity);
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                List<ResourceRequirement>? requirements = context.Containers[i].ResourceRequirements;
                if (requirements is null)
                {
                    continue;
                }

                for (int j = 0; j < requirements.Count; j++)
                {
                    if (requirements[j].Type == ResourceType.InferenceAccelerator)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Index(JsonPointer.Container(i, "resourceRequirements"), j),
                            "Container '" + (context.Containers[i].Name ?? string.Empty) + "' requests an Elastic Inference accelerator, which is no longer available" + where +
                            ": remove this " + MemberName.Mark("resourceRequirements") + " entry.",
                            severity);
                    }
                }
            }
        }
    }
}
