using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Applies the calls of a <c>Container(name, c =&gt; ...)</c> lambda to a container of the model, including the port
    /// mapping and log configuration lambdas inside it. <see cref="Apply"/> returns false for a call it cannot follow
    /// at all; the caller then treats the whole container as unknown.
    /// </summary>
    internal sealed partial class ContainerChainReader
    {
        private readonly ContainerDefinition _container;
        private readonly string _pointer;
        private readonly ChainState _state;
        private readonly CancellationToken _cancellationToken;

        public ContainerChainReader(ContainerDefinition container, string pointer, ChainState state, CancellationToken cancellationToken)
        {
            _container = container;
            _pointer = pointer;
            _state = state;
            _cancellationToken = cancellationToken;
        }

        public bool Apply(IInvocationOperation call)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            IMethodSymbol method = call.TargetMethod;
            IArgumentOperation? first = ChainReading.Argument(call, 0);
            IArgumentOperation? second = ChainReading.Argument(call, 1);
            switch (method.Name)
            {
                case "Name":
                    String(call, first, "name", v => _container.Name = v);
                    return true;
                case "Image":
                    String(call, first, "image", v => _container.Image = v);
                    return true;
                case "User":
                    String(call, first, "user", v => _container.User = v);
                    return true;
                case "WorkingDirectory":
                    String(call, first, "workingDirectory", v => _container.WorkingDirectory = v);
                    return true;
                case "Hostname":
                    String(call, first, "hostname", v => _container.Hostname = v);
                    return true;
                case "Essential":
                    Bool(call, first, "essential", v => _container.Essential = v);
                    return true;
                case "Privileged":
                    Bool(call, first, "privileged", v => _container.Privileged = v);
                    return true;
                case "ReadonlyRootFilesystem":
                    Bool(call, first, "readonlyRootFilesystem", v => _container.ReadonlyRootFilesystem = v);
                    return true;
                case "DisableNetworking":
                    Bool(call, first, "disableNetworking", v => _container.DisableNetworking = v);
                    return true;
                case "Interactive":
                    Bool(call, first, "interactive", v => _container.Interactive = v);
                    return true;
                case "PseudoTerminal":
                    Bool(call, first, "pseudoTerminal", v => _container.PseudoTerminal = v);
                    return true;
                case "Cpu":
                    Int(call, first, "cpu", v => _container.Cpu = v);
                    return true;
                case "Memory":
                    Int(call, first, "memory", v => _container.Memory = v);
                    return true;
                case "MemoryReservation":
                    Int(call, first, "memoryReservation", v => _container.MemoryReservation = v);
                    return true;
                case "StartTimeout":
                    Int(call, first, "startTimeout", v => _container.StartTimeout = v);
                    return true;
                case "StopTimeout":
                    Int(call, first, "stopTimeout", v => _container.StopTimeout = v);
                    return true;
                case "EntryPoint":
                    Strings(call, first, "entryPoint", v => _container.EntryPoint = v);
                    return true;
                case "Command":
                    Strings(call, first, "command", v => _container.Command = v);
                    return true;
                case "Link":
                    {
                        string pointer = JsonPointer.Index(Member("links"), _container.Links?.Count ?? 0);
                        (_container.Links ??= new List<string>()).Add(string.Empty);
                        if (ConstantValues.TryGetString(first?.Value, out string? link) && link != null)
                        {
                            _container.Links[_container.Links.Count - 1] = link;
                            _state.Set(pointer, ChainReading.ArgumentLocation(call, first));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "Environment" when method.Parameters.Length == 2:
                    Pair(call, first, second, "environment", "name", "value", _container.Environment ??= new List<NameValuePair>(),
                        (n, v) => new NameValuePair { Name = n, Value = v }, () => new NameValuePair());
                    return true;
                case "Secret":
                    Pair(call, first, second, "secrets", "name", "valueFrom", _container.Secrets ??= new List<Secret>(),
                        (n, v) => new Secret { Name = n, ValueFrom = v }, () => new Secret());
                    return true;
                case "EnvironmentFile":
                    {
                        List<EnvironmentFile> files = _container.EnvironmentFiles ??= new List<EnvironmentFile>();
                        string pointer = JsonPointer.Index(Member("environmentFiles"), files.Count);
                        var file = new EnvironmentFile { Type = EnvironmentFileType.S3 };
                        files.Add(file);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetString(first?.Value, out string? arn))
                        {
                            file.Value = arn;
                            _state.Set(pointer + "/value", ChainReading.ArgumentLocation(call, first));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "DockerLabel":
                    if (ConstantValues.TryGetString(first?.Value, out string? labelKey) && labelKey != null &&
                        ConstantValues.TryGetString(second?.Value, out string? labelValue))
                    {
                        (_container.DockerLabels ??= new Dictionary<string, string>())[labelKey] = labelValue ?? string.Empty;
                        _state.Set(JsonPointer.Member(Member("dockerLabels"), labelKey), ChainReading.ArgumentLocation(call, second));
                    }
                    else
                    {
                        _state.MarkUnknown(Member("dockerLabels"));
                    }

                    return true;
                case "RepositoryCredentials":
                    if (ConstantValues.TryGetString(first?.Value, out string? credentials))
                    {
                        _container.RepositoryCredentials = new RepositoryCredentials { CredentialsParameter = credentials };
                        _state.Set(Member("repositoryCredentials"), ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _state.MarkUnknown(Member("repositoryCredentials"));
                    }

                    return true;
                case "MountPoint":
                    {
                        List<MountPoint> mounts = _container.MountPoints ??= new List<MountPoint>();
                        string pointer = JsonPointer.Index(Member("mountPoints"), mounts.Count);
                        var mount = new MountPoint();
                        mounts.Add(mount);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        IArgumentOperation? readOnly = ChainReading.Argument(call, 2);
                        if (ConstantValues.TryGetString(first?.Value, out string? source) && ConstantValues.TryGetString(second?.Value, out string? path) &&
                            ConstantValues.TryGetBool(readOnly?.Value, out bool ro))
                        {
                            mount.SourceVolume = source;
                            mount.ContainerPath = path;
                            mount.ReadOnly = ro ? true : (bool?)null;
                            _state.Set(pointer + "/sourceVolume", ChainReading.ArgumentLocation(call, first));
                            _state.Set(pointer + "/containerPath", ChainReading.ArgumentLocation(call, second));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "VolumesFrom":
                    {
                        List<VolumeFrom> list = _container.VolumesFrom ??= new List<VolumeFrom>();
                        string pointer = JsonPointer.Index(Member("volumesFrom"), list.Count);
                        var from = new VolumeFrom();
                        list.Add(from);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetString(first?.Value, out string? source) && ConstantValues.TryGetBool(second?.Value, out bool ro))
                        {
                            from.SourceContainer = source;
                            from.ReadOnly = ro ? true : (bool?)null;
                            _state.Set(pointer + "/sourceContainer", ChainReading.ArgumentLocation(call, first));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "DependsOn":
                    {
                        List<ContainerDependency> list = _container.DependsOn ??= new List<ContainerDependency>();
                        string pointer = JsonPointer.Index(Member("dependsOn"), list.Count);
                        var dependency = new ContainerDependency();
                        list.Add(dependency);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetString(first?.Value, out string? name) && ConstantValues.TryGetEnum(second?.Value, out ContainerCondition condition))
                        {
                            dependency.ContainerName = name;
                            dependency.Condition = condition;
                            _state.Set(pointer + "/containerName", ChainReading.ArgumentLocation(call, first));
                            _state.Set(pointer + "/condition", ChainReading.ArgumentLocation(call, second));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "Port":
                    AddPort(call, first, second);
                    return true;
                case "PortRange" when method.Parameters.Length == 3:
                    AddPortRange(call, first, second, ChainReading.Argument(call, 2));
                    return true;
                case "LogConfiguration":
                    if (ConstantValues.TryGetEnum(first?.Value, out LogDriver driver))
                    {
                        SetLog(call, driver, first, ChainReading.Argument(call, "configure"));
                    }
                    else
                    {
                        _container.LogConfiguration = null;
                        _state.MarkUnknown(Member("logConfiguration"));
                    }

                    return true;
                case "FireLensLogs":
                    SetLog(call, LogDriver.Awsfirelens, null, ChainReading.Argument(call, "configure"));
                    return true;
                case "AwsLogs":
                    SetAwsLogs(call);
                    return true;
                default:
                    if (TryApplyMore(call, first, second))
                    {
                        return true;
                    }

                    string? member = UnmodelledMember(method.Name, method.Parameters.Length);
                    if (member is null)
                    {
                        return false;
                    }

                    _state.MarkUnknown(Member(member));
                    return true;
            }
        }

        /// <summary>The container member a call the reader does not model sets, so only that member becomes unknown.</summary>
        private static string? UnmodelledMember(string method, int parameters) => method switch
        {
            "HealthCheck" => "healthCheck",
            "LinuxParameters" => "linuxParameters",
            "Ulimit" => "ulimits",
            "SystemControl" => "systemControls",
            "ResourceRequirement" => "resourceRequirements",
            "Gpu" => "resourceRequirements",
            "RestartPolicy" => "restartPolicy",
            "FireLensRouter" => "firelensConfiguration",
            "DnsServers" => "dnsServers",
            "DnsSearchDomains" => "dnsSearchDomains",
            "ExtraHost" => "extraHosts",
            "DockerSecurityOptions" => "dockerSecurityOptions",
            "CredentialSpec" => "credentialSpecs",
            "VersionConsistency" => "versionConsistency",
            "PortRange" => "portMappings",
            "PortMapping" => "portMappings",
            "Environment" when parameters == 1 => "environment",
            _ => null,
        };

        private string Member(string name) => JsonPointer.Member(_pointer, name);

        private void AddPort(IInvocationOperation call, IArgumentOperation? port, IArgumentOperation? configure)
        {
            List<PortMapping> mappings = _container.PortMappings ??= new List<PortMapping>();
            string pointer = JsonPointer.Index(Member("portMappings"), mappings.Count);
            var mapping = new PortMapping();
            mappings.Add(mapping);
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetInt(port?.Value, out int containerPort))
            {
                mapping.ContainerPort = containerPort;
                _state.Set(pointer + "/containerPort", ChainReading.ArgumentLocation(call, port));
            }
            else
            {
                _state.MarkUnknown(pointer);
                return;
            }

            ConfigurePort(mapping, pointer, configure);
        }

        /// <summary><c>PortRange(first, last, configure)</c>: a mapping with <c>containerPortRange</c> "first-last".</summary>
        private void AddPortRange(IInvocationOperation call, IArgumentOperation? firstPort, IArgumentOperation? lastPort, IArgumentOperation? configure)
        {
            List<PortMapping> mappings = _container.PortMappings ??= new List<PortMapping>();
            string pointer = JsonPointer.Index(Member("portMappings"), mappings.Count);
            var mapping = new PortMapping();
            mappings.Add(mapping);
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetInt(firstPort?.Value, out int from) && ConstantValues.TryGetInt(lastPort?.Value, out int to))
            {
                mapping.ContainerPortRange = from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture);
                _state.Set(pointer + "/containerPortRange", ChainReading.NameLocation(call));
            }
            else
            {
                _state.MarkUnknown(pointer);
                return;
            }

            ConfigurePort(mapping, pointer, configure);
        }

        private void ConfigurePort(PortMapping mapping, string pointer, IArgumentOperation? configure)
        {
            if (!ChainReading.TryReadConfigure(configure, _state, pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation portCall in calls!)
            {
                IArgumentOperation? argument = ChainReading.Argument(portCall, 0);
                switch (portCall.TargetMethod.Name)
                {
                    case "HostPort":
                        if (ConstantValues.TryGetInt(argument?.Value, out int hostPort))
                        {
                            mapping.HostPort = hostPort;
                            _state.Set(pointer + "/hostPort", ChainReading.ArgumentLocation(portCall, argument));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer + "/hostPort");
                        }

                        break;
                    case "DynamicHostPort":
                        mapping.HostPort = 0;
                        _state.Set(pointer + "/hostPort", ChainReading.NameLocation(portCall));
                        break;
                    case "Protocol":
                        if (ConstantValues.TryGetEnum(argument?.Value, out TransportProtocol protocol))
                        {
                            mapping.Protocol = protocol;
                            _state.Set(pointer + "/protocol", ChainReading.ArgumentLocation(portCall, argument));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer + "/protocol");
                        }

                        break;
                    case "Tcp":
                        mapping.Protocol = TransportProtocol.Tcp;
                        _state.Set(pointer + "/protocol", ChainReading.NameLocation(portCall));
                        break;
                    case "Udp":
                        mapping.Protocol = TransportProtocol.Udp;
                        _state.Set(pointer + "/protocol", ChainReading.NameLocation(portCall));
                        break;
                    case "Name":
                        if (ConstantValues.TryGetString(argument?.Value, out string? name))
                        {
                            mapping.Name = name;
                            _state.Set(pointer + "/name", ChainReading.ArgumentLocation(portCall, argument));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer + "/name");
                        }

                        break;
                    case "AppProtocol":
                        if (ConstantValues.TryGetEnum(argument?.Value, out ApplicationProtocol appProtocol))
                        {
                            mapping.AppProtocol = appProtocol;
                            _state.Set(pointer + "/appProtocol", ChainReading.ArgumentLocation(portCall, argument));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer + "/appProtocol");
                        }

                        break;
                    default:
                        _state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        private void SetAwsLogs(IInvocationOperation call)
        {
            IArgumentOperation? group = ChainReading.Argument(call, "group");
            IArgumentOperation? region = ChainReading.Argument(call, "region");
            IArgumentOperation? prefix = ChainReading.Argument(call, "streamPrefix");
            LogConfiguration log = NewLog(call, LogDriver.Awslogs, null);
            string options = Member("logConfiguration") + "/options";
            Option(log, options, "awslogs-group", call, group);
            Option(log, options, "awslogs-region", call, region);
            if (!ChainReading.IsAbsent(prefix))
            {
                Option(log, options, "awslogs-stream-prefix", call, prefix);
            }
            else if (!(prefix is null || prefix.ArgumentKind == ArgumentKind.DefaultValue || prefix.Value.ConstantValue.HasValue))
            {
                _state.MarkUnknown(JsonPointer.Member(options, "awslogs-stream-prefix"));
            }

            ConfigureLog(log, ChainReading.Argument(call, "configure"));
        }

        private void SetLog(IInvocationOperation call, LogDriver driver, IArgumentOperation? driverArgument, IArgumentOperation? configure)
        {
            LogConfiguration log = NewLog(call, driver, driverArgument);
            ConfigureLog(log, configure);
        }

        private LogConfiguration NewLog(IInvocationOperation call, LogDriver driver, IArgumentOperation? driverArgument)
        {
            var log = new LogConfiguration { LogDriver = driver };
            _container.LogConfiguration = log;
            string pointer = Member("logConfiguration");
            _state.Set(pointer, ChainReading.NameLocation(call));
            _state.Set(pointer + "/logDriver", driverArgument != null ? ChainReading.ArgumentLocation(call, driverArgument) : ChainReading.NameLocation(call));
            return log;
        }

        private void ConfigureLog(LogConfiguration log, IArgumentOperation? configure)
        {
            string pointer = Member("logConfiguration");
            if (!ChainReading.TryReadConfigure(configure, _state, pointer, out List<IInvocationOperation>? calls))
            {
                return;
            }

            string options = pointer + "/options";
            foreach (IInvocationOperation logCall in calls!)
            {
                switch (logCall.TargetMethod.Name)
                {
                    case "Option":
                        if (ConstantValues.TryGetString(ChainReading.Argument(logCall, 0)?.Value, out string? name) && name != null)
                        {
                            Option(log, options, name, logCall, ChainReading.Argument(logCall, 1));
                        }
                        else
                        {
                            _state.MarkUnknown(options);
                        }

                        break;
                    case "NonBlocking":
                        Constant(log, options, "mode", "non-blocking", logCall);
                        IArgumentOperation? size = ChainReading.Argument(logCall, 0);
                        if (!ChainReading.IsAbsent(size))
                        {
                            Option(log, options, "max-buffer-size", logCall, size);
                        }
                        else if (size != null && size.ArgumentKind != ArgumentKind.DefaultValue && !size.Value.ConstantValue.HasValue)
                        {
                            _state.MarkUnknown(JsonPointer.Member(options, "max-buffer-size"));
                        }

                        break;
                    case "Blocking":
                        Constant(log, options, "mode", "blocking", logCall);
                        break;
                    case "CreateGroup":
                        Constant(log, options, "awslogs-create-group", "true", logCall);
                        break;
                    case "SecretOption":
                        List<Secret> secrets = log.SecretOptions ??= new List<Secret>();
                        string secretPointer = JsonPointer.Index(pointer + "/secretOptions", secrets.Count);
                        var secret = new Secret();
                        secrets.Add(secret);
                        _state.Set(secretPointer, ChainReading.NameLocation(logCall));
                        if (ConstantValues.TryGetString(ChainReading.Argument(logCall, 0)?.Value, out string? secretName) &&
                            ConstantValues.TryGetString(ChainReading.Argument(logCall, 1)?.Value, out string? valueFrom))
                        {
                            secret.Name = secretName;
                            secret.ValueFrom = valueFrom;
                        }
                        else
                        {
                            _state.MarkUnknown(secretPointer);
                        }

                        break;
                    default:
                        _state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        private void Constant(LogConfiguration log, string options, string name, string value, IInvocationOperation call)
        {
            (log.Options ??= new Dictionary<string, string>())[name] = value;
            _state.Set(JsonPointer.Member(options, name), ChainReading.NameLocation(call));
        }

        private void Option(LogConfiguration log, string options, string name, IInvocationOperation call, IArgumentOperation? value)
        {
            string pointer = JsonPointer.Member(options, name);
            if (ConstantValues.TryGetString(value?.Value, out string? text) && text != null)
            {
                (log.Options ??= new Dictionary<string, string>())[name] = text;
                _state.Set(pointer, ChainReading.ArgumentLocation(call, value));
            }
            else
            {
                log.Options?.Remove(name);
                _state.MarkUnknown(pointer);
            }
        }

        private void String(IInvocationOperation call, IArgumentOperation? argument, string member, System.Action<string?> set)
        {
            if (ConstantValues.TryGetString(argument?.Value, out string? text))
            {
                set(text);
                _state.Set(Member(member), ChainReading.ArgumentLocation(call, argument));
            }
            else
            {
                _state.MarkUnknown(Member(member));
            }
        }

        private void Bool(IInvocationOperation call, IArgumentOperation? argument, string member, System.Action<bool> set)
        {
            if (ConstantValues.TryGetBool(argument?.Value, out bool value))
            {
                set(value);
                _state.Set(Member(member), ChainReading.ArgumentLocation(call, argument));
            }
            else
            {
                _state.MarkUnknown(Member(member));
            }
        }

        private void Int(IInvocationOperation call, IArgumentOperation? argument, string member, System.Action<int> set)
        {
            if (ConstantValues.TryGetInt(argument?.Value, out int value))
            {
                set(value);
                _state.Set(Member(member), ChainReading.ArgumentLocation(call, argument));
            }
            else
            {
                _state.MarkUnknown(Member(member));
            }
        }

        private void Strings(IInvocationOperation call, IArgumentOperation? argument, string member, System.Action<List<string>> set)
        {
            if (ConstantValues.TryGetStrings(argument?.Value, out List<string>? values))
            {
                set(values!);
                _state.Set(Member(member), ChainReading.NameLocation(call));
            }
            else
            {
                _state.MarkUnknown(Member(member));
            }
        }

        private void Pair<T>(
            IInvocationOperation call,
            IArgumentOperation? first,
            IArgumentOperation? second,
            string member,
            string firstName,
            string secondName,
            List<T> list,
            System.Func<string?, string?, T> create,
            System.Func<T> placeholder)
        {
            string pointer = JsonPointer.Index(Member(member), list.Count);
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetString(first?.Value, out string? a) && ConstantValues.TryGetString(second?.Value, out string? b))
            {
                list.Add(create(a, b));
                _state.Set(pointer + "/" + firstName, ChainReading.ArgumentLocation(call, first));
                _state.Set(pointer + "/" + secondName, ChainReading.ArgumentLocation(call, second));
            }
            else
            {
                list.Add(placeholder());
                _state.MarkUnknown(pointer);
            }
        }
    }
}
