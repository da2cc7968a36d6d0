using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures a container health check; see <see cref="ContainerBuilder.HealthCheck"/>. Times are in seconds.</summary>
    public sealed class HealthCheckBuilder
    {
        internal HealthCheckBuilder()
        {
        }

        /// <summary>The health check being configured.</summary>
        public HealthCheck HealthCheck { get; } = new HealthCheck();

        /// <summary>Runs <paramref name="command"/> through the container's shell: <c>["CMD-SHELL", command]</c>.</summary>
        [Sets("command='CMD-SHELL'+command")]
        public HealthCheckBuilder Shell(string command) => Command("CMD-SHELL", command);

        /// <summary>Runs an executable directly, without a shell: <c>["CMD", executable, arguments…]</c>.</summary>
        [Sets("command='CMD'+executable+arguments")]
        public HealthCheckBuilder Exec(string executable, params string[] arguments)
        {
            var command = new List<string>(arguments.Length + 2) { "CMD", executable };
            command.AddRange(arguments);
            HealthCheck.Command = command;
            return this;
        }

        /// <summary>Sets <c>command</c> as given; its first element must be <c>CMD</c> or <c>CMD-SHELL</c>.</summary>
        [Sets("command=command")]
        public HealthCheckBuilder Command(params string[] command)
        {
            HealthCheck.Command = new List<string>(command);
            return this;
        }

        /// <summary>Sets <c>interval</c>: seconds between checks (5–300, default 30).</summary>
        [Sets("interval=seconds")]
        public HealthCheckBuilder Interval(int seconds)
        {
            HealthCheck.Interval = seconds;
            return this;
        }

        /// <summary>Sets <c>timeout</c>: seconds a check may take before it counts as failed (2–60, default 5).</summary>
        [Sets("timeout=seconds")]
        public HealthCheckBuilder Timeout(int seconds)
        {
            HealthCheck.Timeout = seconds;
            return this;
        }

        /// <summary>Sets <c>retries</c>: failures in a row before the container is unhealthy (1–10, default 3).</summary>
        [Sets("retries=retries")]
        public HealthCheckBuilder Retries(int retries)
        {
            HealthCheck.Retries = retries;
            return this;
        }

        /// <summary>Sets <c>startPeriod</c>: grace seconds after start during which failures do not count (0–300).</summary>
        [Sets("startPeriod=seconds")]
        public HealthCheckBuilder StartPeriod(int seconds)
        {
            HealthCheck.StartPeriod = seconds;
            return this;
        }
    }
}
