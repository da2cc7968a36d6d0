using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures a container's <c>logConfiguration</c>; see <see cref="ContainerBuilder.LogConfiguration"/>.</summary>
    public sealed class LogConfigurationBuilder
    {
        internal LogConfigurationBuilder(LogDriver logDriver)
        {
            Configuration = new LogConfiguration { LogDriver = logDriver };
        }

        /// <summary>The log configuration being configured.</summary>
        public LogConfiguration Configuration { get; }

        /// <summary>Sets a log driver option (a later call with the same name replaces the value).</summary>
        [Sets("options/{name}=value")]
        public LogConfigurationBuilder Option(string name, string value)
        {
            (Configuration.Options ??= new Dictionary<string, string>())[name] = value;
            return this;
        }

        /// <summary>
        /// Adds a secret log driver option (<c>secretOptions</c>), e.g. a Splunk token: <paramref name="valueFrom"/> is a
        /// Secrets Manager secret or SSM parameter; the execution role fetches it.
        /// </summary>
        [Adds("secretOptions", "name=name", "valueFrom=valueFrom")]
        public LogConfigurationBuilder SecretOption(string name, string valueFrom)
        {
            (Configuration.SecretOptions ??= new List<Secret>()).Add(new Secret { Name = name, ValueFrom = valueFrom });
            return this;
        }

        /// <summary>
        /// Delivers logs without blocking the application (<c>mode: non-blocking</c>); <paramref name="maxBufferSize"/>
        /// (e.g. <c>"25m"</c>) sizes the in-memory buffer.
        /// </summary>
        [Sets("options/mode='non-blocking'", "options/max-buffer-size=maxBufferSize?")]
        public LogConfigurationBuilder NonBlocking(string? maxBufferSize = null)
        {
            Option("mode", "non-blocking");
            if (maxBufferSize is not null)
            {
                Option("max-buffer-size", maxBufferSize);
            }

            return this;
        }

        /// <summary>Blocks the application while logs cannot be delivered (<c>mode: blocking</c>).</summary>
        [Sets("options/mode='blocking'")]
        public LogConfigurationBuilder Blocking() => Option("mode", "blocking");

        /// <summary>awslogs: creates the log group when it is missing (<c>awslogs-create-group</c>; needs <c>logs:CreateLogGroup</c>).</summary>
        [Sets("options/awslogs-create-group='true'")]
        public LogConfigurationBuilder CreateGroup() => Option("awslogs-create-group", "true");
    }
}
