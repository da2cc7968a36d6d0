using System;
using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Render
{
    /// <summary>
    /// What amazon-ecs-render-task-definition does to a definition: sets one container's image and merges environment
    /// variables into it (an existing name gets the new value in place, a new name is appended); everything else stays.
    /// </summary>
    internal static class TaskDefinitionRenderer
    {
        /// <summary>Applies the changes; returns an error message when the container does not exist.</summary>
        public static string? Apply(TaskDefinition definition, string containerName, string image, IReadOnlyList<KeyValuePair<string, string>> environment)
        {
            ContainerDefinition? container = null;
            var names = new List<string>();
            foreach (ContainerDefinition candidate in definition.ContainerDefinitions ?? new List<ContainerDefinition>())
            {
                names.Add(candidate.Name ?? "(unnamed)");
                if (string.Equals(candidate.Name, containerName, StringComparison.Ordinal))
                {
                    container = candidate;
                }
            }

            if (container is null)
            {
                return "no container named '" + containerName + "'" + (names.Count > 0 ? " (the definition has: " + string.Join(", ", names) + ")" : " (the definition has no containers)");
            }

            container.Image = image;
            if (environment.Count > 0)
            {
                container.Environment ??= new List<NameValuePair>();
                foreach (KeyValuePair<string, string> variable in environment)
                {
                    NameValuePair? existing = container.Environment.Find(pair => pair.Name == variable.Key);
                    if (existing != null)
                    {
                        existing.Value = variable.Value;
                    }
                    else
                    {
                        container.Environment.Add(new NameValuePair { Name = variable.Key, Value = variable.Value });
                    }
                }
            }

            return null;
        }

        /// <summary>Parses <c>KEY=VALUE</c> (the value may contain '=' and may be empty).</summary>
        public static KeyValuePair<string, string> ParseVariable(string text)
        {
            int equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException("--env: '" + text + "' is not KEY=VALUE");
            }

            return new KeyValuePair<string, string>(text.Substring(0, equals), text.Substring(equals + 1));
        }
    }
}
