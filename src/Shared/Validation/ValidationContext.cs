using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// What every rule needs to know about the definition under validation, computed once: the launch types it
    /// targets, its platform, its effective network mode and its normalised task size. Rules report through
    /// <see cref="Report"/>.
    /// </summary>
    public sealed class ValidationContext
    {
        private readonly List<RuleDiagnostic> _diagnostics;
        private readonly ValidationOptions _options;
        private Dictionary<string, int>? _containersByName;
        private Dictionary<string, int>? _containersByNameIgnoringCase;
        private Dictionary<string, int>? _volumesByName;
        private Dictionary<string, int>? _volumesByNameIgnoringCase;

        public ValidationContext(TaskDefinition definition, ValidationOptions? options = null, List<RuleDiagnostic>? sink = null)
        {
            Definition = Guard.NotNull(definition, nameof(definition));
            _options = options ?? ValidationOptions.Default;
            _diagnostics = sink ?? new List<RuleDiagnostic>();
            Containers = definition.ContainerDefinitions ?? (IReadOnlyList<ContainerDefinition>)Array.Empty<ContainerDefinition>();
            Volumes = definition.Volumes ?? (IReadOnlyList<Volume>)Array.Empty<Volume>();

            bool listsFargate = false, listsEc2 = false, listsExternal = false, listsManaged = false;
            if (definition.RequiresCompatibilities != null)
            {
                foreach (Compatibility compatibility in definition.RequiresCompatibilities)
                {
                    listsFargate |= compatibility == Compatibility.Fargate;
                    listsEc2 |= compatibility == Compatibility.Ec2;
                    listsExternal |= compatibility == Compatibility.External;
                    listsManaged |= compatibility == Compatibility.ManagedInstances;
                }
            }

            Compatibility? target = _options.TargetLaunchType;
            IsFargate = listsFargate || target == Compatibility.Fargate;
            IsExternal = listsExternal || target == Compatibility.External;
            IsManagedInstances = listsManaged || target == Compatibility.ManagedInstances;
            // ECS applies EC2 rules when nothing is listed.
            IsEc2 = listsEc2 || target == Compatibility.Ec2 || (!IsFargate && !IsExternal && !IsManagedInstances);
            IsExternalOnly = IsExternal && !IsFargate && !IsEc2 && !IsManagedInstances;

            string? osFamily = definition.RuntimePlatform?.OperatingSystemFamily?.Value;
            IsWindows = osFamily != null && osFamily.StartsWith("WINDOWS_SERVER_", StringComparison.Ordinal);

            IsProbablyWindows = IsWindows || (osFamily is null && HasWindowsSignal(definition, Containers, Volumes));

            NetworkModeIsExplicit = definition.NetworkMode.HasValue;
            EffectiveNetworkMode = definition.NetworkMode ?? (IsWindows ? (NetworkMode?)null : NetworkMode.Bridge);

            TaskCpuUnits = definition.Cpu != null && TaskSize.TryParseCpu(definition.Cpu, out int cpu) ? cpu : (int?)null;
            TaskMemoryMiB = definition.Memory != null && TaskSize.TryParseMemory(definition.Memory, out int memory) ? memory : (int?)null;
        }

        public TaskDefinition Definition { get; }

        /// <summary>The options validated with (never null): configured rules read their settings here.</summary>
        internal ValidationOptions Options => _options;

        /// <summary>The container definitions (never null).</summary>
        public IReadOnlyList<ContainerDefinition> Containers { get; }

        /// <summary>The task's volumes (never null).</summary>
        public IReadOnlyList<Volume> Volumes { get; }

        /// <summary><c>requiresCompatibilities</c> lists FARGATE, or the options target Fargate.</summary>
        public bool IsFargate { get; }

        /// <summary>EC2 is listed or targeted, or nothing is listed (ECS then applies EC2 rules).</summary>
        public bool IsEc2 { get; }

        public bool IsExternal { get; }

        public bool IsManagedInstances { get; }

        /// <summary>EXTERNAL (ECS Anywhere) is the only launch type.</summary>
        public bool IsExternalOnly { get; }

        /// <summary><c>runtimePlatform.operatingSystemFamily</c> is a Windows Server family.</summary>
        public bool IsWindows { get; }

        public bool IsLinux => !IsWindows;

        /// <summary>
        /// The task looks like a Windows task: <see cref="IsWindows"/>, or, when <c>runtimePlatform.operatingSystemFamily</c>
        /// is not set, a Windows-only feature is used: an <c>fsxWindowsFileServerVolumeConfiguration</c> volume, a
        /// <c>credentialspec:</c> entry in <c>dockerSecurityOptions</c> (Windows gMSA; <c>credentialSpecs</c> is not a signal, Linux
        /// uses it too), or an
        /// image from <c>mcr.microsoft.com/windows</c>. An explicit non-Windows family (e.g. LINUX) always wins.
        /// </summary>
        /// <remarks>
        /// A heuristic, used only to silence Linux-only hardening advice (such as TDK6022, TDK6023, TDK6024) that would
        /// be wrong or unsupported for Windows containers. Never use it to raise a finding or to decide an error:
        /// rules that enforce Windows constraints use <see cref="IsWindows"/>.
        /// </remarks>
        public bool IsProbablyWindows { get; }

        public bool NetworkModeIsExplicit { get; }

        /// <summary><c>networkMode</c>, else <c>bridge</c> on Linux; null for the Docker default (NAT) mode on Windows.</summary>
        public NetworkMode? EffectiveNetworkMode { get; }

        public bool IsAwsVpc => EffectiveNetworkMode == NetworkMode.AwsVpc;

        public bool IsBridge => EffectiveNetworkMode == NetworkMode.Bridge;

        public bool IsHostNetwork => EffectiveNetworkMode == NetworkMode.Host;

        /// <summary>Task <c>cpu</c> in CPU units, when present and parseable (TDK1011).</summary>
        public int? TaskCpuUnits { get; }

        /// <summary>Task <c>memory</c> in MiB, when present and parseable (TDK1012).</summary>
        public int? TaskMemoryMiB { get; }

        public IReadOnlyList<RuleDiagnostic> Diagnostics => _diagnostics;

        /// <summary>A container is essential when <c>essential</c> is true or omitted.</summary>
        public static bool IsEssential(ContainerDefinition container)
        {
            Guard.ThrowIfNull(container, nameof(container));
            return container.Essential != false;
        }

        /// <summary>
        /// Lists up to this long are scanned (nothing allocated on a typical definition); longer ones are looked up in
        /// an index built once per validation, so that a rule that looks up each entry stays linear.
        /// </summary>
        public const int ScanLimit = 16;

        /// <summary>Finds a container by name (ordinal); null if none has it.</summary>
        public ContainerDefinition? FindContainer(string? name)
        {
            int index = IndexOfContainer(name);
            return index < 0 ? null : Containers[index];
        }

        /// <summary>The index of the first container named <paramref name="name"/> (ordinal), or -1.</summary>
        public int IndexOfContainer(string? name) => FirstIndex(Containers, static c => c.Name, name, StringComparer.Ordinal, ref _containersByName);

        /// <summary>The index of the first container whose name equals <paramref name="name"/> ignoring case, or -1.</summary>
        public int IndexOfContainerIgnoringCase(string? name) => FirstIndex(Containers, static c => c.Name, name, StringComparer.OrdinalIgnoreCase, ref _containersByNameIgnoringCase);

        /// <summary>The index of the first volume named <paramref name="name"/> (ordinal), or -1.</summary>
        public int IndexOfVolume(string? name) => FirstIndex(Volumes, static v => v.Name, name, StringComparer.Ordinal, ref _volumesByName);

        /// <summary>The index of the first volume whose name equals <paramref name="name"/> ignoring case, or -1.</summary>
        public int IndexOfVolumeIgnoringCase(string? name) => FirstIndex(Volumes, static v => v.Name, name, StringComparer.OrdinalIgnoreCase, ref _volumesByNameIgnoringCase);

        private static int FirstIndex<T>(IReadOnlyList<T> items, Func<T, string?> key, string? name, StringComparer comparer, ref Dictionary<string, int>? index)
        {
            if (name is null)
            {
                return -1;
            }

            if (items.Count <= ScanLimit)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    if (comparer.Equals(key(items[i]), name))
                    {
                        return i;
                    }
                }

                return -1;
            }

            if (index is null)
            {
                var built = new Dictionary<string, int>(items.Count, comparer);
                for (int i = 0; i < items.Count; i++)
                {
                    string? itemKey = key(items[i]);
                    if (itemKey != null && !built.ContainsKey(itemKey))
                    {
                        built.Add(itemKey, i);
                    }
                }

                index = built;
            }

            return index.TryGetValue(name, out int at) ? at : -1;
        }

        /// <summary>True when some container routes logs through FireLens as the log router.</summary>
        public bool HasFireLensRouter
        {
            get
            {
                for (int i = 0; i < Containers.Count; i++)
                {
                    if (Containers[i].FirelensConfiguration != null)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static bool HasWindowsSignal(TaskDefinition definition, IReadOnlyList<ContainerDefinition> containers, IReadOnlyList<Volume> volumes)
        {
            for (int i = 0; i < volumes.Count; i++)
            {
                if (volumes[i]?.FsxWindowsFileServerVolumeConfiguration != null)
                {
                    return true;
                }
            }

            for (int i = 0; i < containers.Count; i++)
            {
                ContainerDefinition container = containers[i];
                if (container is null)
                {
                    continue;
                }

                // credentialSpecs is not a signal: ECS uses it for gMSA on Linux too.
                if (container.DockerSecurityOptions != null)
                {
                    foreach (string option in container.DockerSecurityOptions)
                    {
                        if (option != null && option.StartsWith("credentialspec:", StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }

                if (IsWindowsImage(container.Image))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWindowsImage(string? image)
        {
            const string Prefix = "mcr.microsoft.com/windows";
            if (image is null || !image.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // mcr.microsoft.com/windows/servercore..., mcr.microsoft.com/windows:ltsc2019, not mcr.microsoft.com/windowsfoo.
            return image.Length == Prefix.Length || image[Prefix.Length] == '/' || image[Prefix.Length] == ':' || image[Prefix.Length] == '@';
        }

        /// <summary>True when the options turn <paramref name="ruleId"/> off; lets a rule defer to another only while that one reports.</summary>
        public bool IsIgnored(string ruleId) => _options.IgnoredRules != null && _options.IgnoredRules.Contains(ruleId);

        /// <summary>Reports a finding at the rule's catalog severity (or the one given), under the options' profile and overrides.</summary>
        public void Report(string ruleId, string pointer, string message, RuleSeverity? severity = null)
        {
            Guard.ThrowIfNull(ruleId, nameof(ruleId));
            Guard.ThrowIfNull(pointer, nameof(pointer));
            Guard.ThrowIfNull(message, nameof(message));
            if (_options.IgnoredRules != null && _options.IgnoredRules.Contains(ruleId))
            {
                return;
            }

            RuleSeverity effective = _options.Grade(ruleId, severity ?? RuleCatalog.Get(ruleId).DefaultSeverity);
            _diagnostics.Add(new RuleDiagnostic(ruleId, effective, message, pointer));
        }
    }
}
