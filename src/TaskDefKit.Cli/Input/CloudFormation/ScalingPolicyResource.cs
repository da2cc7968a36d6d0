using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::ApplicationAutoScaling::ScalingPolicy</c>: translated to PutScalingPolicy input and judged by
    /// <see cref="ScalingValidator"/> (TDK9101, TDK9103–TDK9105, TDK9107). Its resource is its own <c>ResourceId</c>,
    /// <c>ScalableDimension</c> and <c>ServiceNamespace</c>, or, with CloudFormation's <c>ScalingTargetId</c>
    /// (<c>!Ref Target</c>), the scalable target's: then the target's findings cover those three, and a target outside
    /// the template leaves them unknown (no finding about their absence).
    /// </summary>
    internal sealed class ScalingPolicyResource : ResourceKind
    {
        /// <summary>
        /// The rules that judge a value as a whole, by the pointer of that value: when the template leaves any part of it
        /// unknown (a step given by <c>!If</c>, a bound by <c>!Ref</c>, the <c>PolicyType</c> by a parameter), the rule's
        /// finding would be a guess, and is dropped. (The placeholder run cannot tell: an unknown step is missing from
        /// both runs, and an unknown <c>PolicyType</c> is "not TargetTrackingScaling" in both.)
        /// </summary>
        private static readonly Dictionary<string, string> s_wholeValueRead = new Dictionary<string, string>
        {
            [RuleIds.ScalingStepAdjustments] = "/StepScalingPolicyConfiguration/StepAdjustments",
            [RuleIds.ScalingPolicyConfiguration] = "/PolicyType",
        };

        public override string ResourceType => "AWS::ApplicationAutoScaling::ScalingPolicy";

        public override RuleFamilies Judges => RuleFamilies.Scaling;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(ScalingProfiles.ScalingPolicy, resource.LogicalId, resource.Node, resource.Properties);
            SourceNode? properties = resource.Properties?.Kind == SourceNodeKind.Mapping ? resource.Properties : null;
            SourceNode? scalingTargetId = properties?.Get("ScalingTargetId");
            string? ownResourceId = null;
            bool resolved = false;
            if (scalingTargetId is null)
            {
                ownResourceId = ScalableTargetIdentity.OfResourceId(properties?.Get("ResourceId"), template).ResourceId;
                resolved = ScalingInputJudge.KnowResourceId(translated, properties, ownResourceId);
            }

            ScalableTargetIdentity? target = scalingTargetId is null ? null : Target(scalingTargetId, template);
            return ScalingInputJudge.Judge<ScalingPolicy>(
                translated,
                ScalingJson.ParseScalingPolicy,
                policy => ScalingValidator.Validate(policy, options),
                policy =>
                {
                    if (scalingTargetId != null)
                    {
                        return ScalingInputJudge.Inherit(policy, ScalingPolicy.Schema, target, translated);
                    }

                    if (resolved)
                    {
                        policy.ResourceId = ownResourceId;
                    }

                    return System.Array.Empty<string>();
                },
                finding => s_wholeValueRead.TryGetValue(finding.RuleId, out string? read) && ScalingInputJudge.AnythingUnknown(translated, read),
                template.Display);
        }

        /// <summary>The scalable target of the template that <c>ScalingTargetId</c> refers to (<c>!Ref Target</c>), or null.</summary>
        private static ScalableTargetIdentity? Target(SourceNode scalingTargetId, TemplateContext template)
        {
            string? logicalId = TemplateReferences.Target(scalingTargetId);
            return logicalId != null && template.Resources.TryGetValue(logicalId, out TemplateResource? target) ? ScalableTargetIdentity.Of(target, template) : null;
        }
    }
}
