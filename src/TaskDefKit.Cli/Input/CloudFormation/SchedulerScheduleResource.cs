using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::Scheduler::Schedule</c>: read as CreateSchedule input (its names are the API's capitalised) and judged
    /// by TDK9001–TDK9009: the expression (<c>at()</c> included), and an ECS target (<c>Target.EcsParameters</c>)
    /// against the task definition its <c>TaskDefinitionArn</c> names in the same template (<see cref="ScheduledTaskDefinition"/>).
    /// </summary>
    internal sealed class SchedulerScheduleResource : ResourceKind
    {
        public override string ResourceType => "AWS::Scheduler::Schedule";

        public override RuleFamilies Judges => RuleFamilies.ScheduledTask;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(ScheduledTaskProfiles.SchedulerSchedule, resource.LogicalId, resource.Node, resource.Properties);
            TaskDefinition? definition = ScheduledTaskDefinition.Resolve(EcsParameters(resource.Properties), template);
            return TranslatedInputJudge.Judge(
                translated, template.Display, (json, file) => SchedulerJson.ParseSchedule(json, file), schedule => ScheduledTaskValidator.Validate(schedule, definition, options));
        }

        private static SourceNode? EcsParameters(SourceNode? properties)
        {
            SourceNode? target = properties?.Kind == SourceNodeKind.Mapping ? properties.Get("Target") : null;
            return target?.Kind == SourceNodeKind.Mapping ? target.Get("EcsParameters") : null;
        }
    }
}
