using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2015: <c>healthCheck.command</c> is present, its first element is <c>CMD</c> or <c>CMD-SHELL</c>, and a command
    /// follows it.
    /// </summary>
    /// <remarks>
    /// ECS API HealthCheck.command (required): "The string array must start with CMD to run the command arguments directly,
    /// or CMD-SHELL to run the command with the container's default shell."
    /// </remarks>
    [Rule("TDK2015", "HealthCheckCommand", RuleSeverity.Error, "Health check command is missing or malformed")]
    [BuilderInputs("/containerDefinitions/*/healthCheck")]
    internal sealed class Tdk2015HealthCheckCommand : TaskDefinitionRule
    {
        public override string Id => RuleIds.HealthCheckCommand;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container.HealthCheck is null)
                {
                    continue;
                }

                string Pointer() => JsonPointer.Member(JsonPointer.Container(i, "healthCheck"), "command");
                string Who() => "The health check of container " + Tdk2Helpers.Describe(container, i);
                List<string>? command = container.HealthCheck.Command;
                if (command is null || command.Count == 0)
                {
                    context.Report(Id, Pointer(), Who() + " has no command: set e.g. [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"].");
                    continue;
                }

                string first = command[0] ?? string.Empty;
                if (first == "CMD" || first == "CMD-SHELL")
                {
                    if (command.Count == 1 || Tdk2Helpers.IsNullOrWhiteSpace(command[1]))
                    {
                        context.Report(Id, JsonPointer.Index(Pointer(), 0), Who() + " has only '" + first + "' and no command to run: add the command as the next element.");
                    }

                    continue;
                }

                string fix = first.StartsWith("CMD-SHELL ", StringComparison.Ordinal) || first.StartsWith("CMD ", StringComparison.Ordinal)
                    ? "put '" + first.Substring(0, first.IndexOf(' ')) + "' in its own element, followed by the command."
                    : "start it with \"CMD-SHELL\" (run through the shell) or \"CMD\" (run directly), e.g. [\"CMD-SHELL\", \"" + first + "\"].";
                context.Report(Id, JsonPointer.Index(Pointer(), 0), Who() + " starts with '" + first + "': " + fix);
            }
        }
    }
}
