using System;
using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Terraform
{
    /// <summary>
    /// How the AWS provider's <c>aws_ecs_task_definition</c> names the API's task-level members: snake_case of the
    /// camelCase name (<c>networkMode</c> → <c>network_mode</c>), except the few in <see cref="s_irregular"/> (blocks
    /// that repeat take the singular, and two names that do not follow the rule). The Terraform reader uses the same
    /// table the other way round (<see cref="JsonName"/>), so writer and reader cannot drift apart.
    /// </summary>
    public static class TerraformArgumentNames
    {
        private static readonly Dictionary<string, string> s_irregular = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["volumes"] = "volume",
            ["inferenceAccelerators"] = "inference_accelerator",
            ["configuredAtLaunch"] = "configure_at_launch",
            ["sizeInGiB"] = "size_in_gib",
        };

        private static readonly Dictionary<string, string> s_reverse = Reverse();

        /// <summary>The provider's argument or block name for an API member name.</summary>
        public static string ArgumentName(string jsonName)
        {
            Guard.ThrowIfNull(jsonName, nameof(jsonName));
            return s_irregular.TryGetValue(jsonName, out string? irregular) ? irregular : SnakeCase(jsonName);
        }

        /// <summary>
        /// The API member name for an irregular argument name (<c>volume</c> → <c>volumes</c>); null for a regular one,
        /// which matches the API's name case-insensitively once its underscores are gone.
        /// </summary>
        public static string? JsonName(string argumentName)
        {
            Guard.ThrowIfNull(argumentName, nameof(argumentName));
            return s_reverse.TryGetValue(argumentName, out string? json) ? json : null;
        }

        /// <summary><c>fileSystemId</c> → <c>file_system_id</c>: an underscore before each capital that follows a lower-case letter or digit.</summary>
        public static string SnakeCase(string camel)
        {
            Guard.ThrowIfNull(camel, nameof(camel));
            var snake = new StringBuilder(camel.Length + 4);
            for (int i = 0; i < camel.Length; i++)
            {
                char c = camel[i];
                if (char.IsUpper(c))
                {
                    if (i > 0 && (char.IsLower(camel[i - 1]) || char.IsDigit(camel[i - 1]) || (i + 1 < camel.Length && char.IsLower(camel[i + 1]) && char.IsUpper(camel[i - 1]))))
                    {
                        snake.Append('_');
                    }

                    snake.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    snake.Append(c);
                }
            }

            return snake.ToString();
        }

        private static Dictionary<string, string> Reverse()
        {
            var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> entry in s_irregular)
            {
                reverse[entry.Value] = entry.Key;
            }

            return reverse;
        }
    }
}
