using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Model;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Container calls with nested configuration: health check, Linux parameters, ulimits, system controls, resource
    /// requirements, restart policy and the list-valued Docker options. A value it cannot read marks only the member
    /// (or list element) it would have set as unknown.
    /// </summary>
    internal sealed partial class ContainerChainReader
    {
        /// <summary>Applies a call modelled here; false when the call is not one of them (or an overload it does not know).</summary>
        private bool TryApplyMore(IInvocationOperation call, IArgumentOperation? first, IArgumentOperation? second)
        {
            IMethodSymbol method = call.TargetMethod;
            switch (method.Name)
            {
                case "HealthCheck" when method.Parameters.Length == 1:
                    ReadHealthCheck(call, first);
                    return true;
                case "LinuxParameters" when method.Parameters.Length == 1:
                    ReadLinuxParameters(call, first);
                    return true;
                case "Ulimit" when method.Parameters.Length == 3:
                    {
                        List<Ulimit> list = _container.Ulimits ??= new List<Ulimit>();
                        string pointer = JsonPointer.Index(Member("ulimits"), list.Count);
                        var ulimit = new Ulimit();
                        list.Add(ulimit);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        IArgumentOperation? hard = ChainReading.Argument(call, 2);
                        if (ConstantValues.TryGetEnum(first?.Value, out UlimitName name) && ConstantValues.TryGetInt(second?.Value, out int soft) &&
                            ConstantValues.TryGetInt(hard?.Value, out int hardLimit))
                        {
                            ulimit.Name = name;
                            ulimit.SoftLimit = soft;
                            ulimit.HardLimit = hardLimit;
                            _state.Set(pointer + "/name", ChainReading.ArgumentLocation(call, first));
                            _state.Set(pointer + "/softLimit", ChainReading.ArgumentLocation(call, second));
                            _state.Set(pointer + "/hardLimit", ChainReading.ArgumentLocation(call, hard));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "SystemControl" when method.Parameters.Length == 2:
                    Pair(call, first, second, "systemControls", "namespace", "value", _container.SystemControls ??= new List<SystemControl>(),
                        (n, v) => new SystemControl { Namespace = n, Value = v }, () => new SystemControl());
                    return true;
                case "ResourceRequirement" when method.Parameters.Length == 2:
                    {
                        List<ResourceRequirement> list = _container.ResourceRequirements ??= new List<ResourceRequirement>();
                        string pointer = JsonPointer.Index(Member("resourceRequirements"), list.Count);
                        var requirement = new ResourceRequirement();
                        list.Add(requirement);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetEnum(first?.Value, out ResourceType type) && ConstantValues.TryGetString(second?.Value, out string? value))
                        {
                            requirement.Type = type;
                            requirement.Value = value;
                            _state.Set(pointer + "/type", ChainReading.ArgumentLocation(call, first));
                            _state.Set(pointer + "/value", ChainReading.ArgumentLocation(call, second));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "Gpu" when method.Parameters.Length == 1:
                    {
                        List<ResourceRequirement> list = _container.ResourceRequirements ??= new List<ResourceRequirement>();
                        string pointer = JsonPointer.Index(Member("resourceRequirements"), list.Count);
                        var requirement = new ResourceRequirement { Type = ResourceType.Gpu };
                        list.Add(requirement);
                        _state.Set(pointer, ChainReading.NameLocation(call));
                        _state.Set(pointer + "/type", ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetInt(first?.Value, out int count))
                        {
                            requirement.Value = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                            _state.Set(pointer + "/value", ChainReading.ArgumentLocation(call, first));
                        }
                        else
                        {
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "RestartPolicy" when method.Parameters.Length == 3:
                    ReadRestartPolicy(call, first, second, ChainReading.Argument(call, 2));
                    return true;
                case "DockerSecurityOptions" when method.Parameters.Length == 1:
                    AppendStrings(call, first, "dockerSecurityOptions", _container.DockerSecurityOptions ??= new List<string>());
                    return true;
                case "DnsServers" when method.Parameters.Length == 1:
                    AppendStrings(call, first, "dnsServers", _container.DnsServers ??= new List<string>());
                    return true;
                case "DnsSearchDomains" when method.Parameters.Length == 1:
                    AppendStrings(call, first, "dnsSearchDomains", _container.DnsSearchDomains ??= new List<string>());
                    return true;
                case "CredentialSpec" when method.Parameters.Length == 1:
                    {
                        List<string> list = _container.CredentialSpecs ??= new List<string>();
                        string pointer = JsonPointer.Index(Member("credentialSpecs"), list.Count);
                        if (ConstantValues.TryGetString(first?.Value, out string? spec) && spec != null)
                        {
                            list.Add(spec);
                            _state.Set(pointer, ChainReading.ArgumentLocation(call, first));
                        }
                        else
                        {
                            list.Add(string.Empty);
                            _state.MarkUnknown(pointer);
                        }

                        return true;
                    }

                case "ExtraHost" when method.Parameters.Length == 2:
                    SetOnce(Member("extraHosts"), ChainReading.NameLocation(call)); // the list as a whole: where its first entry is added
                    Pair(call, first, second, "extraHosts", "hostname", "ipAddress", _container.ExtraHosts ??= new List<HostEntry>(),
                        (n, v) => new HostEntry { Hostname = n, IpAddress = v }, () => new HostEntry());
                    return true;
                case "FireLensRouter" when method.Parameters.Length == 2:
                    ReadFireLensRouter(call, first, second);
                    return true;
                case "VersionConsistency" when method.Parameters.Length == 1:
                    if (ConstantValues.TryGetEnum(first?.Value, out VersionConsistency consistency))
                    {
                        _container.VersionConsistency = consistency;
                        _state.Set(Member("versionConsistency"), ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _container.VersionConsistency = null;
                        _state.MarkUnknown(Member("versionConsistency"));
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary><c>FireLensRouter(type, o =&gt; o.Option(name, value))</c>: the container's <c>firelensConfiguration</c>.</summary>
        private void ReadFireLensRouter(IInvocationOperation call, IArgumentOperation? type, IArgumentOperation? configure)
        {
            string pointer = Member("firelensConfiguration");
            var configuration = new FirelensConfiguration();
            _container.FirelensConfiguration = configuration;
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetEnum(type?.Value, out FirelensConfigurationType routerType))
            {
                configuration.Type = routerType;
                _state.Set(pointer + "/type", ChainReading.ArgumentLocation(call, type));
            }
            else
            {
                _state.MarkUnknown(pointer + "/type");
            }

            if (!ChainReading.TryReadConfigure(configure, _state, pointer + "/options", out List<IInvocationOperation>? calls))
            {
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? name = ChainReading.Argument(step, 0);
                IArgumentOperation? value = ChainReading.Argument(step, 1);
                if (step.TargetMethod.Name == "Option" && ConstantValues.TryGetString(name?.Value, out string? key) && key != null &&
                    ConstantValues.TryGetString(value?.Value, out string? text))
                {
                    (configuration.Options ??= new Dictionary<string, string>())[key] = text ?? string.Empty;
                    _state.Set(JsonPointer.Member(pointer + "/options", key), ChainReading.ArgumentLocation(step, value));
                }
                else
                {
                    _state.MarkUnknown(pointer + "/options");
                    return;
                }
            }
        }

        private void ReadHealthCheck(IInvocationOperation call, IArgumentOperation? configure)
        {
            string pointer = Member("healthCheck");
            var check = new HealthCheck();
            _container.HealthCheck = check;
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (!ChainReading.TryReadLambda(configure?.Value, out List<IInvocationOperation>? calls))
            {
                _state.MarkUnknown(pointer);
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                switch (step.TargetMethod.Name)
                {
                    case "Shell":
                        if (ConstantValues.TryGetString(first?.Value, out string? shell) && shell != null)
                        {
                            check.Command = new List<string> { "CMD-SHELL", shell };
                            _state.Set(pointer + "/command", ChainReading.ArgumentLocation(step, first));
                        }
                        else
                        {
                            check.Command = null;
                            _state.MarkUnknown(pointer + "/command");
                        }

                        break;
                    case "Exec":
                        if (ConstantValues.TryGetString(first?.Value, out string? executable) && executable != null &&
                            ConstantValues.TryGetStrings(ChainReading.Argument(step, 1)?.Value, out List<string>? arguments))
                        {
                            var command = new List<string> { "CMD", executable };
                            command.AddRange(arguments!);
                            check.Command = command;
                            _state.Set(pointer + "/command", ChainReading.ArgumentLocation(step, first));
                        }
                        else
                        {
                            check.Command = null;
                            _state.MarkUnknown(pointer + "/command");
                        }

                        break;
                    case "Command":
                        if (ConstantValues.TryGetStrings(first?.Value, out List<string>? elements))
                        {
                            check.Command = elements;
                            _state.Set(pointer + "/command", ChainReading.NameLocation(step));
                        }
                        else
                        {
                            check.Command = null;
                            _state.MarkUnknown(pointer + "/command");
                        }

                        break;
                    case "Interval":
                        check.Interval = NestedInt(step, first, pointer + "/interval");
                        break;
                    case "Timeout":
                        check.Timeout = NestedInt(step, first, pointer + "/timeout");
                        break;
                    case "Retries":
                        check.Retries = NestedInt(step, first, pointer + "/retries");
                        break;
                    case "StartPeriod":
                        check.StartPeriod = NestedInt(step, first, pointer + "/startPeriod");
                        break;
                    default:
                        _state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        private void ReadLinuxParameters(IInvocationOperation call, IArgumentOperation? configure)
        {
            string pointer = Member("linuxParameters");
            LinuxParameters parameters = _container.LinuxParameters ??= new LinuxParameters();
            if (!_state.TryGetLocation(pointer, out _))
            {
                _state.Set(pointer, ChainReading.NameLocation(call));
            }

            if (!ChainReading.TryReadLambda(configure?.Value, out List<IInvocationOperation>? calls))
            {
                _state.MarkUnknown(pointer);
                return;
            }

            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                IArgumentOperation? second = ChainReading.Argument(step, 1);
                switch (step.TargetMethod.Name)
                {
                    case "InitProcessEnabled":
                        if (ConstantValues.TryGetBool(first?.Value, out bool init))
                        {
                            parameters.InitProcessEnabled = init;
                            _state.Set(pointer + "/initProcessEnabled", ChainReading.ArgumentLocation(step, first));
                        }
                        else
                        {
                            parameters.InitProcessEnabled = null;
                            _state.MarkUnknown(pointer + "/initProcessEnabled");
                        }

                        break;
                    case "AddCapabilities":
                        AppendCapabilities(step, first, pointer + "/capabilities/add", (parameters.Capabilities ??= new KernelCapabilities()).Add ??= new List<string>());
                        break;
                    case "DropCapabilities":
                        AppendCapabilities(step, first, pointer + "/capabilities/drop", (parameters.Capabilities ??= new KernelCapabilities()).Drop ??= new List<string>());
                        break;
                    case "Device":
                        {
                            List<Device> devices = parameters.Devices ??= new List<Device>();
                            string device = JsonPointer.Index(pointer + "/devices", devices.Count);
                            var entry = new Device();
                            devices.Add(entry);
                            SetOnce(pointer + "/devices", ChainReading.NameLocation(step));
                            _state.Set(device, ChainReading.NameLocation(step));
                            string? containerPath = null;
                            if (ConstantValues.TryGetString(first?.Value, out string? hostPath) &&
                                (ChainReading.IsAbsent(second) || ConstantValues.TryGetString(second!.Value, out containerPath)) &&
                                TryGetPermissions(ChainReading.Argument(step, 2)?.Value, out List<DeviceCgroupPermission>? permissions))
                            {
                                entry.HostPath = hostPath;
                                entry.ContainerPath = containerPath;
                                entry.Permissions = permissions!.Count == 0 ? null : permissions;
                                _state.Set(device + "/hostPath", ChainReading.ArgumentLocation(step, first));
                                if (containerPath != null)
                                {
                                    _state.Set(device + "/containerPath", ChainReading.ArgumentLocation(step, second));
                                }
                            }
                            else
                            {
                                _state.MarkUnknown(device);
                            }

                            break;
                        }

                    case "Tmpfs":
                        {
                            List<Tmpfs> mounts = parameters.Tmpfs ??= new List<Tmpfs>();
                            string tmpfs = JsonPointer.Index(pointer + "/tmpfs", mounts.Count);
                            var entry = new Tmpfs();
                            mounts.Add(entry);
                            SetOnce(pointer + "/tmpfs", ChainReading.NameLocation(step));
                            _state.Set(tmpfs, ChainReading.NameLocation(step));
                            if (ConstantValues.TryGetString(first?.Value, out string? path) && ConstantValues.TryGetInt(second?.Value, out int size) &&
                                ConstantValues.TryGetStrings(ChainReading.Argument(step, 2)?.Value, out List<string>? options))
                            {
                                entry.ContainerPath = path;
                                entry.Size = size;
                                entry.MountOptions = options!.Count == 0 ? null : options;
                                _state.Set(tmpfs + "/containerPath", ChainReading.ArgumentLocation(step, first));
                                _state.Set(tmpfs + "/size", ChainReading.ArgumentLocation(step, second));
                            }
                            else
                            {
                                _state.MarkUnknown(tmpfs);
                            }

                            break;
                        }

                    case "SharedMemorySize":
                        parameters.SharedMemorySize = NestedInt(step, first, pointer + "/sharedMemorySize");
                        break;
                    case "MaxSwap":
                        parameters.MaxSwap = NestedInt(step, first, pointer + "/maxSwap");
                        break;
                    case "Swappiness":
                        parameters.Swappiness = NestedInt(step, first, pointer + "/swappiness");
                        break;
                    default:
                        _state.MarkUnknown(pointer);
                        return;
                }
            }
        }

        private void ReadRestartPolicy(IInvocationOperation call, IArgumentOperation? enabled, IArgumentOperation? period, IArgumentOperation? ignored)
        {
            string pointer = Member("restartPolicy");
            var policy = new ContainerRestartPolicy();
            _container.RestartPolicy = policy;
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetBool(enabled?.Value, out bool on))
            {
                policy.Enabled = on;
                _state.Set(pointer + "/enabled", ChainReading.ArgumentLocation(call, enabled));
            }
            else
            {
                _state.MarkUnknown(pointer + "/enabled");
            }

            if (!ChainReading.IsAbsent(period))
            {
                if (ConstantValues.TryGetNullableInt(period!.Value, out int seconds))
                {
                    policy.RestartAttemptPeriod = seconds;
                    _state.Set(pointer + "/restartAttemptPeriod", ChainReading.ArgumentLocation(call, period));
                }
                else
                {
                    _state.MarkUnknown(pointer + "/restartAttemptPeriod");
                }
            }

            if (!ChainReading.IsAbsent(ignored))
            {
                if (TryGetInts(ignored!.Value, out List<int>? codes))
                {
                    policy.IgnoredExitCodes = codes;
                    _state.Set(pointer + "/ignoredExitCodes", ChainReading.ArgumentLocation(call, ignored));
                }
                else
                {
                    _state.MarkUnknown(pointer + "/ignoredExitCodes");
                }
            }
        }

        private void SetOnce(string pointer, Location location)
        {
            if (!_state.TryGetLocation(pointer, out _))
            {
                _state.Set(pointer, location);
            }
        }

        private int? NestedInt(IInvocationOperation call, IArgumentOperation? argument, string pointer)
        {
            if (ConstantValues.TryGetInt(argument?.Value, out int value))
            {
                _state.Set(pointer, ChainReading.ArgumentLocation(call, argument));
                return value;
            }

            _state.MarkUnknown(pointer);
            return null;
        }

        private void AppendCapabilities(IInvocationOperation call, IArgumentOperation? argument, string pointer, List<string> list)
        {
            if (ConstantValues.TryGetStrings(argument?.Value, out List<string>? values))
            {
                SetElementLocations(pointer, list.Count, argument!.Value);
                list.AddRange(values!);
                _state.Set(pointer, ChainReading.NameLocation(call));
            }
            else
            {
                _state.MarkUnknown(pointer);
            }
        }

        private void AppendStrings(IInvocationOperation call, IArgumentOperation? argument, string member, List<string> list)
        {
            string pointer = Member(member);
            if (ConstantValues.TryGetStrings(argument?.Value, out List<string>? values))
            {
                SetElementLocations(pointer, list.Count, argument!.Value);
                list.AddRange(values!);
                _state.Set(pointer, ChainReading.NameLocation(call));
            }
            else
            {
                _state.MarkUnknown(pointer);
            }
        }

        /// <summary>Each element of a <c>params</c> array argument is the location of its list entry (from <paramref name="start"/> on).</summary>
        private void SetElementLocations(string pointer, int start, IOperation value)
        {
            if (ConstantValues.Unwrap(value) is IArrayCreationOperation { Initializer: { } initializer })
            {
                for (int k = 0; k < initializer.ElementValues.Length; k++)
                {
                    _state.Set(JsonPointer.Index(pointer, start + k), initializer.ElementValues[k].Syntax.GetLocation());
                }
            }
        }

        private static bool TryGetPermissions(IOperation? operation, out List<DeviceCgroupPermission>? permissions) =>
            ConstantValues.TryGetArray(operation, ConstantValues.TryGetEnum, out permissions);

        private static bool TryGetInts(IOperation operation, out List<int>? values) =>
            ConstantValues.TryGetArray(operation, ConstantValues.TryGetInt, out values);
    }
}
