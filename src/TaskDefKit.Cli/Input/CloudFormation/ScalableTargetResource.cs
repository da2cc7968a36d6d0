using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::ApplicationAutoScaling::ScalableTarget</c>: translated to RegisterScalableTarget input and judged by
    /// <see cref="ScalingValidator"/> (TDK9101, TDK9102), its <c>ResourceId</c> resolved where the template builds it
    /// (<c>!Join</c>/<c>!Sub</c> of <c>service/${Cluster}/${Service.Name}</c>: <see cref="ScalableTargetIdentity"/>).
    /// Each item of its CloudFormation-only <c>ScheduledActions</c> is a PutScheduledAction on the target's resource
    /// (TDK9102 on <c>ScalableTargetAction</c>, TDK9106 on <c>Schedule</c>), reported under <c>/ScheduledActions/i</c>.
    /// </summary>
    internal sealed class ScalableTargetResource : ResourceKind
    {
        private const string ScheduledActions = "ScheduledActions";

        public override string ResourceType => ScalableTargetIdentity.ResourceType;

        public override RuleFamilies Judges => RuleFamilies.Scaling;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(ScalingProfiles.ScalableTarget, resource.LogicalId, resource.Node, resource.Properties);
            ScalableTargetIdentity? identity = ScalableTargetIdentity.Of(resource, template);
            bool resolved = ScalingInputJudge.KnowResourceId(translated, resource.Properties, identity?.ResourceId);
            List<RuleDiagnostic> findings = ScalingInputJudge.Judge<ScalableTarget>(
                translated,
                ScalingJson.ParseScalableTarget,
                target => ScalingValidator.Validate(target, options),
                target =>
                {
                    if (resolved)
                    {
                        target.ResourceId = identity!.ResourceId;
                    }

                    return Array.Empty<string>();
                },
                silenced: null,
                template.Display);

            SourceNode? actions = resource.Properties?.Kind == SourceNodeKind.Mapping ? resource.Properties.Get(ScheduledActions) : null;
            if (actions != null)
            {
                findings.AddRange(JudgeScheduledActions(resource, actions, identity, template.Display, options));
            }

            return findings;
        }

        private static IEnumerable<RuleDiagnostic> JudgeScheduledActions(TemplateResource resource, SourceNode actions, ScalableTargetIdentity? identity, string display, ValidationOptions options)
        {
            if (CloudFormationTranslator.IsIntrinsic(actions) || (actions.Kind == SourceNodeKind.Scalar && TranslationWriter.IsNull(actions)))
            {
                yield break;
            }

            string list = "/" + ScheduledActions;
            if (actions.Kind != SourceNodeKind.Sequence)
            {
                yield return TypeFinding("'" + ScheduledActions + "' must be a list of scheduled actions", list, actions, resource, display);
                yield break;
            }

            for (int i = 0; i < actions.Items.Count; i++)
            {
                SourceNode item = actions.Items[i];
                string pointer = JsonPointer.Index(list, i);
                if (CloudFormationTranslator.IsIntrinsic(item))
                {
                    continue;
                }

                if (item.Kind != SourceNodeKind.Mapping)
                {
                    yield return TypeFinding("Each item of '" + ScheduledActions + "' must be a mapping (ScheduledActionName, Schedule, ScalableTargetAction …)", pointer, item, resource, display);
                    continue;
                }

                TranslatedDocument translated = CloudFormationTranslator.Translate(ScalingProfiles.ScheduledAction, resource.LogicalId, item, item);
                List<RuleDiagnostic> findings = ScalingInputJudge.Judge<ScheduledAction>(
                    translated,
                    ScalingJson.ParseScheduledAction,
                    action => ScalingValidator.Validate(action, options),
                    action => ScalingInputJudge.Inherit(action, ScheduledAction.Schema, identity, translated),
                    silenced: null,
                    display);
                foreach (RuleDiagnostic finding in findings)
                {
                    // The action's pointers are its own (/Schedule); in the template it is an item of the target's list.
                    yield return new RuleDiagnostic(finding.RuleId, finding.Severity, finding.MarkedMessage, pointer + finding.Pointer, finding.Location);
                }
            }
        }

        private static RuleDiagnostic TypeFinding(string what, string pointer, SourceNode at, TemplateResource resource, string display) =>
            new RuleDiagnostic(
                RuleIds.JsonType,
                RuleCatalog.Get(RuleIds.JsonType).DefaultSeverity,
                what + ", not " + (at.Kind == SourceNodeKind.Mapping ? "a mapping" : at.Kind == SourceNodeKind.Sequence ? "a list" : "a scalar") + " (" + resource.Label + ").",
                pointer,
                new SourceLocation(display, at.Line, at.Column));
    }
}
