using System.Collections.Generic;
using TaskDefKit.Rules;

namespace TaskDefKit.Analyzers.Analyzers.Builder
{
    /// <summary>
    /// What each catalog rule reads, so a finding on a partly known chain is reported only when nothing it depends on is
    /// unknown. A rule not listed here is reported only for a chain that is entirely known and complete.
    /// </summary>
    internal static class RuleInputs
    {
        private const string Containers = "/containerDefinitions/#";
        private const string Platform = "/requiresCompatibilities";
        private const string Volumes = "/volumes";

        private static readonly Dictionary<string, Input> s_inputs = new Dictionary<string, Input>
        {
            // Adding calls later can only add containers: too many and duplicates stay.
            [RuleIds.TooManyContainers] = new Input(false, "/containerDefinitions/10", Containers),
            [RuleIds.DuplicateContainerName] = new Input(false, null, "/containerDefinitions/*/name"),
            // Later calls could add an essential container or an execution role: only for a chain that reaches Build().
            [RuleIds.NoEssentialContainer] = new Input(true, "/containerDefinitions/0/essential", Containers, "/containerDefinitions/*/essential"),
            [RuleIds.ContainerDefinitionsRequired] = new Input(true, null, Containers),
            [RuleIds.FargateTaskSize] = new Input(false, null, "/cpu", "/memory", Platform, "/runtimePlatform"),
            [RuleIds.FargateWindowsTaskSize] = new Input(false, null, "/cpu", "/memory", Platform, "/runtimePlatform"),
            [RuleIds.TaskCpuFormat] = new Input(false, null, "/cpu"),
            [RuleIds.TaskMemoryFormat] = new Input(false, null, "/memory"),
            [RuleIds.FargateNetworkMode] = new Input(false, null, Platform, "/networkMode"),
            [RuleIds.EphemeralStorageSize] = new Input(false, null, "/ephemeralStorage"),
            [RuleIds.PortNumbers] = new Input(false, null, "/containerDefinitions/*/portMappings"),
            [RuleIds.AwsVpcHostPort] = new Input(false, null, Platform, "/networkMode", "/containerDefinitions/*/portMappings"),
            [RuleIds.HostModeHostPort] = new Input(false, null, Platform, "/networkMode", "/containerDefinitions/*/portMappings"),
            [RuleIds.ContainerPortRangeFormat] = new Input(false, null, "/containerDefinitions/*/portMappings"),
            [RuleIds.ContainerPortRangeUsage] = new Input(false, null, Platform, "/networkMode", "/runtimePlatform", "/containerDefinitions/*/portMappings"),
            // A router, or a container that uses it, could be added later: only for a chain that reaches Build().
            [RuleIds.AwsFirelensWithoutRouter] = new Input(true, null, Containers, "/containerDefinitions/*/logConfiguration", "/containerDefinitions/*/firelensConfiguration"),
            [RuleIds.FireLensRouterWithoutUser] = new Input(true, null, Containers, "/containerDefinitions/*/logConfiguration", "/containerDefinitions/*/firelensConfiguration"),
            [RuleIds.FireLensConfiguration] = new Input(false, null, "/runtimePlatform", "/containerDefinitions/*/firelensConfiguration"),
            [RuleIds.AwslogsRequiredOptions] = new Input(false, null, "/containerDefinitions/*/logConfiguration"),
            [RuleIds.SecretsRequireExecutionRole] = new Input(true, null, "/executionRoleArn", Platform, "/containerDefinitions/*/secrets", "/containerDefinitions/*/logConfiguration"),
            [RuleIds.FargateAwslogsRequiresExecutionRole] = new Input(true, null, "/executionRoleArn", Platform, "/containerDefinitions/*/logConfiguration"),
            [RuleIds.FargatePlacement] = new Input(false, null, Platform, "/placementConstraints"),
            [RuleIds.MemberOfExpressionRequired] = new Input(false, null, "/placementConstraints"),
            [RuleIds.ExpressionLength] = new Input(false, null, "/placementConstraints"),
            [RuleIds.TooManyPlacementConstraints] = new Input(false, null, "/placementConstraints"),
            [RuleIds.CqlSyntax] = new Input(false, null, "/placementConstraints"),
            [RuleIds.CqlOperator] = new Input(false, null, "/placementConstraints"),
            [RuleIds.CqlArgument] = new Input(false, null, "/placementConstraints"),
            [RuleIds.AttributeName] = new Input(false, null, "/placementConstraints"),

            // Its severity depends on Fargate, which a later call could add: only for a chain that reaches Build().
            [RuleIds.InferenceAcceleratorDeprecated] = new Input(true, null, Platform, "/inferenceAccelerators", "/containerDefinitions/*/resourceRequirements"),
            // Containers added later could provide the proxy container: only for a chain that reaches Build().
            [RuleIds.ProxyConfiguration] = new Input(true, null, Containers, "/containerDefinitions/*/name", Platform, "/networkMode", "/runtimePlatform", "/proxyConfiguration"),

            // Container members with nested configuration (health check, Linux parameters, ulimits, …).
            // A container added later could be the one a dependency names: only for a chain that reaches Build().
            [RuleIds.DependsOn] = new Input(true, null, Containers, "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn"),
            // Adding containers cannot break a cycle.
            [RuleIds.DependsOnCycle] = new Input(false, null, "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn"),
            [RuleIds.DependsOnCompleteEssential] = new Input(true, null, Containers, "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn", "/containerDefinitions/*/essential"),
            [RuleIds.DependsOnHealthyWithoutHealthCheck] = new Input(true, null, Containers, "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn", "/containerDefinitions/*/healthCheck"),
            [RuleIds.HealthCheckCommand] = new Input(false, null, "/containerDefinitions/*/healthCheck"),
            [RuleIds.HealthCheckRanges] = new Input(false, null, "/containerDefinitions/*/healthCheck"),
            [RuleIds.HealthCheckIntervalShorterThanTimeout] = new Input(false, null, "/containerDefinitions/*/healthCheck"),
            // Each finding is about a member that is set; the finding's own pointer must be known, so only the platform is read besides.
            [RuleIds.FargateUnsupportedContainerParameter] = new Input(false, null, Platform),
            [RuleIds.AwsVpcUnsupportedContainerParameter] = new Input(false, null, Platform, "/networkMode", "/runtimePlatform"),
            [RuleIds.Ulimits] = new Input(false, null, "/containerDefinitions/*/ulimits"),
            [RuleIds.FargateUlimits] = new Input(false, null, Platform, "/runtimePlatform", "/containerDefinitions/*/ulimits"),
            [RuleIds.KernelCapabilities] = new Input(false, null, "/containerDefinitions/*/linuxParameters", "/containerDefinitions/*/privileged"),
            [RuleIds.LinuxParameters] = new Input(false, null, "/containerDefinitions/*/linuxParameters"),
            // Checked only off Fargate: a later Fargate() call could remove the finding.
            [RuleIds.DockerSecurityOptions] = new Input(true, null, Platform, "/containerDefinitions/*/dockerSecurityOptions", "/containerDefinitions/*/credentialSpecs"),
            [RuleIds.SystemControls] = new Input(true, null, Platform, "/runtimePlatform", "/networkMode", "/ipcMode", "/containerDefinitions/*/systemControls"),
            [RuleIds.ResourceRequirements] = new Input(true, null, Containers, Platform, "/runtimePlatform", "/inferenceAccelerators", "/containerDefinitions/*/resourceRequirements"),
            [RuleIds.RestartPolicy] = new Input(false, null, "/containerDefinitions/*/restartPolicy"),

            // Volumes: each reads the volume list (any unknown volume skips it); the platform where the rule depends on it.
            [RuleIds.VolumeName] = new Input(false, null, Volumes),
            [RuleIds.DuplicateVolumeName] = new Input(false, null, "/volumes/*/name"),
            [RuleIds.VolumeKind] = new Input(false, null, Volumes),
            // A later Volume call could add the missing volume: only for a chain that reaches Build().
            [RuleIds.UnknownSourceVolume] = new Input(true, null, Volumes),
            [RuleIds.MountPointFields] = new Input(false, null, "/containerDefinitions/*/mountPoints"),
            [RuleIds.FargateHostSourcePath] = new Input(false, null, Platform, Volumes),
            [RuleIds.DockerVolumePlatform] = new Input(false, null, Platform, "/runtimePlatform", Volumes),
            [RuleIds.DockerVolumeScope] = new Input(false, null, Volumes),
            [RuleIds.EfsVolumeConfiguration] = new Input(false, null, Volumes),
            [RuleIds.EfsIamRequiresTransitEncryption] = new Input(false, null, Volumes),
            [RuleIds.EfsAccessPoint] = new Input(false, null, Volumes),
            // Also reports IAM authorization without a task role, which a later TaskRole call could set.
            [RuleIds.EfsTransitEncryptionPort] = new Input(true, null, "/taskRoleArn", Volumes),
            // EC2 is implied while nothing is listed, so a later Fargate() call could change the answer.
            [RuleIds.EfsPlatform] = new Input(true, null, Platform, "/runtimePlatform", Volumes),
        };

        public static Input Find(string ruleId) => s_inputs.TryGetValue(ruleId, out Input? input) ? input : Input.Everything;

        internal sealed class Input
        {
            public static readonly Input Everything = new Input(true, null);

            public Input(bool needsCompleteChain, string? reportAt, params string[] reads)
            {
                NeedsCompleteChain = needsCompleteChain;
                ReportAt = reportAt;
                Reads = reads.Length == 0 ? null : reads;
            }

            /// <summary>Calls after the chain could remove the finding: report only when the chain reaches <c>Build()</c>.</summary>
            public bool NeedsCompleteChain { get; }

            /// <summary>A pointer to report at instead of the finding's own (which may have no call of its own).</summary>
            public string? ReportAt { get; }

            /// <summary>The pointers the rule reads; null for everything.</summary>
            public string[]? Reads { get; }
        }
    }
}
