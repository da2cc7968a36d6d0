using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1005: container names are unique inside a task definition.</summary>
    /// <remarks>AWS: "Container names must be unique within a Task Definition." Whether AWS compares case-insensitively is
    /// unconfirmed, so names that differ only in case are a warning.</remarks>
    [Rule("TDK1005", "DuplicateContainerName", RuleSeverity.Error, "Container names are not unique")]
    [BuilderInputs("/containerDefinitions/*/name")]
    internal sealed class Tdk1005DuplicateContainerName : TaskDefinitionRule
    {
        public override string Id => RuleIds.DuplicateContainerName;

        public override void Check(ValidationContext context)
        {
            IReadOnlyList<ContainerDefinition> containers = context.Containers;
            for (int i = 1; i < containers.Count; i++)
            {
                string? name = containers[i].Name;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                // First occurrences, looked up (not scanned) so that many containers cost linear time.
                bool exact = context.IndexOfContainer(name) < i;
                int firstIgnoringCase = context.IndexOfContainerIgnoringCase(name);
                int caseOnly = firstIgnoringCase < i ? firstIgnoringCase : -1;

                if (exact)
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "name"),
                        "Container name '" + name + "' is used by an earlier container; names must be unique within a task definition: rename this container.");
                }
                else if (caseOnly >= 0)
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "name"),
                        "Container name '" + name + "' differs from '" + containers[caseOnly].Name +
                        "' only in letter case, which is easy to confuse (and may be rejected): give the containers clearly different names.",
                        RuleSeverity.Warning);
                }
            }
        }
    }
}
