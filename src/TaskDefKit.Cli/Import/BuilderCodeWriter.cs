using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TaskDefKit.Builders;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Cli.Import
{
    /// <summary>
    /// A task definition as <see cref="TaskDefinitionBuilder"/> code: the builder's own methods where one says exactly
    /// what the model holds (<c>.Fargate(FargateSize.Cpu256.Memory512)</c> for a valid pair, <c>.AwsLogs(…)</c>,
    /// <c>.Secret(…)</c>, <c>.Port(80)</c>, <c>.MountPoint(…)</c> …), and <c>.Configure(…)</c> with an object initializer
    /// for the rest, so every member read is written back. A method is used only when what it sets is exactly the
    /// member's value (for example <c>.MountPoint</c> cannot say <c>readOnly: false</c>, so such a list is an initializer).
    /// </summary>
    internal sealed class BuilderCodeWriter
    {
        private const int ChainIndent = 12;

        private readonly StringBuilder _chain = new StringBuilder();

        /// <summary>The builder expression, from <c>TaskDefinitionBuilder.Create(…)</c> to <c>.Build()</c>, indented for a property body.</summary>
        public static string Expression(TaskDefinition definition)
        {
            var writer = new BuilderCodeWriter();
            writer.WriteTask(definition);
            return "TaskDefinitionBuilder.Create(" + CSharpValues.String(definition.Family ?? string.Empty) + ")" + writer._chain + "\n" + new string(' ', ChainIndent) + ".Build()";
        }

        private void Call(string call, int indent = ChainIndent) => _chain.Append('\n').Append(' ', indent).Append('.').Append(call);

        private void WriteTask(TaskDefinition td)
        {
            if (td.Family is null)
            {
                Call("Configure(td => td.Family = null)");
            }

            if (td.TaskRoleArn != null)
            {
                Call("TaskRole(" + CSharpValues.String(td.TaskRoleArn) + ")");
            }

            if (td.ExecutionRoleArn != null)
            {
                Call("ExecutionRole(" + CSharpValues.String(td.ExecutionRoleArn) + ")");
            }

            WriteLaunch(td);
            foreach (ContainerDefinition? container in td.ContainerDefinitions ?? new List<ContainerDefinition>())
            {
                WriteContainer(container);
            }

            if (td.ContainerDefinitions is { Count: 0 })
            {
                Configure("td", TaskDefinition.Schema, td, "containerDefinitions");
            }

            WriteVolumes(td);
            WritePlacementConstraints(td);
            if (td.Tags != null && td.Tags.TrueForAll(t => t != null && t.Key != null && t.Value != null && t.AdditionalMembers is null))
            {
                td.Tags.ForEach(t => Call("Tag(" + CSharpValues.String(t.Key) + ", " + CSharpValues.String(t.Value) + ")"));
            }
            else if (td.Tags != null)
            {
                Configure("td", TaskDefinition.Schema, td, "tags");
            }

            if (td.PidMode != null)
            {
                Call("PidMode(" + CSharpValues.Enum(td.PidMode) + ")");
            }

            if (td.IpcMode != null)
            {
                Call("IpcMode(" + CSharpValues.Enum(td.IpcMode) + ")");
            }

            WriteProxy(td);
            if (td.InferenceAccelerators != null && td.InferenceAccelerators.TrueForAll(a => a != null && a.DeviceName != null && a.DeviceType != null && a.AdditionalMembers is null))
            {
                td.InferenceAccelerators.ForEach(a => Call("InferenceAccelerator(" + CSharpValues.String(a.DeviceName) + ", " + CSharpValues.String(a.DeviceType) + ")"));
            }
            else if (td.InferenceAccelerators != null)
            {
                Configure("td", TaskDefinition.Schema, td, "inferenceAccelerators");
            }

            if (td.EphemeralStorage is { SizeInGiB: int size, AdditionalMembers: null })
            {
                Call("EphemeralStorage(" + CSharpValues.Int(size) + ")");
            }
            else if (td.EphemeralStorage != null)
            {
                Configure("td", TaskDefinition.Schema, td, "ephemeralStorage");
            }

            if (td.RuntimePlatform is { OperatingSystemFamily: OperatingSystemFamily family, AdditionalMembers: null } platform)
            {
                Call("RuntimePlatform(" + CSharpValues.Enum(family) + (platform.CpuArchitecture is null ? string.Empty : ", " + CSharpValues.Enum(platform.CpuArchitecture)) + ")");
            }
            else if (td.RuntimePlatform != null)
            {
                Configure("td", TaskDefinition.Schema, td, "runtimePlatform");
            }

            if (td.EnableFaultInjection is bool fault)
            {
                Call(fault ? "EnableFaultInjection()" : "EnableFaultInjection(false)");
            }

            if (td.AdditionalMembers is { Count: > 0 })
            {
                Call("Configure(td => td.AdditionalMembers = " + CSharpValues.AdditionalMembers(td.AdditionalMembers, ChainIndent) + ")");
            }
        }

        /// <summary>Launch type, network mode and size: <c>.Fargate(FargateSize…)</c> when that is exactly what the definition says.</summary>
        private void WriteLaunch(TaskDefinition td)
        {
            FargateSize? size = null;
            bool validPair = int.TryParse(td.Cpu, NumberStyles.None, CultureInfo.InvariantCulture, out int cpu) &&
                             int.TryParse(td.Memory, NumberStyles.None, CultureInfo.InvariantCulture, out int memory) &&
                             FargateSize.TryCreate(cpu, memory, out size) && size!.Cpu == td.Cpu && size.Memory == td.Memory;
            string sizeText = validPair ? "FargateSize.Cpu" + size!.Cpu + ".Memory" + size.Memory : string.Empty;
            bool fargateOnly = td.RequiresCompatibilities is { Count: 1 } list && list[0] == Compatibility.Fargate;
            if (fargateOnly && td.NetworkMode == NetworkMode.AwsVpc)
            {
                // .Fargate() requires FARGATE and sets awsvpc: exactly this definition's launch settings.
                Call(validPair ? "Fargate(" + sizeText + ")" : "Fargate()");
            }
            else
            {
                if (td.RequiresCompatibilities != null && Distinct(td.RequiresCompatibilities))
                {
                    var values = td.RequiresCompatibilities.ConvertAll(c => CSharpValues.Enum(c));
                    Call("RequiresCompatibilities(" + string.Join(", ", values) + ")");
                }
                else if (td.RequiresCompatibilities != null)
                {
                    Configure("td", TaskDefinition.Schema, td, "requiresCompatibilities");
                }

                if (td.NetworkMode != null)
                {
                    Call(td.NetworkMode == NetworkMode.AwsVpc ? "AwsVpc()" : td.NetworkMode == NetworkMode.Bridge ? "Bridge()" : "NetworkMode(" + CSharpValues.Enum(td.NetworkMode) + ")");
                }

                if (validPair)
                {
                    Call("Size(" + sizeText + ")");
                }
            }

            if (!validPair && td.Cpu != null)
            {
                Call("Cpu(" + CSharpValues.String(td.Cpu) + ")");
            }

            if (!validPair && td.Memory != null)
            {
                Call("Memory(" + CSharpValues.String(td.Memory) + ")");
            }
        }

        private static bool Distinct(List<Compatibility> values)
        {
            for (int i = 0; i < values.Count; i++)
            {
                for (int j = i + 1; j < values.Count; j++)
                {
                    if (values[i] == values[j])
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void WriteVolumes(TaskDefinition td)
        {
            if (td.Volumes is null)
            {
                return;
            }

            if (td.Volumes.Count == 0 || td.Volumes.Exists(v => v is null))
            {
                Configure("td", TaskDefinition.Schema, td, "volumes");
                return;
            }

            foreach (Volume volume in td.Volumes)
            {
                bool onlyName = volume.Name != null && volume.Host is null && volume.DockerVolumeConfiguration is null && volume.EfsVolumeConfiguration is null &&
                                volume.FsxWindowsFileServerVolumeConfiguration is null && volume.S3FilesVolumeConfiguration is null && volume.ConfiguredAtLaunch is null && volume.AdditionalMembers is null;
                if (onlyName)
                {
                    Call("Volume(" + CSharpValues.String(volume.Name) + ")");
                }
                else if (volume.Name != null && volume.Host is { SourcePath: string path, AdditionalMembers: null } && volume.DockerVolumeConfiguration is null && volume.EfsVolumeConfiguration is null &&
                         volume.FsxWindowsFileServerVolumeConfiguration is null && volume.S3FilesVolumeConfiguration is null && volume.ConfiguredAtLaunch is null && volume.AdditionalMembers is null)
                {
                    Call("HostVolume(" + CSharpValues.String(volume.Name) + ", " + CSharpValues.String(path) + ")");
                }
                else
                {
                    Call("Volume(" + CSharpValues.Object(volume, Volume.Schema, ChainIndent) + ")");
                }
            }
        }

        private void WritePlacementConstraints(TaskDefinition td)
        {
            if (td.PlacementConstraints is null)
            {
                return;
            }

            if (td.PlacementConstraints.Count > 0 && td.PlacementConstraints.TrueForAll(p => p != null && p.Type == TaskDefinitionPlacementConstraintType.MemberOf && p.Expression != null && p.AdditionalMembers is null))
            {
                td.PlacementConstraints.ForEach(p => Call("PlacementConstraint(" + CSharpValues.String(p.Expression) + ")"));
            }
            else
            {
                Configure("td", TaskDefinition.Schema, td, "placementConstraints");
            }
        }

        private void WriteProxy(TaskDefinition td)
        {
            ProxyConfiguration? proxy = td.ProxyConfiguration;
            if (proxy is null)
            {
                return;
            }

            if (proxy.Type == ProxyConfigurationType.AppMesh && proxy.ContainerName != null && proxy.AdditionalMembers is null &&
                (proxy.Properties is null || proxy.Properties.TrueForAll(p => p != null && p.Name != null && p.Value != null && p.AdditionalMembers is null)))
            {
                var properties = new StringBuilder("proxy => proxy");
                foreach (NameValuePair property in proxy.Properties ?? new List<NameValuePair>())
                {
                    properties.Append('\n').Append(' ', ChainIndent + 4).Append(".Property(").Append(CSharpValues.String(property.Name)).Append(", ").Append(CSharpValues.String(property.Value)).Append(')');
                }

                Call("AppMeshProxy(" + CSharpValues.String(proxy.ContainerName) + ", " + properties + ")");
                return;
            }

            Configure("td", TaskDefinition.Schema, td, "proxyConfiguration");
        }

        /// <summary><c>.Configure(x => x.Member = value)</c>: the builder has no method that says exactly this value.</summary>
        private void Configure(string variable, ClassSchema schema, object owner, string jsonName, int indent = ChainIndent)
        {
            MemberSchema member = schema.Find(jsonName)!;
            Call("Configure(" + variable + " => " + variable + "." + CSharpValues.PropertyName(schema, member) + " = " + CSharpValues.Value(member, member.Kind, member.Get(owner), indent) + ")", indent);
        }

        private void WriteContainer(ContainerDefinition? container)
        {
            if (container is null || container.Name is null)
            {
                Call("Container(" + (container is null ? "null!" : CSharpValues.Object(container, ContainerDefinition.Schema, ChainIndent)) + ")");
                return;
            }

            _chain.Append('\n').Append(' ', ChainIndent).Append(".Container(").Append(CSharpValues.String(container.Name)).Append(", c => c");
            new ContainerCalls(this, container).Write();
            _chain.Append(')');
        }

        /// <summary>The calls on one container's builder, each on its own line under <c>.Container(…, c => c</c>.</summary>
        private sealed class ContainerCalls
        {
            private const int Indent = ChainIndent + 4;

            private readonly BuilderCodeWriter _writer;
            private readonly ContainerDefinition _c;

            public ContainerCalls(BuilderCodeWriter writer, ContainerDefinition container)
            {
                _writer = writer;
                _c = container;
            }

            private void Call(string call) => _writer.Call(call, Indent);

            private void Configure(string jsonName) => _writer.Configure("c", ContainerDefinition.Schema, _c, jsonName, Indent);

            public void Write()
            {
                foreach (MemberSchema member in ContainerDefinition.Schema.Members)
                {
                    if (member.JsonName != "name" && member.Get(_c) != null)
                    {
                        Member(member.JsonName);
                    }
                }

                if (_c.AdditionalMembers is { Count: > 0 })
                {
                    Call("Configure(c => c.AdditionalMembers = " + CSharpValues.AdditionalMembers(_c.AdditionalMembers, Indent) + ")");
                }
            }

            private void Member(string name)
            {
                switch (name)
                {
                    case "image": Call("Image(" + CSharpValues.String(_c.Image) + ")"); break;
                    case "cpu": Call("Cpu(" + CSharpValues.Int(_c.Cpu!.Value) + ")"); break;
                    case "memory": Call("Memory(" + CSharpValues.Int(_c.Memory!.Value) + ")"); break;
                    case "memoryReservation": Call("MemoryReservation(" + CSharpValues.Int(_c.MemoryReservation!.Value) + ")"); break;
                    case "essential": Call(_c.Essential == true ? "Essential()" : "Essential(false)"); break;
                    case "user": Call("User(" + CSharpValues.String(_c.User) + ")"); break;
                    case "workingDirectory": Call("WorkingDirectory(" + CSharpValues.String(_c.WorkingDirectory) + ")"); break;
                    case "hostname": Call("Hostname(" + CSharpValues.String(_c.Hostname) + ")"); break;
                    case "startTimeout": Call("StartTimeout(" + CSharpValues.Int(_c.StartTimeout!.Value) + ")"); break;
                    case "stopTimeout": Call("StopTimeout(" + CSharpValues.Int(_c.StopTimeout!.Value) + ")"); break;
                    case "versionConsistency": Call("VersionConsistency(" + CSharpValues.Enum(_c.VersionConsistency!) + ")"); break;
                    case "disableNetworking": Flag("DisableNetworking", _c.DisableNetworking!.Value); break;
                    case "privileged": Flag("Privileged", _c.Privileged!.Value); break;
                    case "readonlyRootFilesystem": Flag("ReadonlyRootFilesystem", _c.ReadonlyRootFilesystem!.Value); break;
                    case "interactive": Flag("Interactive", _c.Interactive!.Value); break;
                    case "pseudoTerminal": Flag("PseudoTerminal", _c.PseudoTerminal!.Value); break;
                    case "command": Strings(name, "Command", _c.Command!); break;
                    case "entryPoint": Strings(name, "EntryPoint", _c.EntryPoint!); break;
                    case "dnsServers": Strings(name, "DnsServers", _c.DnsServers!); break;
                    case "dnsSearchDomains": Strings(name, "DnsSearchDomains", _c.DnsSearchDomains!); break;
                    case "dockerSecurityOptions": Strings(name, "DockerSecurityOptions", _c.DockerSecurityOptions!); break;
                    case "links": Each(name, _c.Links!, l => l != null, l => "Link(" + CSharpValues.String(l) + ")"); break;
                    case "credentialSpecs": Each(name, _c.CredentialSpecs!, s => s != null, s => "CredentialSpec(" + CSharpValues.String(s) + ")"); break;
                    case "portMappings":
                        Each(name, _c.PortMappings!, p => p != null, p => IsPlainPort(p) ? "Port(" + CSharpValues.Int(p.ContainerPort!.Value) + ")" : "PortMapping(" + CSharpValues.Object(p, PortMapping.Schema, Indent) + ")");
                        break;
                    case "environment":
                        Each(name, _c.Environment!, e => e is { Name: not null, Value: not null, AdditionalMembers: null }, e => "Environment(" + CSharpValues.String(e.Name) + ", " + CSharpValues.String(e.Value) + ")");
                        break;
                    case "secrets":
                        Each(name, _c.Secrets!, s => s is { Name: not null, ValueFrom: not null, AdditionalMembers: null }, s => "Secret(" + CSharpValues.String(s.Name) + ", " + CSharpValues.String(s.ValueFrom) + ")");
                        break;
                    case "mountPoints":
                        Each(name, _c.MountPoints!, m => m is { SourceVolume: not null, ContainerPath: not null, AdditionalMembers: null } && m.ReadOnly != false,
                            m => "MountPoint(" + CSharpValues.String(m.SourceVolume) + ", " + CSharpValues.String(m.ContainerPath) + (m.ReadOnly == true ? ", readOnly: true)" : ")"));
                        break;
                    case "volumesFrom":
                        Each(name, _c.VolumesFrom!, v => v is { SourceContainer: not null, AdditionalMembers: null } && v.ReadOnly != false,
                            v => "VolumesFrom(" + CSharpValues.String(v.SourceContainer) + (v.ReadOnly == true ? ", readOnly: true)" : ")"));
                        break;
                    case "dependsOn":
                        Each(name, _c.DependsOn!, d => d is { ContainerName: not null, Condition: not null, AdditionalMembers: null }, d => "DependsOn(" + CSharpValues.String(d.ContainerName) + ", " + CSharpValues.Enum(d.Condition!) + ")");
                        break;
                    case "extraHosts":
                        Each(name, _c.ExtraHosts!, h => h is { Hostname: not null, IpAddress: not null, AdditionalMembers: null }, h => "ExtraHost(" + CSharpValues.String(h.Hostname) + ", " + CSharpValues.String(h.IpAddress) + ")");
                        break;
                    case "ulimits":
                        Each(name, _c.Ulimits!, u => u is { Name: not null, SoftLimit: not null, HardLimit: not null, AdditionalMembers: null },
                            u => "Ulimit(" + CSharpValues.Enum(u.Name!) + ", " + CSharpValues.Int(u.SoftLimit!.Value) + ", " + CSharpValues.Int(u.HardLimit!.Value) + ")");
                        break;
                    case "systemControls":
                        Each(name, _c.SystemControls!, s => s is { Namespace: not null, Value: not null, AdditionalMembers: null }, s => "SystemControl(" + CSharpValues.String(s.Namespace) + ", " + CSharpValues.String(s.Value) + ")");
                        break;
                    case "resourceRequirements":
                        Each(name, _c.ResourceRequirements!, r => r is { Type: not null, Value: not null, AdditionalMembers: null }, r => "ResourceRequirement(" + CSharpValues.Enum(r.Type!) + ", " + CSharpValues.String(r.Value) + ")");
                        break;
                    case "dockerLabels":
                        if (_c.DockerLabels!.Count > 0 && !_c.DockerLabels.ContainsValue(null!))
                        {
                            foreach (KeyValuePair<string, string> label in _c.DockerLabels)
                            {
                                Call("DockerLabel(" + CSharpValues.String(label.Key) + ", " + CSharpValues.String(label.Value) + ")");
                            }
                        }
                        else
                        {
                            Configure(name);
                        }

                        break;
                    case "logConfiguration": Log(); break;
                    case "repositoryCredentials":
                        if (_c.RepositoryCredentials is { CredentialsParameter: string parameter, AdditionalMembers: null })
                        {
                            Call("RepositoryCredentials(" + CSharpValues.String(parameter) + ")");
                        }
                        else
                        {
                            Configure(name);
                        }

                        break;
                    case "firelensConfiguration": FireLens(); break;
                    case "restartPolicy": Restart(); break;
                    default: Configure(name); break;
                }
            }

            private static bool IsPlainPort(PortMapping p) =>
                p.ContainerPort != null && p.HostPort is null && p.Protocol is null && p.Name is null && p.AppProtocol is null && p.ContainerPortRange is null && p.AdditionalMembers is null;

            private void Flag(string method, bool value) => Call(value ? method + "()" : method + "(false)");

            /// <summary>A list of strings as one params call (<c>.Command("a", "b")</c>).</summary>
            private void Strings(string name, string method, List<string> values)
            {
                if (values.Count > 0 && !values.Contains(null!))
                {
                    Call(method + "(" + string.Join(", ", values.ConvertAll(v => CSharpValues.String(v))) + ")");
                }
                else
                {
                    Configure(name);
                }
            }

            /// <summary>One call per item when every item fits the method exactly; else the whole list as an initializer.</summary>
            private void Each<T>(string name, List<T> items, System.Predicate<T> fits, System.Func<T, string> call)
            {
                if (items.Count > 0 && items.TrueForAll(fits))
                {
                    items.ForEach(item => Call(call(item)));
                }
                else
                {
                    Configure(name);
                }
            }

            private void Log()
            {
                LogConfiguration log = _c.LogConfiguration!;
                if (log.LogDriver is null || log.AdditionalMembers != null || (log.SecretOptions != null && !log.SecretOptions.TrueForAll(s => s is { Name: not null, ValueFrom: not null, AdditionalMembers: null })) ||
                    (log.Options != null && log.Options.ContainsValue(null!)) || log.Options is { Count: 0 } || log.SecretOptions is { Count: 0 })
                {
                    Configure("logConfiguration");
                    return;
                }

                var options = new Dictionary<string, string>(log.Options ?? new Dictionary<string, string>());
                string head;
                if (log.LogDriver == LogDriver.Awslogs && options.TryGetValue("awslogs-group", out string? group) && options.TryGetValue("awslogs-region", out string? region))
                {
                    options.Remove("awslogs-group");
                    options.Remove("awslogs-region");
                    head = "AwsLogs(" + CSharpValues.String(group) + ", " + CSharpValues.String(region);
                    if (options.Remove("awslogs-stream-prefix", out string? prefix))
                    {
                        head += ", " + CSharpValues.String(prefix);
                    }
                }
                else
                {
                    head = "LogConfiguration(" + CSharpValues.Enum(log.LogDriver);
                }

                var rest = new StringBuilder();
                foreach (KeyValuePair<string, string> option in options)
                {
                    rest.Append('\n').Append(' ', Indent + 4).Append(".Option(").Append(CSharpValues.String(option.Key)).Append(", ").Append(CSharpValues.String(option.Value)).Append(')');
                }

                foreach (Secret secret in log.SecretOptions ?? new List<Secret>())
                {
                    rest.Append('\n').Append(' ', Indent + 4).Append(".SecretOption(").Append(CSharpValues.String(secret.Name)).Append(", ").Append(CSharpValues.String(secret.ValueFrom)).Append(')');
                }

                Call(head + (rest.Length == 0 ? ")" : ", configure: log => log" + rest + ")"));
            }

            private void FireLens()
            {
                FirelensConfiguration firelens = _c.FirelensConfiguration!;
                if (firelens.Type is null || firelens.AdditionalMembers != null || firelens.Options is { Count: 0 } || (firelens.Options != null && firelens.Options.ContainsValue(null!)))
                {
                    Configure("firelensConfiguration");
                    return;
                }

                var options = new StringBuilder();
                foreach (KeyValuePair<string, string> option in firelens.Options ?? new Dictionary<string, string>())
                {
                    options.Append('\n').Append(' ', Indent + 4).Append(".Option(").Append(CSharpValues.String(option.Key)).Append(", ").Append(CSharpValues.String(option.Value)).Append(')');
                }

                Call("FireLensRouter(" + CSharpValues.Enum(firelens.Type) + (options.Length == 0 ? ")" : ", options => options" + options + ")"));
            }

            private void Restart()
            {
                ContainerRestartPolicy policy = _c.RestartPolicy!;
                if (policy.Enabled is null || policy.AdditionalMembers != null)
                {
                    Configure("restartPolicy");
                    return;
                }

                var arguments = new List<string> { CSharpValues.Bool(policy.Enabled.Value) };
                if (policy.RestartAttemptPeriod is int period)
                {
                    arguments.Add("restartAttemptPeriod: " + CSharpValues.Int(period));
                }

                if (policy.IgnoredExitCodes != null)
                {
                    arguments.Add("ignoredExitCodes: new[] { " + string.Join(", ", policy.IgnoredExitCodes.ConvertAll(CSharpValues.Int)) + " }");
                }

                Call("RestartPolicy(" + string.Join(", ", arguments) + ")");
            }
        }
    }
}
