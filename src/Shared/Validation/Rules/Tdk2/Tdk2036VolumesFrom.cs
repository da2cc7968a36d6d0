using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2036: <c>volumesFrom[].sourceContainer</c> is set and names another container of the task.</summary>
    /// <remarks>ECS API VolumeFrom.sourceContainer: "The name of another container within the same task definition".</remarks>
    [Rule("TDK2036", "VolumesFrom", RuleSeverity.Error, "Invalid volumesFrom source container")]
    internal sealed class Tdk2036VolumesFrom : TaskDefinitionRule
    {
        public override string Id => RuleIds.VolumesFrom;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                List<VolumeFrom>? volumesFrom = container.VolumesFrom;
                if (volumesFrom is null)
                {
                    continue;
                }

                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                for (int k = 0; k < volumesFrom.Count; k++)
                {
                    string? source = volumesFrom[k].SourceContainer;
                    string Pointer() => JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "volumesFrom"), k), "sourceContainer");
                    if (string.IsNullOrEmpty(source))
                    {
                        context.Report(Id, Pointer(), Who() + " has a " + MemberName.Mark("volumesFrom") + " entry without " + MemberName.Mark("sourceContainer") + ": name the container to mount volumes from.");
                    }
                    else if (string.Equals(source, container.Name, StringComparison.Ordinal))
                    {
                        context.Report(Id, Pointer(), Who() + " mounts volumes from itself: name another container or remove the entry.");
                    }
                    else if (context.IndexOfContainer(source) < 0)
                    {
                        context.Report(Id, Pointer(), Who() + " mounts volumes from '" + source + "', which is not a container of this task: use the name of one of its containers.");
                    }
                }
            }
        }
    }
}
