using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Events;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::Events::Rule</c>: its own properties read as PutRule input (<c>ScheduleExpression</c>: TDK9001), its
    /// <c>Targets</c> as PutTargets input, in the rule resource's names (<c>PlacementStrategies</c>, <c>TagList</c>,
    /// <c>AwsVpcConfiguration</c>: <see cref="ScheduledTaskProfiles.EventsTargets"/>). Each target with
    /// <c>EcsParameters</c> is judged by TDK9002–TDK9009 against the task definition its <c>TaskDefinitionArn</c> names
    /// in the same template (<see cref="ScheduledTaskDefinition"/>); targets of other services are only read.
    /// </summary>
    internal sealed class EventsRuleResource : ResourceKind
    {
        public override string ResourceType => "AWS::Events::Rule";

        public override RuleFamilies Judges => RuleFamilies.ScheduledTask;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument rule = CloudFormationTranslator.Translate(ScheduledTaskProfiles.EventsRule, resource.LogicalId, resource.Node, resource.Properties);
            var findings = new List<RuleDiagnostic>(TranslatedInputJudge.Judge(
                rule, template.Display, (json, file) => EventsJson.ParseRule(json, file), input => ScheduledTaskValidator.Validate(input, options)));

            if (TargetsOnly(resource.Properties) is SourceNode targetsProperties)
            {
                TranslatedDocument targets = CloudFormationTranslator.Translate(ScheduledTaskProfiles.EventsTargets, resource.LogicalId, resource.Node, targetsProperties);
                List<TaskDefinition?> definitions = TaskDefinitionsByTarget(targetsProperties, targets, template);
                findings.AddRange(TranslatedInputJudge.Judge(
                    targets, template.Display, (json, file) => EventsJson.ParseTargets(json, file), input => ValidateEachTarget(input, definitions, options)));
            }

            return findings;
        }

        /// <summary>
        /// The properties with only <c>Targets</c> (and a macro that may rewrite them), for the PutTargets reading: the
        /// rule's other properties are read once, as PutRule. Null when there are no targets to read.
        /// </summary>
        private static SourceNode? TargetsOnly(SourceNode? properties)
        {
            if (properties?.Kind != SourceNodeKind.Mapping || CloudFormationTranslator.IsIntrinsic(properties) || properties.Get("Targets") is null)
            {
                return null;
            }

            SourceNode only = SourceNode.Mapping(properties.Line, properties.Column);
            for (int i = 0; i < properties.Members.Count; i++)
            {
                string key = properties.Members[i].Key;
                if (key == "Targets" || key == "Fn::Transform")
                {
                    only.AddMember(key, properties.KeyPositions[i], properties.Members[i].Value);
                }
            }

            return only;
        }

        /// <summary>
        /// The task definition of each translated target, by index. The translation leaves out targets that are
        /// intrinsics, so a translated target is matched to its template item by the position it was read from.
        /// </summary>
        private static List<TaskDefinition?> TaskDefinitionsByTarget(SourceNode targetsProperties, TranslatedDocument targets, TemplateContext template)
        {
            var definitions = new List<TaskDefinition?>();
            SourceNode? list = targetsProperties.Get("Targets");
            if (list?.Kind != SourceNodeKind.Sequence)
            {
                return definitions;
            }

            var itemAt = new Dictionary<(int Line, int Column), SourceNode>();
            foreach (SourceNode item in list.Items)
            {
                itemAt.TryAdd((item.Line, item.Column), item);
            }

            for (int index = 0; targets.Positions.TryGetValue(JsonPointer.Index("/Targets", index), out (int Line, int Column) at); index++)
            {
                SourceNode? item = itemAt.TryGetValue(at, out SourceNode? found) ? found : null;
                definitions.Add(item?.Kind == SourceNodeKind.Mapping ? ScheduledTaskDefinition.Resolve(item.Get("EcsParameters"), template) : null);
            }

            return definitions;
        }

        /// <summary>Each ECS target judged against its own task definition (targets of one rule may run different ones): only the findings about that target are kept.</summary>
        private static List<RuleDiagnostic> ValidateEachTarget(EventTargets input, List<TaskDefinition?> definitions, ValidationOptions options)
        {
            var findings = new List<RuleDiagnostic>();
            List<EventTarget>? targets = input.Targets;
            for (int index = 0; targets != null && index < targets.Count; index++)
            {
                if (targets[index]?.EcsParameters is null)
                {
                    continue;
                }

                string pointer = JsonPointer.Index("/Targets", index);
                TaskDefinition? definition = index < definitions.Count ? definitions[index] : null;
                foreach (RuleDiagnostic finding in ScheduledTaskValidator.Validate(input, definition, options))
                {
                    if (finding.Pointer == pointer || finding.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))
                    {
                        findings.Add(finding);
                    }
                }
            }

            return findings;
        }
    }
}
