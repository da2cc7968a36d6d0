using System;
using TaskDefKit.Json;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// The task definition a scheduled task's <c>EcsParameters.TaskDefinitionArn</c> names, when that is a resource of
    /// the same template (<c>!Ref X</c>, <c>!GetAtt X.TaskDefinitionArn</c>, their long forms) and what the TDK90xx
    /// cross-checks read of it is known: <c>RequiresCompatibilities</c> (TDK9002), <c>NetworkMode</c> (TDK9003) and the
    /// container names (TDK9009). A parameter, an import, an ARN or a reference to nothing leaves it unknown, and the
    /// cross-checks stay silent.
    /// </summary>
    internal static class ScheduledTaskDefinition
    {
        private static readonly string[] s_crossCheckedMembers = { "/requiresCompatibilities", "/networkMode", "/containerDefinitions" };

        public static TaskDefinition? Resolve(SourceNode? ecsParameters, TemplateContext template)
        {
            SourceNode? reference = ecsParameters?.Kind == SourceNodeKind.Mapping ? ecsParameters.Get("TaskDefinitionArn") : null;
            string? target = reference is null ? null : TemplateReferences.Target(reference);
            if (target is null || !template.Resources.TryGetValue(target, out TemplateResource? resource) || resource.Type != CloudFormationTranslator.ResourceType)
            {
                return null;
            }

            TranslatedDocument translated = template.TaskDefinition(resource);
            return CrossCheckedMemberUnknown(translated) ? null : TaskDefinitionDocument.Parse(translated.Json).Definition;
        }

        private static bool CrossCheckedMemberUnknown(TranslatedDocument translated)
        {
            foreach (string pointer in s_crossCheckedMembers)
            {
                if (translated.IsUnknown(pointer))
                {
                    return true;
                }
            }

            foreach (string pointer in translated.Unknown)
            {
                // A whole container or its name: the override check (TDK9009) reads the names.
                string[] parts = pointer.Split('/');
                if (parts.Length >= 3 && parts[1] == "containerDefinitions" && (parts.Length == 3 || parts[3] == "name"))
                {
                    return true;
                }
            }

            foreach (string pointer in translated.UnknownExact)
            {
                if (pointer.StartsWith("/containerDefinitions/", StringComparison.Ordinal) && pointer.Split('/').Length == 3)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
