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
    /// Builds the shared <see cref="TaskDefinition"/> model from a <c>TaskDefinitionBuilder</c> chain: each call with
    /// constant arguments sets what the runtime builder would set, and records where; a call or argument it cannot read
    /// marks what it could change as unknown.
    /// </summary>
    internal sealed class TaskDefinitionChainReader
    {
        private const string Containers = "/containerDefinitions";

        private readonly BuilderTypes _types;
        private readonly ChainState _state;
        private readonly TaskDefinition _model = new TaskDefinition();
        private readonly CancellationToken _cancellationToken;

        private TaskDefinitionChainReader(BuilderTypes types, Location root, CancellationToken cancellationToken)
        {
            _types = types;
            _state = new ChainState(root);
            _cancellationToken = cancellationToken;
        }

        public TaskDefinition Model => _model;

        public ChainState State => _state;

        /// <summary>The chain's start: <c>TaskDefinitionBuilder.Create(family)</c> or <c>new TaskDefinitionBuilder(family)</c>.</summary>
        public static bool IsRoot(IOperation operation, BuilderTypes types, out IOperation? family)
        {
            family = null;
            switch (operation)
            {
                case IInvocationOperation { Instance: null } invocation
                    when invocation.TargetMethod.Name == "Create" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder):
                    family = invocation.Arguments.Length == 1 ? invocation.Arguments[0].Value : null;
                    return true;
                case IObjectCreationOperation creation when BuilderTypes.Is(creation.Type, types.TaskDefinitionBuilder) && creation.Arguments.Length == 1:
                    family = creation.Arguments[0].Value;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The calls one method makes on a builder from <paramref name="root"/> on, and where the builder goes.</summary>
        public static ChainFragment Record(IOperation root, IOperation? family, IMethodSymbol? baseMethod, ISymbol owner, BuilderTypes types, CancellationToken cancellationToken)
        {
            var calls = new List<IInvocationOperation>();
            var scratch = new ChainState(root.Syntax.GetLocation());
            ChainReading.Follow(
                root,
                invocation => BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder) &&
                              BuilderTypes.Is(invocation.TargetMethod.ReturnType, types.TaskDefinitionBuilder),
                invocation => invocation.TargetMethod.Name == "Build" && BuilderTypes.Is(invocation.TargetMethod.ContainingType, types.TaskDefinitionBuilder),
                calls.Add,
                scratch,
                cancellationToken);
            return new ChainFragment(root, family, baseMethod, owner, calls, scratch.Unknown, scratch.Complete, scratch.End);
        }

        /// <summary>
        /// Fills the model from a whole definition: the fragment that creates the builder first, then the fragments that
        /// extend what the previous one returned, in order.
        /// </summary>
        public static TaskDefinitionChainReader Replay(IReadOnlyList<ChainFragment> fragments, bool complete, BuilderTypes types, CancellationToken cancellationToken)
        {
            ChainFragment first = fragments[0];
            var reader = new TaskDefinitionChainReader(types, first.Root.Syntax.GetLocation(), cancellationToken);
            if (first.BaseMethod != null)
            {
                reader._state.MarkUnknown(string.Empty); // built by code the analyzer cannot see
            }
            else if (ConstantValues.TryGetString(first.Family, out string? name))
            {
                reader._model.Family = name;
                reader._state.Set("/family", first.Family!.Syntax.GetLocation());
            }
            else
            {
                reader._state.MarkUnknown("/family");
            }

            foreach (ChainFragment fragment in fragments)
            {
                reader._state.AddUnknown(fragment.Unknown);
                foreach (IInvocationOperation call in fragment.Calls)
                {
                    reader.Apply(call);
                }
            }

            reader._state.Complete = complete;
            return reader;
        }

        private void Apply(IInvocationOperation call)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            IMethodSymbol method = call.TargetMethod;
            IArgumentOperation? first = ChainReading.Argument(call, 0);
            switch (method.Name)
            {
                case "Family":
                    SetString(call, first, "/family", v => _model.Family = v);
                    return;
                case "TaskRole":
                    SetString(call, first, "/taskRoleArn", v => _model.TaskRoleArn = v);
                    return;
                case "ExecutionRole":
                    SetString(call, first, "/executionRoleArn", v => _model.ExecutionRoleArn = v);
                    return;
                case "NetworkMode":
                    SetEnum<NetworkMode>(call, first, "/networkMode", v => _model.NetworkMode = v);
                    return;
                case "AwsVpc":
                    SetNetworkMode(call, NetworkMode.AwsVpc);
                    return;
                case "Bridge":
                    SetNetworkMode(call, NetworkMode.Bridge);
                    return;
                case "RequiresCompatibilities":
                    if (first != null && ConstantValues.Unwrap(first.Value) is IArrayCreationOperation { Initializer: { } initializer })
                    {
                        foreach (IOperation element in initializer.ElementValues)
                        {
                            if (ConstantValues.TryGetEnum(element, out Compatibility compatibility))
                            {
                                AddCompatibility(compatibility, element.Syntax.GetLocation());
                            }
                            else
                            {
                                _state.MarkUnknown("/requiresCompatibilities");
                            }
                        }
                    }
                    else
                    {
                        _state.MarkUnknown("/requiresCompatibilities");
                    }

                    return;
                case "Fargate":
                    AddCompatibility(Compatibility.Fargate, ChainReading.NameLocation(call));
                    if (_model.NetworkMode is null && !IsUnknown("/networkMode"))
                    {
                        SetNetworkMode(call, NetworkMode.AwsVpc);
                    }

                    if (first != null)
                    {
                        SetSize(call, first);
                    }

                    return;
                case "Ec2":
                    AddCompatibility(Compatibility.Ec2, ChainReading.NameLocation(call));
                    return;
                case "External":
                    AddCompatibility(Compatibility.External, ChainReading.NameLocation(call));
                    return;
                case "ManagedInstances":
                    AddCompatibility(Compatibility.ManagedInstances, ChainReading.NameLocation(call));
                    return;
                case "Size":
                    SetSize(call, first);
                    return;
                case "Cpu":
                    SetSizeString(call, first, "/cpu", v => _model.Cpu = v);
                    return;
                case "Memory":
                    SetSizeString(call, first, "/memory", v => _model.Memory = v);
                    return;
                case "Container":
                    AddContainer(call);
                    return;
                case "Volume" when method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String:
                    AddVolume(call, first);
                    return;
                case "EphemeralStorage":
                    if (ConstantValues.TryGetInt(first?.Value, out int size))
                    {
                        _model.EphemeralStorage = new EphemeralStorage { SizeInGiB = size };
                        _state.Set("/ephemeralStorage", ChainReading.NameLocation(call));
                        _state.Set("/ephemeralStorage/sizeInGiB", ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _state.MarkUnknown("/ephemeralStorage");
                    }

                    return;
                case "RuntimePlatform":
                    IArgumentOperation? architecture = ChainReading.Argument(call, 1);
                    if (ConstantValues.TryGetEnum(first?.Value, out OperatingSystemFamily family) &&
                        (ChainReading.IsAbsent(architecture) || ConstantValues.TryGetEnum(architecture!.Value, out CpuArchitecture _)))
                    {
                        CpuArchitecture? cpu = null;
                        if (!ChainReading.IsAbsent(architecture) && ConstantValues.TryGetEnum(architecture!.Value, out CpuArchitecture known))
                        {
                            cpu = known;
                        }

                        _model.RuntimePlatform = new RuntimePlatform { OperatingSystemFamily = family, CpuArchitecture = cpu };
                        _state.Set("/runtimePlatform", ChainReading.NameLocation(call));
                        _state.Set("/runtimePlatform/operatingSystemFamily", ChainReading.ArgumentLocation(call, first));
                        if (cpu != null)
                        {
                            _state.Set("/runtimePlatform/cpuArchitecture", ChainReading.ArgumentLocation(call, architecture));
                        }
                    }
                    else
                    {
                        _state.MarkUnknown("/runtimePlatform");
                    }

                    return;
                case "CpuArchitecture":
                    if (ConstantValues.TryGetEnum(first?.Value, out CpuArchitecture cpuArchitecture))
                    {
                        (_model.RuntimePlatform ??= new RuntimePlatform()).CpuArchitecture = cpuArchitecture;
                        _state.Set("/runtimePlatform/cpuArchitecture", ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _state.MarkUnknown("/runtimePlatform/cpuArchitecture");
                    }

                    return;
                case "PidMode":
                    SetEnum<PidMode>(call, first, "/pidMode", v => _model.PidMode = v);
                    return;
                case "IpcMode":
                    SetEnum<IpcMode>(call, first, "/ipcMode", v => _model.IpcMode = v);
                    return;
                case "Tag" when method.Parameters.Length == 2:
                    IArgumentOperation? tagValue = ChainReading.Argument(call, 1);
                    int tag = _model.Tags?.Count ?? 0;
                    string tagPointer = JsonPointer.Index("/tags", tag);
                    _state.Set(tagPointer, ChainReading.NameLocation(call));
                    if (ConstantValues.TryGetString(first?.Value, out string? key) && ConstantValues.TryGetString(tagValue?.Value, out string? value))
                    {
                        (_model.Tags ??= new List<Tag>()).Add(new Tag { Key = key, Value = value });
                        _state.Set(tagPointer + "/key", ChainReading.ArgumentLocation(call, first));
                        _state.Set(tagPointer + "/value", ChainReading.ArgumentLocation(call, tagValue));
                    }
                    else
                    {
                        (_model.Tags ??= new List<Tag>()).Add(new Tag());
                        _state.MarkUnknown(tagPointer);
                    }

                    return;
                case "PlacementConstraint":
                    int index = _model.PlacementConstraints?.Count ?? 0;
                    string pointer = JsonPointer.Index("/placementConstraints", index);
                    var constraint = new TaskDefinitionPlacementConstraint { Type = TaskDefinitionPlacementConstraintType.MemberOf };
                    (_model.PlacementConstraints ??= new List<TaskDefinitionPlacementConstraint>()).Add(constraint);
                    _state.Set(pointer, ChainReading.NameLocation(call));
                    _state.Set(pointer + "/type", ChainReading.NameLocation(call));
                    if (ConstantValues.TryGetString(first?.Value, out string? expression))
                    {
                        constraint.Expression = expression;
                        _state.Set(pointer + "/expression", ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _state.MarkUnknown(pointer);
                    }

                    return;
                case "InferenceAccelerator" when method.Parameters.Length == 2:
                    {
                        List<InferenceAccelerator> accelerators = _model.InferenceAccelerators ??= new List<InferenceAccelerator>();
                        string at = JsonPointer.Index("/inferenceAccelerators", accelerators.Count);
                        var accelerator = new InferenceAccelerator();
                        accelerators.Add(accelerator);
                        if (!_state.TryGetLocation("/inferenceAccelerators", out _))
                        {
                            _state.Set("/inferenceAccelerators", ChainReading.NameLocation(call));
                        }

                        _state.Set(at, ChainReading.NameLocation(call));
                        IArgumentOperation? deviceType = ChainReading.Argument(call, 1);
                        if (ConstantValues.TryGetString(first?.Value, out string? deviceName) && ConstantValues.TryGetString(deviceType?.Value, out string? type))
                        {
                            accelerator.DeviceName = deviceName;
                            accelerator.DeviceType = type;
                            _state.Set(at + "/deviceName", ChainReading.ArgumentLocation(call, first));
                            _state.Set(at + "/deviceType", ChainReading.ArgumentLocation(call, deviceType));
                        }
                        else
                        {
                            _state.MarkUnknown(at);
                        }

                        return;
                    }

                case "InferenceAccelerator":
                    _state.MarkUnknown("/inferenceAccelerators");
                    return;
                case "EnableFaultInjection":
                    if (ConstantValues.TryGetBool(first?.Value, out bool enabled))
                    {
                        _model.EnableFaultInjection = enabled;
                        _state.Set("/enableFaultInjection", ChainReading.ArgumentLocation(call, first));
                    }
                    else
                    {
                        _state.MarkUnknown("/enableFaultInjection");
                    }

                    return;
                case "HostVolume" when method.Parameters.Length == 2:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        IArgumentOperation? path = ChainReading.Argument(call, 1);
                        volume.Host = new HostVolumeProperties();
                        _state.Set(at + "/host", ChainReading.ArgumentLocation(call, path));
                        if (ConstantValues.TryGetString(path?.Value, out string? sourcePath))
                        {
                            volume.Host.SourcePath = sourcePath;
                            _state.Set(at + "/host/sourcePath", ChainReading.ArgumentLocation(call, path));
                        }
                        else
                        {
                            _state.MarkUnknown(at + "/host");
                        }

                        return;
                    }

                case "DockerVolume" when method.Parameters.Length == 2:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        volume.DockerVolumeConfiguration = new DockerVolumeConfiguration();
                        VolumeReaders.Docker(volume.DockerVolumeConfiguration, at + "/dockerVolumeConfiguration", call, ChainReading.Argument(call, 1), _state);
                        return;
                    }

                case "EfsVolume" when method.Parameters.Length == 3:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        var efs = new EfsVolumeConfiguration();
                        volume.EfsVolumeConfiguration = efs;
                        VolumeReaders.Efs(efs, at + "/efsVolumeConfiguration", call, ChainReading.Argument(call, 1), ChainReading.Argument(call, 2), _state);
                        return;
                    }

                case "S3FilesVolume" when method.Parameters.Length == 3:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        var s3 = new S3FilesVolumeConfiguration();
                        volume.S3FilesVolumeConfiguration = s3;
                        VolumeReaders.S3Files(s3, at + "/s3filesVolumeConfiguration", call, ChainReading.Argument(call, 1), ChainReading.Argument(call, 2), _state);
                        return;
                    }

                case "FsxWindowsVolume" when method.Parameters.Length == 5:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        string fsx = at + "/fsxWindowsFileServerVolumeConfiguration";
                        _state.Set(fsx, ChainReading.NameLocation(call));
                        if (ConstantValues.TryGetString(ChainReading.Argument(call, 1)?.Value, out string? fileSystemId) &&
                            ConstantValues.TryGetString(ChainReading.Argument(call, 2)?.Value, out string? rootDirectory) &&
                            ConstantValues.TryGetString(ChainReading.Argument(call, 3)?.Value, out string? credentials) &&
                            ConstantValues.TryGetString(ChainReading.Argument(call, 4)?.Value, out string? domain))
                        {
                            volume.FsxWindowsFileServerVolumeConfiguration = new FsxWindowsFileServerVolumeConfiguration
                            {
                                FileSystemId = fileSystemId,
                                RootDirectory = rootDirectory,
                                AuthorizationConfig = new FsxWindowsFileServerAuthorizationConfig { CredentialsParameter = credentials, Domain = domain },
                            };
                            _state.Set(fsx + "/fileSystemId", ChainReading.ArgumentLocation(call, ChainReading.Argument(call, 1)));
                            _state.Set(fsx + "/rootDirectory", ChainReading.ArgumentLocation(call, ChainReading.Argument(call, 2)));
                            _state.Set(fsx + "/authorizationConfig/credentialsParameter", ChainReading.ArgumentLocation(call, ChainReading.Argument(call, 3)));
                            _state.Set(fsx + "/authorizationConfig/domain", ChainReading.ArgumentLocation(call, ChainReading.Argument(call, 4)));
                        }
                        else
                        {
                            volume.FsxWindowsFileServerVolumeConfiguration = new FsxWindowsFileServerVolumeConfiguration();
                            _state.MarkUnknown(fsx);
                        }

                        return;
                    }

                case "ConfiguredAtLaunchVolume" when method.Parameters.Length == 1:
                    {
                        (Volume volume, string at) = NewVolume(call, first);
                        volume.ConfiguredAtLaunch = true;
                        _state.Set(at + "/configuredAtLaunch", ChainReading.NameLocation(call));
                        return;
                    }

                case "Volume":
                case "HostVolume":
                case "DockerVolume":
                case "EfsVolume":
                case "FsxWindowsVolume":
                case "S3FilesVolume":
                case "ConfiguredAtLaunchVolume":
                    // Volume(Volume) or an overload this analyzer does not know: the volume list itself is unknown.
                    (_model.Volumes ??= new List<Volume>()).Add(new Volume());
                    _state.Set(JsonPointer.Volume(_model.Volumes.Count - 1), ChainReading.NameLocation(call));
                    _state.MarkUnknown("/volumes");
                    return;
                case "AppMeshProxy" when method.Parameters.Length == 2:
                    ReadProxy(call, first, ChainReading.Argument(call, 1));
                    return;
                case "AppMeshProxy":
                    _state.MarkUnknown("/proxyConfiguration");
                    return;
                case "Tags":
                    _state.MarkUnknown("/tags");
                    return;
                default:
                    // Configure(...) or a method this analyzer does not know: anything may have changed.
                    _state.MarkUnknown(string.Empty);
                    return;
            }
        }

        private bool IsUnknown(string pointer)
        {
            foreach (string unknown in _state.Unknown)
            {
                if (ChainState.Overlaps(unknown, pointer))
                {
                    return true;
                }
            }

            return false;
        }

        private void SetNetworkMode(IInvocationOperation call, NetworkMode mode)
        {
            _model.NetworkMode = mode;
            _state.Set("/networkMode", ChainReading.NameLocation(call));
        }

        private void AddCompatibility(Compatibility compatibility, Location location)
        {
            List<Compatibility> list = _model.RequiresCompatibilities ??= new List<Compatibility>();
            if (!list.Contains(compatibility))
            {
                list.Add(compatibility);
                _state.Set(JsonPointer.Index("/requiresCompatibilities", list.Count - 1), location);
            }

            if (!_state.TryGetLocation("/requiresCompatibilities", out _))
            {
                _state.Set("/requiresCompatibilities", location);
            }
        }

        private void SetSize(IInvocationOperation call, IArgumentOperation? argument)
        {
            if (ConstantValues.TryGetFargateSize(argument?.Value, _types, out int cpu, out int memory))
            {
                _model.Cpu = cpu.ToString(CultureInfo.InvariantCulture);
                _model.Memory = memory.ToString(CultureInfo.InvariantCulture);
                Location location = ChainReading.ArgumentLocation(call, argument);
                _state.Set("/cpu", location);
                _state.Set("/memory", location);
            }
            else
            {
                _state.MarkUnknown("/cpu");
                _state.MarkUnknown("/memory");
            }
        }

        private void SetSizeString(IInvocationOperation call, IArgumentOperation? argument, string pointer, System.Action<string?> set)
        {
            if (ConstantValues.TryGetString(argument?.Value, out string? text))
            {
                set(text);
            }
            else if (ConstantValues.TryGetInt(argument?.Value, out int number))
            {
                set(number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                _state.MarkUnknown(pointer);
                return;
            }

            _state.Set(pointer, ChainReading.ArgumentLocation(call, argument));
        }

        private void SetString(IInvocationOperation call, IArgumentOperation? argument, string pointer, System.Action<string?> set)
        {
            if (ConstantValues.TryGetString(argument?.Value, out string? text))
            {
                set(text);
                _state.Set(pointer, ChainReading.ArgumentLocation(call, argument));
            }
            else
            {
                _state.MarkUnknown(pointer);
            }
        }

        private void SetEnum<T>(IInvocationOperation call, IArgumentOperation? argument, string pointer, System.Action<T> set)
            where T : struct
        {
            if (ConstantValues.TryGetEnum(argument?.Value, out T value))
            {
                set(value);
                _state.Set(pointer, ChainReading.ArgumentLocation(call, argument));
            }
            else
            {
                _state.MarkUnknown(pointer);
            }
        }

        private void AddVolume(IInvocationOperation call, IArgumentOperation? name) => NewVolume(call, name);

        /// <summary>Adds a volume named by <paramref name="name"/>; a name it cannot read makes the whole volume unknown.</summary>
        private (Volume Volume, string Pointer) NewVolume(IInvocationOperation call, IArgumentOperation? name)
        {
            List<Volume> volumes = _model.Volumes ??= new List<Volume>();
            string pointer = JsonPointer.Volume(volumes.Count);
            var volume = new Volume();
            volumes.Add(volume);
            _state.Set(pointer, ChainReading.NameLocation(call));
            if (ConstantValues.TryGetString(name?.Value, out string? text))
            {
                volume.Name = text;
                _state.Set(pointer + "/name", ChainReading.ArgumentLocation(call, name));
            }
            else
            {
                _state.MarkUnknown(pointer);
            }

            return (volume, pointer);
        }

        /// <summary><c>AppMeshProxy(containerName, p =&gt; p.AppPorts(8080).IgnoredUid(1337)…)</c>: type APPMESH and its properties.</summary>
        private void ReadProxy(IInvocationOperation call, IArgumentOperation? containerName, IArgumentOperation? configure)
        {
            const string pointer = "/proxyConfiguration";
            var proxy = new ProxyConfiguration { Type = ProxyConfigurationType.AppMesh };
            _model.ProxyConfiguration = proxy;
            _state.Set(pointer, ChainReading.NameLocation(call));
            _state.Set(pointer + "/type", ChainReading.NameLocation(call));
            if (ConstantValues.TryGetString(containerName?.Value, out string? name))
            {
                proxy.ContainerName = name;
                _state.Set(pointer + "/containerName", ChainReading.ArgumentLocation(call, containerName));
            }
            else
            {
                _state.MarkUnknown(pointer + "/containerName");
            }

            if (!ChainReading.TryReadLambda(configure?.Value, out List<IInvocationOperation>? calls))
            {
                _state.MarkUnknown(pointer + "/properties");
                return;
            }

            var properties = new List<NameValuePair>();
            foreach (IInvocationOperation step in calls!)
            {
                IArgumentOperation? first = ChainReading.Argument(step, 0);
                string? property = step.TargetMethod.Name switch
                {
                    "IgnoredUid" => "IgnoredUID",
                    "IgnoredGid" => "IgnoredGID",
                    "AppPorts" => "AppPorts",
                    "ProxyIngressPort" => "ProxyIngressPort",
                    "ProxyEgressPort" => "ProxyEgressPort",
                    "EgressIgnoredPorts" => "EgressIgnoredPorts",
                    "EgressIgnoredIps" => "EgressIgnoredIPs",
                    _ => null,
                };
                string? value = null;
                bool known = step.TargetMethod.Name switch
                {
                    "Property" => ConstantValues.TryGetString(first?.Value, out property) && property != null &&
                                  ConstantValues.TryGetString(ChainReading.Argument(step, 1)?.Value, out value),
                    "IgnoredUid" or "IgnoredGid" or "ProxyIngressPort" or "ProxyEgressPort" => TryGetIntText(first, out value),
                    "AppPorts" or "EgressIgnoredPorts" => TryGetIntList(first, out value),
                    "EgressIgnoredIps" => TryGetStringList(first, out value),
                    _ => false,
                };
                if (!known || property is null)
                {
                    // An unreadable value still adds a property, but which one and its value are unknown.
                    _state.MarkUnknown(pointer + "/properties");
                    return;
                }

                _state.Set(JsonPointer.Index(pointer + "/properties", properties.Count), ChainReading.NameLocation(step));
                properties.Add(new NameValuePair { Name = property, Value = value });
            }

            proxy.Properties = properties.Count == 0 ? null : properties;
            _state.Set(pointer + "/properties", ChainReading.NameLocation(call));
        }

        private static bool TryGetIntText(IArgumentOperation? argument, out string? text)
        {
            text = null;
            if (!ConstantValues.TryGetInt(argument?.Value, out int number))
            {
                return false;
            }

            text = number.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        private static bool TryGetIntList(IArgumentOperation? argument, out string? text)
        {
            text = null;
            if (argument is null || !(ConstantValues.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer }))
            {
                return false;
            }

            var parts = new List<string>();
            foreach (IOperation element in initializer.ElementValues)
            {
                if (!ConstantValues.TryGetInt(element, out int number))
                {
                    return false;
                }

                parts.Add(number.ToString(CultureInfo.InvariantCulture));
            }

            text = string.Join(",", parts);
            return true;
        }

        private static bool TryGetStringList(IArgumentOperation? argument, out string? text)
        {
            text = null;
            if (!ConstantValues.TryGetStrings(argument?.Value, out List<string>? values))
            {
                return false;
            }

            text = string.Join(",", values!);
            return true;
        }

        private void AddContainer(IInvocationOperation call)
        {
            List<ContainerDefinition> containers = _model.ContainerDefinitions ??= new List<ContainerDefinition>();
            int index = containers.Count;
            string pointer = JsonPointer.Container(index);
            var container = new ContainerDefinition();
            containers.Add(container);

            IArgumentOperation? name = ChainReading.Argument(call, "name");
            IArgumentOperation? configure = ChainReading.Argument(call, "configure");
            if (name is null || configure is null)
            {
                // Container(ContainerDefinition): a container the analyzer cannot see into.
                _state.Set(pointer, ChainReading.NameLocation(call));
                _state.MarkUnknown(pointer);
                return;
            }

            _state.Set(pointer, ChainReading.ArgumentLocation(call, name));
            if (ConstantValues.TryGetString(name.Value, out string? text))
            {
                container.Name = text;
                _state.Set(pointer + "/name", ChainReading.ArgumentLocation(call, name));
            }
            else
            {
                _state.MarkUnknown(pointer + "/name");
            }

            if (!ChainReading.TryReadLambda(configure.Value, out List<IInvocationOperation>? calls))
            {
                _state.MarkUnknown(pointer);
                return;
            }

            var reader = new ContainerChainReader(container, pointer, _state, _cancellationToken);
            foreach (IInvocationOperation containerCall in calls!)
            {
                if (!BuilderTypes.Is(containerCall.TargetMethod.ContainingType, _types.ContainerBuilder) || !reader.Apply(containerCall))
                {
                    _state.MarkUnknown(pointer);
                    return;
                }
            }
        }
    }
}
