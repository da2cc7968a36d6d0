using System.Collections.Generic;
using System;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>
    /// Builds one container definition; <see cref="TaskDefinitionBuilder.Container(string, Action{ContainerBuilder})"/>
    /// hands it to a lambda. List-valued members are appended to, call by call, in order.
    /// </summary>
    public sealed class ContainerBuilder
    {
        /// <summary>Starts a container definition with the given <c>name</c>.</summary>
        public ContainerBuilder(string name)
        {
            Definition = new ContainerDefinition { Name = name };
        }

        /// <summary>The container definition being built (the same object each time).</summary>
        public ContainerDefinition Definition { get; }

        /// <summary>Sets <c>name</c>.</summary>
        [Sets("name=name")]
        public ContainerBuilder Name(string name)
        {
            Definition.Name = name;
            return this;
        }

        /// <summary>Sets <c>image</c>: <c>repository-url/image:tag</c> or <c>repository-url/image@sha256:…</c>.</summary>
        [Sets("image=image")]
        public ContainerBuilder Image(string image)
        {
            Definition.Image = image;
            return this;
        }

        /// <summary>Sets <c>essential</c>: when an essential container stops, the whole task stops.</summary>
        [Sets("essential=essential")]
        public ContainerBuilder Essential(bool essential = true)
        {
            Definition.Essential = essential;
            return this;
        }

        /// <summary>Sets container <c>cpu</c> in CPU units (1024 = 1 vCPU).</summary>
        [Sets("cpu=cpuUnits")]
        public ContainerBuilder Cpu(int cpuUnits)
        {
            Definition.Cpu = cpuUnits;
            return this;
        }

        /// <summary>Sets container <c>memory</c>, the hard limit in MiB (the container is killed above it).</summary>
        [Sets("memory=memoryMiB")]
        public ContainerBuilder Memory(int memoryMiB)
        {
            Definition.Memory = memoryMiB;
            return this;
        }

        /// <summary>Sets <c>memoryReservation</c>, the soft limit in MiB.</summary>
        [Sets("memoryReservation=memoryMiB")]
        public ContainerBuilder MemoryReservation(int memoryMiB)
        {
            Definition.MemoryReservation = memoryMiB;
            return this;
        }

        /// <summary>
        /// Adds a port mapping for <paramref name="containerPort"/> (TCP unless changed). Use <paramref name="configure"/>
        /// for the host port, protocol, Service Connect name or app protocol:
        /// <c>.Port(8080, p => p.Name("http").AppProtocol(ApplicationProtocol.Http))</c>.
        /// </summary>
        [Adds("portMappings", "containerPort=containerPort", Nested = "configure")]
        public ContainerBuilder Port(int containerPort, Action<PortMappingBuilder>? configure = null)
        {
            var builder = new PortMappingBuilder(new PortMapping { ContainerPort = containerPort });
            configure?.Invoke(builder);
            return PortMapping(builder.Mapping);
        }

        /// <summary>
        /// Adds a port mapping for a range of container ports (<c>containerPortRange</c> <c>"first-last"</c>; bridge or awsvpc).
        /// </summary>
        [Adds("portMappings", "containerPortRange=firstPort+'-'+lastPort", Nested = "configure")]
        public ContainerBuilder PortRange(int firstPort, int lastPort, Action<PortMappingBuilder>? configure = null)
        {
            var builder = new PortMappingBuilder(new PortMapping
            {
                ContainerPortRange = firstPort.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" +
                                     lastPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            configure?.Invoke(builder);
            return PortMapping(builder.Mapping);
        }

        /// <summary>Adds a port mapping as it is.</summary>
        [Adds("portMappings", "mapping")]
        public ContainerBuilder PortMapping(PortMapping mapping)
        {
            (Definition.PortMappings ??= new List<PortMapping>()).Add(mapping);
            return this;
        }

        /// <summary>Adds an environment variable (plain text; use <see cref="Secret"/> for credentials).</summary>
        [Adds("environment", "name=name", "value=value")]
        public ContainerBuilder Environment(string name, string value)
        {
            (Definition.Environment ??= new List<NameValuePair>()).Add(new NameValuePair { Name = name, Value = value });
            return this;
        }

        /// <summary>Adds environment variables in the order given.</summary>
        [Unreadable("environment")]
        public ContainerBuilder Environment(IEnumerable<KeyValuePair<string, string>> variables)
        {
            Guard.ThrowIfNull(variables, nameof(variables));
            foreach (KeyValuePair<string, string> variable in variables)
            {
                Environment(variable.Key, variable.Value);
            }

            return this;
        }

        /// <summary>Adds an environment file: the ARN of an S3 object whose name ends in <c>.env</c> (needs an execution role).</summary>
        [Adds("environmentFiles", "type='s3'", "value=s3ObjectArn")]
        public ContainerBuilder EnvironmentFile(string s3ObjectArn)
        {
            (Definition.EnvironmentFiles ??= new List<EnvironmentFile>()).Add(
                new EnvironmentFile { Type = EnvironmentFileType.S3, Value = s3ObjectArn });
            return this;
        }

        /// <summary>
        /// Adds a secret exposed as environment variable <paramref name="name"/>: <paramref name="valueFrom"/> is a Secrets
        /// Manager secret ARN (optionally <c>:json-key:version-stage:version-id</c>), an SSM parameter ARN, or an SSM
        /// parameter name. The execution role fetches it.
        /// </summary>
        [Adds("secrets", "name=name", "valueFrom=valueFrom")]
        public ContainerBuilder Secret(string name, string valueFrom)
        {
            (Definition.Secrets ??= new List<Secret>()).Add(new Secret { Name = name, ValueFrom = valueFrom });
            return this;
        }

        /// <summary>Mounts task volume <paramref name="sourceVolume"/> at <paramref name="containerPath"/>.</summary>
        [Adds("mountPoints", "sourceVolume=sourceVolume", "containerPath=containerPath", "readOnly=readOnly?")]
        public ContainerBuilder MountPoint(string sourceVolume, string containerPath, bool readOnly = false)
        {
            (Definition.MountPoints ??= new List<MountPoint>()).Add(new MountPoint
            {
                SourceVolume = sourceVolume,
                ContainerPath = containerPath,
                ReadOnly = readOnly ? true : null,
            });
            return this;
        }

        /// <summary>Mounts every volume of another container of the task (<c>volumesFrom</c>).</summary>
        [Adds("volumesFrom", "sourceContainer=sourceContainer", "readOnly=readOnly?")]
        public ContainerBuilder VolumesFrom(string sourceContainer, bool readOnly = false)
        {
            (Definition.VolumesFrom ??= new List<VolumeFrom>()).Add(new VolumeFrom
            {
                SourceContainer = sourceContainer,
                ReadOnly = readOnly ? true : null,
            });
            return this;
        }

        /// <summary>
        /// Starts this container only once <paramref name="containerName"/> reaches <paramref name="condition"/>
        /// (<c>START</c>, <c>COMPLETE</c>, <c>SUCCESS</c> or <c>HEALTHY</c>).
        /// </summary>
        [Adds("dependsOn", "containerName=containerName", "condition=condition")]
        public ContainerBuilder DependsOn(string containerName, ContainerCondition condition)
        {
            (Definition.DependsOn ??= new List<ContainerDependency>()).Add(
                new ContainerDependency { ContainerName = containerName, Condition = condition });
            return this;
        }

        /// <summary>Sets the container <c>healthCheck</c>: <c>h => h.Shell("curl -f http://localhost/ || exit 1").Interval(30)</c>.</summary>
        [Replaces("healthCheck", Nested = "configure")]
        public ContainerBuilder HealthCheck(Action<HealthCheckBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var builder = new HealthCheckBuilder();
            configure(builder);
            Definition.HealthCheck = builder.HealthCheck;
            return this;
        }

        /// <summary>Sets <c>logConfiguration</c> with any log driver; add options with <paramref name="configure"/>.</summary>
        [Replaces("logConfiguration", "logDriver=logDriver", Nested = "configure")]
        public ContainerBuilder LogConfiguration(LogDriver logDriver, Action<LogConfigurationBuilder>? configure = null)
        {
            var builder = new LogConfigurationBuilder(logDriver);
            configure?.Invoke(builder);
            Definition.LogConfiguration = builder.Configuration;
            return this;
        }

        /// <summary>
        /// Sends the container's output to CloudWatch Logs (<c>awslogs</c>): log group, Region and — required on Fargate —
        /// stream prefix. More options (mode, create group, …) through <paramref name="configure"/>.
        /// </summary>
        [Replaces(
            "logConfiguration",
            "logDriver='awslogs'",
            "options/awslogs-group=group",
            "options/awslogs-region=region",
            "options/awslogs-stream-prefix=streamPrefix?",
            Nested = "configure")]
        public ContainerBuilder AwsLogs(string group, string region, string? streamPrefix = null, Action<LogConfigurationBuilder>? configure = null) =>
            LogConfiguration(LogDriver.Awslogs, log =>
            {
                log.Option("awslogs-group", group).Option("awslogs-region", region);
                if (streamPrefix is not null)
                {
                    log.Option("awslogs-stream-prefix", streamPrefix);
                }

                configure?.Invoke(log);
            });

        /// <summary>
        /// Routes the container's output through the task's FireLens log router (<c>awsfirelens</c> driver); the options
        /// describe the Fluent Bit output, e.g. <c>l => l.Option("Name", "cloudwatch_logs")…</c>.
        /// </summary>
        [Replaces("logConfiguration", "logDriver='awsfirelens'", Nested = "configure")]
        public ContainerBuilder FireLensLogs(Action<LogConfigurationBuilder>? configure = null) =>
            LogConfiguration(LogDriver.Awsfirelens, configure);

        /// <summary>
        /// Makes this container the task's FireLens log router (<c>firelensConfiguration</c>) of the given type
        /// (<c>fluentbit</c> or <c>fluentd</c>); router options such as <c>enable-ecs-log-metadata</c> through
        /// <paramref name="configure"/>.
        /// </summary>
        [Replaces("firelensConfiguration", "type=type", Nested = "configure")]
        public ContainerBuilder FireLensRouter(FirelensConfigurationType type, Action<OptionsBuilder>? configure = null)
        {
            var options = new OptionsBuilder();
            configure?.Invoke(options);
            Definition.FirelensConfiguration = new FirelensConfiguration { Type = type, Options = options.Options };
            return this;
        }

        /// <summary>Adds a ulimit.</summary>
        [Adds("ulimits", "name=name", "softLimit=softLimit", "hardLimit=hardLimit")]
        public ContainerBuilder Ulimit(UlimitName name, int softLimit, int hardLimit)
        {
            (Definition.Ulimits ??= new List<Ulimit>()).Add(new Ulimit { Name = name, SoftLimit = softLimit, HardLimit = hardLimit });
            return this;
        }

        /// <summary>Sets or extends <c>linuxParameters</c> (capabilities, init process, devices, tmpfs, swap, shared memory).</summary>
        [Sets(Nested = "linuxParameters=configure")]
        public ContainerBuilder LinuxParameters(Action<LinuxParametersBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            configure(new LinuxParametersBuilder(Definition.LinuxParameters ??= new LinuxParameters()));
            return this;
        }

        /// <summary>Adds a namespaced kernel parameter (<c>systemControls</c>), e.g. <c>net.ipv4.tcp_keepalive_time</c>.</summary>
        [Adds("systemControls", "namespace=namespace", "value=value")]
        public ContainerBuilder SystemControl(string @namespace, string value)
        {
            (Definition.SystemControls ??= new List<SystemControl>()).Add(new SystemControl { Namespace = @namespace, Value = value });
            return this;
        }

        /// <summary>Adds a resource requirement (<c>GPU</c> count, <c>InferenceAccelerator</c> device name, …).</summary>
        [Adds("resourceRequirements", "type=type", "value=value")]
        public ContainerBuilder ResourceRequirement(ResourceType type, string value)
        {
            (Definition.ResourceRequirements ??= new List<ResourceRequirement>()).Add(new ResourceRequirement { Type = type, Value = value });
            return this;
        }

        /// <summary>Reserves <paramref name="count"/> GPUs for the container (EC2 only).</summary>
        [Adds("resourceRequirements", "type='GPU'", "value=count")]
        public ContainerBuilder Gpu(int count) =>
            ResourceRequirement(ResourceType.Gpu, count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        /// <summary>
        /// Sets the container <c>restartPolicy</c>: restart in place on exit, except for <paramref name="ignoredExitCodes"/>;
        /// <paramref name="restartAttemptPeriod"/> (60–1800 s) is how long the container must run before a restart is tried.
        /// </summary>
        [Replaces("restartPolicy", "enabled=enabled", "restartAttemptPeriod=restartAttemptPeriod?", "ignoredExitCodes=ignoredExitCodes?")]
        public ContainerBuilder RestartPolicy(bool enabled = true, int? restartAttemptPeriod = null, IEnumerable<int>? ignoredExitCodes = null)
        {
            Definition.RestartPolicy = new ContainerRestartPolicy
            {
                Enabled = enabled,
                RestartAttemptPeriod = restartAttemptPeriod,
                IgnoredExitCodes = ignoredExitCodes is null ? null : new List<int>(ignoredExitCodes),
            };
            return this;
        }

        /// <summary>Sets <c>repositoryCredentials</c> for a private registry: the ARN of the Secrets Manager secret with the credentials.</summary>
        [Replaces("repositoryCredentials", "credentialsParameter=credentialsParameter", At = "credentialsParameter")]
        public ContainerBuilder RepositoryCredentials(string credentialsParameter)
        {
            Definition.RepositoryCredentials = new RepositoryCredentials { CredentialsParameter = credentialsParameter };
            return this;
        }

        /// <summary>Adds a Docker label.</summary>
        [Sets("dockerLabels/{key}=value")]
        public ContainerBuilder DockerLabel(string key, string value)
        {
            (Definition.DockerLabels ??= new Dictionary<string, string>())[key] = value;
            return this;
        }

        /// <summary>Sets <c>user</c>: <c>user</c>, <c>uid</c>, <c>user:group</c> or <c>uid:gid</c> (Linux).</summary>
        [Sets("user=user")]
        public ContainerBuilder User(string user)
        {
            Definition.User = user;
            return this;
        }

        /// <summary>Sets <c>workingDirectory</c>.</summary>
        [Sets("workingDirectory=directory")]
        public ContainerBuilder WorkingDirectory(string directory)
        {
            Definition.WorkingDirectory = directory;
            return this;
        }

        /// <summary>Sets <c>entryPoint</c> (replaces any earlier value).</summary>
        [Sets("entryPoint=entryPoint")]
        public ContainerBuilder EntryPoint(params string[] entryPoint)
        {
            Definition.EntryPoint = new List<string>(entryPoint);
            return this;
        }

        /// <summary>Sets <c>command</c> (replaces any earlier value).</summary>
        [Sets("command=command")]
        public ContainerBuilder Command(params string[] command)
        {
            Definition.Command = new List<string>(command);
            return this;
        }

        /// <summary>Sets <c>hostname</c> (not with awsvpc).</summary>
        [Sets("hostname=hostname")]
        public ContainerBuilder Hostname(string hostname)
        {
            Definition.Hostname = hostname;
            return this;
        }

        /// <summary>Adds a legacy container link, <c>name</c> or <c>name:alias</c> (bridge mode only).</summary>
        [Adds("links", "link")]
        public ContainerBuilder Link(string link)
        {
            (Definition.Links ??= new List<string>()).Add(link);
            return this;
        }

        /// <summary>Sets <c>startTimeout</c> in seconds: how long to wait for dependencies before giving up.</summary>
        [Sets("startTimeout=seconds")]
        public ContainerBuilder StartTimeout(int seconds)
        {
            Definition.StartTimeout = seconds;
            return this;
        }

        /// <summary>Sets <c>stopTimeout</c> in seconds: how long after SIGTERM before the container is killed.</summary>
        [Sets("stopTimeout=seconds")]
        public ContainerBuilder StopTimeout(int seconds)
        {
            Definition.StopTimeout = seconds;
            return this;
        }

        /// <summary>Sets <c>versionConsistency</c> (whether ECS resolves the image tag to a digest at deployment).</summary>
        [Sets("versionConsistency=versionConsistency")]
        public ContainerBuilder VersionConsistency(VersionConsistency versionConsistency)
        {
            Definition.VersionConsistency = versionConsistency;
            return this;
        }

        /// <summary>Sets <c>disableNetworking</c>.</summary>
        [Sets("disableNetworking=disabled")]
        public ContainerBuilder DisableNetworking(bool disabled = true)
        {
            Definition.DisableNetworking = disabled;
            return this;
        }

        /// <summary>Sets <c>privileged</c> (root on the host; EC2 only, and rarely wise).</summary>
        [Sets("privileged=privileged")]
        public ContainerBuilder Privileged(bool privileged = true)
        {
            Definition.Privileged = privileged;
            return this;
        }

        /// <summary>Sets <c>readonlyRootFilesystem</c> (recommended; mount volumes for writable paths).</summary>
        [Sets("readonlyRootFilesystem=readOnly")]
        public ContainerBuilder ReadonlyRootFilesystem(bool readOnly = true)
        {
            Definition.ReadonlyRootFilesystem = readOnly;
            return this;
        }

        /// <summary>Adds DNS servers (not with awsvpc).</summary>
        [Adds("dnsServers", "servers", LocatesList = true)]
        public ContainerBuilder DnsServers(params string[] servers)
        {
            (Definition.DnsServers ??= new List<string>()).AddRange(servers);
            return this;
        }

        /// <summary>Adds DNS search domains (not with awsvpc).</summary>
        [Adds("dnsSearchDomains", "domains", LocatesList = true)]
        public ContainerBuilder DnsSearchDomains(params string[] domains)
        {
            (Definition.DnsSearchDomains ??= new List<string>()).AddRange(domains);
            return this;
        }

        /// <summary>Adds an <c>/etc/hosts</c> entry (not with awsvpc).</summary>
        [Adds("extraHosts", "hostname=hostname", "ipAddress=ipAddress", LocatesList = true)]
        public ContainerBuilder ExtraHost(string hostname, string ipAddress)
        {
            (Definition.ExtraHosts ??= new List<HostEntry>()).Add(new HostEntry { Hostname = hostname, IpAddress = ipAddress });
            return this;
        }

        /// <summary>Adds Docker security options (<c>no-new-privileges</c>, <c>apparmor:…</c>, <c>label:…</c>; EC2 only).</summary>
        [Adds("dockerSecurityOptions", "options", LocatesList = true)]
        public ContainerBuilder DockerSecurityOptions(params string[] options)
        {
            (Definition.DockerSecurityOptions ??= new List<string>()).AddRange(options);
            return this;
        }

        /// <summary>Sets <c>interactive</c> (keep stdin open).</summary>
        [Sets("interactive=interactive")]
        public ContainerBuilder Interactive(bool interactive = true)
        {
            Definition.Interactive = interactive;
            return this;
        }

        /// <summary>Sets <c>pseudoTerminal</c> (allocate a TTY).</summary>
        [Sets("pseudoTerminal=pseudoTerminal")]
        public ContainerBuilder PseudoTerminal(bool pseudoTerminal = true)
        {
            Definition.PseudoTerminal = pseudoTerminal;
            return this;
        }

        /// <summary>Adds a credential spec for Active Directory (<c>credentialspec:ARN</c> or <c>credentialspecdomainless:ARN</c>).</summary>
        [Adds("credentialSpecs", "credentialSpec")]
        public ContainerBuilder CredentialSpec(string credentialSpec)
        {
            (Definition.CredentialSpecs ??= new List<string>()).Add(credentialSpec);
            return this;
        }

        /// <summary>Changes the raw container model directly — the escape hatch for anything the fluent methods do not cover.</summary>
        [Unreadable("")]
        public ContainerBuilder Configure(Action<ContainerDefinition> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            configure(Definition);
            return this;
        }
    }
}
