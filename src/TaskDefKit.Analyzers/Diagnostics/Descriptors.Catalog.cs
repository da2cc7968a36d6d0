// Written by eng/generate-descriptors.py from src/Shared/Rules/RuleCatalog.All.cs; do not edit.
#nullable enable
using Microsoft.CodeAnalysis;
using TaskDefKit.Rules;

namespace TaskDefKit.Analyzers.Diagnostics
{
    public static partial class Descriptors
    {
        /// <summary>TDK0001: see <see cref="RuleTitles.MalformedJson"/>.</summary>
        public static readonly DiagnosticDescriptor MalformedJson = new DiagnosticDescriptor(
            RuleIds.MalformedJson, RuleTitles.MalformedJson, MessageFormat, Categories.Input, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK0001.md");

        /// <summary>TDK0002: see <see cref="RuleTitles.UnrecognisedDocument"/>.</summary>
        public static readonly DiagnosticDescriptor UnrecognisedDocument = new DiagnosticDescriptor(
            RuleIds.UnrecognisedDocument, RuleTitles.UnrecognisedDocument, MessageFormat, Categories.Input, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK0002.md");

        /// <summary>TDK1001: see <see cref="RuleTitles.FamilyName"/>.</summary>
        public static readonly DiagnosticDescriptor FamilyName = new DiagnosticDescriptor(
            RuleIds.FamilyName, RuleTitles.FamilyName, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1001.md");

        /// <summary>TDK1002: see <see cref="RuleTitles.ContainerDefinitionsRequired"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerDefinitionsRequired = new DiagnosticDescriptor(
            RuleIds.ContainerDefinitionsRequired, RuleTitles.ContainerDefinitionsRequired, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1002.md");

        /// <summary>TDK1003: see <see cref="RuleTitles.TooManyContainers"/>.</summary>
        public static readonly DiagnosticDescriptor TooManyContainers = new DiagnosticDescriptor(
            RuleIds.TooManyContainers, RuleTitles.TooManyContainers, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1003.md");

        /// <summary>TDK1004: see <see cref="RuleTitles.NoEssentialContainer"/>.</summary>
        public static readonly DiagnosticDescriptor NoEssentialContainer = new DiagnosticDescriptor(
            RuleIds.NoEssentialContainer, RuleTitles.NoEssentialContainer, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1004.md");

        /// <summary>TDK1005: see <see cref="RuleTitles.DuplicateContainerName"/>.</summary>
        public static readonly DiagnosticDescriptor DuplicateContainerName = new DiagnosticDescriptor(
            RuleIds.DuplicateContainerName, RuleTitles.DuplicateContainerName, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1005.md");

        /// <summary>TDK1006: see <see cref="RuleTitles.RequiresCompatibilitiesValue"/>.</summary>
        public static readonly DiagnosticDescriptor RequiresCompatibilitiesValue = new DiagnosticDescriptor(
            RuleIds.RequiresCompatibilitiesValue, RuleTitles.RequiresCompatibilitiesValue, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1006.md");

        /// <summary>TDK1007: see <see cref="RuleTitles.NetworkModeValue"/>.</summary>
        public static readonly DiagnosticDescriptor NetworkModeValue = new DiagnosticDescriptor(
            RuleIds.NetworkModeValue, RuleTitles.NetworkModeValue, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1007.md");

        /// <summary>TDK1008: see <see cref="RuleTitles.FargateNetworkMode"/>.</summary>
        public static readonly DiagnosticDescriptor FargateNetworkMode = new DiagnosticDescriptor(
            RuleIds.FargateNetworkMode, RuleTitles.FargateNetworkMode, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1008.md");

        /// <summary>TDK1009: see <see cref="RuleTitles.NetworkModePlatform"/>.</summary>
        public static readonly DiagnosticDescriptor NetworkModePlatform = new DiagnosticDescriptor(
            RuleIds.NetworkModePlatform, RuleTitles.NetworkModePlatform, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1009.md");

        /// <summary>TDK1010: see <see cref="RuleTitles.JsonType"/>.</summary>
        public static readonly DiagnosticDescriptor JsonType = new DiagnosticDescriptor(
            RuleIds.JsonType, RuleTitles.JsonType, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1010.md");

        /// <summary>TDK1011: see <see cref="RuleTitles.TaskCpuFormat"/>.</summary>
        public static readonly DiagnosticDescriptor TaskCpuFormat = new DiagnosticDescriptor(
            RuleIds.TaskCpuFormat, RuleTitles.TaskCpuFormat, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1011.md");

        /// <summary>TDK1012: see <see cref="RuleTitles.TaskMemoryFormat"/>.</summary>
        public static readonly DiagnosticDescriptor TaskMemoryFormat = new DiagnosticDescriptor(
            RuleIds.TaskMemoryFormat, RuleTitles.TaskMemoryFormat, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1012.md");

        /// <summary>TDK1013: see <see cref="RuleTitles.FargateTaskSizeRequired"/>.</summary>
        public static readonly DiagnosticDescriptor FargateTaskSizeRequired = new DiagnosticDescriptor(
            RuleIds.FargateTaskSizeRequired, RuleTitles.FargateTaskSizeRequired, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1013.md");

        /// <summary>TDK1014: see <see cref="RuleTitles.FargateTaskSize"/>.</summary>
        public static readonly DiagnosticDescriptor FargateTaskSize = new DiagnosticDescriptor(
            RuleIds.FargateTaskSize, RuleTitles.FargateTaskSize, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1014.md");

        /// <summary>TDK1015: see <see cref="RuleTitles.FargateWindowsTaskSize"/>.</summary>
        public static readonly DiagnosticDescriptor FargateWindowsTaskSize = new DiagnosticDescriptor(
            RuleIds.FargateWindowsTaskSize, RuleTitles.FargateWindowsTaskSize, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1015.md");

        /// <summary>TDK1016: see <see cref="RuleTitles.TaskCpuRange"/>.</summary>
        public static readonly DiagnosticDescriptor TaskCpuRange = new DiagnosticDescriptor(
            RuleIds.TaskCpuRange, RuleTitles.TaskCpuRange, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1016.md");

        /// <summary>TDK1017: see <see cref="RuleTitles.ContainerMemoryRequired"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerMemoryRequired = new DiagnosticDescriptor(
            RuleIds.ContainerMemoryRequired, RuleTitles.ContainerMemoryRequired, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1017.md");

        /// <summary>TDK1018: see <see cref="RuleTitles.ContainerCpuExceedsTask"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerCpuExceedsTask = new DiagnosticDescriptor(
            RuleIds.ContainerCpuExceedsTask, RuleTitles.ContainerCpuExceedsTask, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1018.md");

        /// <summary>TDK1019: see <see cref="RuleTitles.ContainerMemoryExceedsTask"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerMemoryExceedsTask = new DiagnosticDescriptor(
            RuleIds.ContainerMemoryExceedsTask, RuleTitles.ContainerMemoryExceedsTask, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1019.md");

        /// <summary>TDK1020: see <see cref="RuleTitles.WindowsTaskLevelResources"/>.</summary>
        public static readonly DiagnosticDescriptor WindowsTaskLevelResources = new DiagnosticDescriptor(
            RuleIds.WindowsTaskLevelResources, RuleTitles.WindowsTaskLevelResources, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1020.md");

        /// <summary>TDK1021: see <see cref="RuleTitles.PidMode"/>.</summary>
        public static readonly DiagnosticDescriptor PidMode = new DiagnosticDescriptor(
            RuleIds.PidMode, RuleTitles.PidMode, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1021.md");

        /// <summary>TDK1022: see <see cref="RuleTitles.IpcMode"/>.</summary>
        public static readonly DiagnosticDescriptor IpcMode = new DiagnosticDescriptor(
            RuleIds.IpcMode, RuleTitles.IpcMode, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1022.md");

        /// <summary>TDK1023: see <see cref="RuleTitles.RuntimePlatformValue"/>.</summary>
        public static readonly DiagnosticDescriptor RuntimePlatformValue = new DiagnosticDescriptor(
            RuleIds.RuntimePlatformValue, RuleTitles.RuntimePlatformValue, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1023.md");

        /// <summary>TDK1024: see <see cref="RuleTitles.FargateOperatingSystem"/>.</summary>
        public static readonly DiagnosticDescriptor FargateOperatingSystem = new DiagnosticDescriptor(
            RuleIds.FargateOperatingSystem, RuleTitles.FargateOperatingSystem, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1024.md");

        /// <summary>TDK1025: see <see cref="RuleTitles.Arm64RequiresLinux"/>.</summary>
        public static readonly DiagnosticDescriptor Arm64RequiresLinux = new DiagnosticDescriptor(
            RuleIds.Arm64RequiresLinux, RuleTitles.Arm64RequiresLinux, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1025.md");

        /// <summary>TDK1026: see <see cref="RuleTitles.ProxyConfiguration"/>.</summary>
        public static readonly DiagnosticDescriptor ProxyConfiguration = new DiagnosticDescriptor(
            RuleIds.ProxyConfiguration, RuleTitles.ProxyConfiguration, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1026.md");

        /// <summary>TDK1027: see <see cref="RuleTitles.InferenceAcceleratorDeprecated"/>.</summary>
        public static readonly DiagnosticDescriptor InferenceAcceleratorDeprecated = new DiagnosticDescriptor(
            RuleIds.InferenceAcceleratorDeprecated, RuleTitles.InferenceAcceleratorDeprecated, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1027.md");

        /// <summary>TDK1028: see <see cref="RuleTitles.Tags"/>.</summary>
        public static readonly DiagnosticDescriptor Tags = new DiagnosticDescriptor(
            RuleIds.Tags, RuleTitles.Tags, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1028.md");

        /// <summary>TDK1029: see <see cref="RuleTitles.UnknownMember"/>.</summary>
        public static readonly DiagnosticDescriptor UnknownMember = new DiagnosticDescriptor(
            RuleIds.UnknownMember, RuleTitles.UnknownMember, MessageFormat, Categories.TaskDefinition, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK1029.md");

        /// <summary>TDK2001: see <see cref="RuleTitles.ContainerName"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerName = new DiagnosticDescriptor(
            RuleIds.ContainerName, RuleTitles.ContainerName, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2001.md");

        /// <summary>TDK2002: see <see cref="RuleTitles.ImageRequired"/>.</summary>
        public static readonly DiagnosticDescriptor ImageRequired = new DiagnosticDescriptor(
            RuleIds.ImageRequired, RuleTitles.ImageRequired, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2002.md");

        /// <summary>TDK2003: see <see cref="RuleTitles.ImageFormat"/>.</summary>
        public static readonly DiagnosticDescriptor ImageFormat = new DiagnosticDescriptor(
            RuleIds.ImageFormat, RuleTitles.ImageFormat, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2003.md");

        /// <summary>TDK2004: see <see cref="RuleTitles.ImageTag"/>.</summary>
        public static readonly DiagnosticDescriptor ImageTag = new DiagnosticDescriptor(
            RuleIds.ImageTag, RuleTitles.ImageTag, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2004.md");

        /// <summary>TDK2005: see <see cref="RuleTitles.ImageRepositoryCase"/>.</summary>
        public static readonly DiagnosticDescriptor ImageRepositoryCase = new DiagnosticDescriptor(
            RuleIds.ImageRepositoryCase, RuleTitles.ImageRepositoryCase, MessageFormat, Categories.Container, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2005.md");

        /// <summary>TDK2006: see <see cref="RuleTitles.EcrImageUri"/>.</summary>
        public static readonly DiagnosticDescriptor EcrImageUri = new DiagnosticDescriptor(
            RuleIds.EcrImageUri, RuleTitles.EcrImageUri, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2006.md");

        /// <summary>TDK2007: see <see cref="RuleTitles.MutableImageTag"/>.</summary>
        public static readonly DiagnosticDescriptor MutableImageTag = new DiagnosticDescriptor(
            RuleIds.MutableImageTag, RuleTitles.MutableImageTag, MessageFormat, Categories.Container, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2007.md");

        /// <summary>TDK2008: see <see cref="RuleTitles.ContainerMemoryPositive"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerMemoryPositive = new DiagnosticDescriptor(
            RuleIds.ContainerMemoryPositive, RuleTitles.ContainerMemoryPositive, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2008.md");

        /// <summary>TDK2009: see <see cref="RuleTitles.ContainerMemoryTooSmall"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerMemoryTooSmall = new DiagnosticDescriptor(
            RuleIds.ContainerMemoryTooSmall, RuleTitles.ContainerMemoryTooSmall, MessageFormat, Categories.Container, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2009.md");

        /// <summary>TDK2010: see <see cref="RuleTitles.MemoryReservationExceedsMemory"/>.</summary>
        public static readonly DiagnosticDescriptor MemoryReservationExceedsMemory = new DiagnosticDescriptor(
            RuleIds.MemoryReservationExceedsMemory, RuleTitles.MemoryReservationExceedsMemory, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2010.md");

        /// <summary>TDK2011: see <see cref="RuleTitles.DependsOn"/>.</summary>
        public static readonly DiagnosticDescriptor DependsOn = new DiagnosticDescriptor(
            RuleIds.DependsOn, RuleTitles.DependsOn, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2011.md");

        /// <summary>TDK2012: see <see cref="RuleTitles.DependsOnCycle"/>.</summary>
        public static readonly DiagnosticDescriptor DependsOnCycle = new DiagnosticDescriptor(
            RuleIds.DependsOnCycle, RuleTitles.DependsOnCycle, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2012.md");

        /// <summary>TDK2013: see <see cref="RuleTitles.DependsOnCompleteEssential"/>.</summary>
        public static readonly DiagnosticDescriptor DependsOnCompleteEssential = new DiagnosticDescriptor(
            RuleIds.DependsOnCompleteEssential, RuleTitles.DependsOnCompleteEssential, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2013.md");

        /// <summary>TDK2014: see <see cref="RuleTitles.DependsOnHealthyWithoutHealthCheck"/>.</summary>
        public static readonly DiagnosticDescriptor DependsOnHealthyWithoutHealthCheck = new DiagnosticDescriptor(
            RuleIds.DependsOnHealthyWithoutHealthCheck, RuleTitles.DependsOnHealthyWithoutHealthCheck, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2014.md");

        /// <summary>TDK2015: see <see cref="RuleTitles.HealthCheckCommand"/>.</summary>
        public static readonly DiagnosticDescriptor HealthCheckCommand = new DiagnosticDescriptor(
            RuleIds.HealthCheckCommand, RuleTitles.HealthCheckCommand, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2015.md");

        /// <summary>TDK2016: see <see cref="RuleTitles.HealthCheckRanges"/>.</summary>
        public static readonly DiagnosticDescriptor HealthCheckRanges = new DiagnosticDescriptor(
            RuleIds.HealthCheckRanges, RuleTitles.HealthCheckRanges, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2016.md");

        /// <summary>TDK2017: see <see cref="RuleTitles.HealthCheckIntervalShorterThanTimeout"/>.</summary>
        public static readonly DiagnosticDescriptor HealthCheckIntervalShorterThanTimeout = new DiagnosticDescriptor(
            RuleIds.HealthCheckIntervalShorterThanTimeout, RuleTitles.HealthCheckIntervalShorterThanTimeout, MessageFormat, Categories.Container, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2017.md");

        /// <summary>TDK2018: see <see cref="RuleTitles.FargateStartStopTimeout"/>.</summary>
        public static readonly DiagnosticDescriptor FargateStartStopTimeout = new DiagnosticDescriptor(
            RuleIds.FargateStartStopTimeout, RuleTitles.FargateStartStopTimeout, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2018.md");

        /// <summary>TDK2019: see <see cref="RuleTitles.Links"/>.</summary>
        public static readonly DiagnosticDescriptor Links = new DiagnosticDescriptor(
            RuleIds.Links, RuleTitles.Links, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2019.md");

        /// <summary>TDK2020: see <see cref="RuleTitles.FargateUnsupportedContainerParameter"/>.</summary>
        public static readonly DiagnosticDescriptor FargateUnsupportedContainerParameter = new DiagnosticDescriptor(
            RuleIds.FargateUnsupportedContainerParameter, RuleTitles.FargateUnsupportedContainerParameter, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2020.md");

        /// <summary>TDK2021: see <see cref="RuleTitles.AwsVpcUnsupportedContainerParameter"/>.</summary>
        public static readonly DiagnosticDescriptor AwsVpcUnsupportedContainerParameter = new DiagnosticDescriptor(
            RuleIds.AwsVpcUnsupportedContainerParameter, RuleTitles.AwsVpcUnsupportedContainerParameter, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2021.md");

        /// <summary>TDK2022: see <see cref="RuleTitles.WindowsUnsupportedContainerParameter"/>.</summary>
        public static readonly DiagnosticDescriptor WindowsUnsupportedContainerParameter = new DiagnosticDescriptor(
            RuleIds.WindowsUnsupportedContainerParameter, RuleTitles.WindowsUnsupportedContainerParameter, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2022.md");

        /// <summary>TDK2023: see <see cref="RuleTitles.Ulimits"/>.</summary>
        public static readonly DiagnosticDescriptor Ulimits = new DiagnosticDescriptor(
            RuleIds.Ulimits, RuleTitles.Ulimits, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2023.md");

        /// <summary>TDK2024: see <see cref="RuleTitles.FargateUlimits"/>.</summary>
        public static readonly DiagnosticDescriptor FargateUlimits = new DiagnosticDescriptor(
            RuleIds.FargateUlimits, RuleTitles.FargateUlimits, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2024.md");

        /// <summary>TDK2025: see <see cref="RuleTitles.KernelCapabilities"/>.</summary>
        public static readonly DiagnosticDescriptor KernelCapabilities = new DiagnosticDescriptor(
            RuleIds.KernelCapabilities, RuleTitles.KernelCapabilities, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2025.md");

        /// <summary>TDK2026: see <see cref="RuleTitles.LinuxParameters"/>.</summary>
        public static readonly DiagnosticDescriptor LinuxParameters = new DiagnosticDescriptor(
            RuleIds.LinuxParameters, RuleTitles.LinuxParameters, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2026.md");

        /// <summary>TDK2027: see <see cref="RuleTitles.DockerSecurityOptions"/>.</summary>
        public static readonly DiagnosticDescriptor DockerSecurityOptions = new DiagnosticDescriptor(
            RuleIds.DockerSecurityOptions, RuleTitles.DockerSecurityOptions, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2027.md");

        /// <summary>TDK2028: see <see cref="RuleTitles.SystemControls"/>.</summary>
        public static readonly DiagnosticDescriptor SystemControls = new DiagnosticDescriptor(
            RuleIds.SystemControls, RuleTitles.SystemControls, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2028.md");

        /// <summary>TDK2029: see <see cref="RuleTitles.ResourceRequirements"/>.</summary>
        public static readonly DiagnosticDescriptor ResourceRequirements = new DiagnosticDescriptor(
            RuleIds.ResourceRequirements, RuleTitles.ResourceRequirements, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2029.md");

        /// <summary>TDK2030: see <see cref="RuleTitles.RestartPolicy"/>.</summary>
        public static readonly DiagnosticDescriptor RestartPolicy = new DiagnosticDescriptor(
            RuleIds.RestartPolicy, RuleTitles.RestartPolicy, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2030.md");

        /// <summary>TDK2031: see <see cref="RuleTitles.UserFormat"/>.</summary>
        public static readonly DiagnosticDescriptor UserFormat = new DiagnosticDescriptor(
            RuleIds.UserFormat, RuleTitles.UserFormat, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2031.md");

        /// <summary>TDK2032: see <see cref="RuleTitles.EnvironmentNameRequired"/>.</summary>
        public static readonly DiagnosticDescriptor EnvironmentNameRequired = new DiagnosticDescriptor(
            RuleIds.EnvironmentNameRequired, RuleTitles.EnvironmentNameRequired, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2032.md");

        /// <summary>TDK2033: see <see cref="RuleTitles.EnvironmentHygiene"/>.</summary>
        public static readonly DiagnosticDescriptor EnvironmentHygiene = new DiagnosticDescriptor(
            RuleIds.EnvironmentHygiene, RuleTitles.EnvironmentHygiene, MessageFormat, Categories.Container, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2033.md");

        /// <summary>TDK2034: see <see cref="RuleTitles.SecretShadowsEnvironment"/>.</summary>
        public static readonly DiagnosticDescriptor SecretShadowsEnvironment = new DiagnosticDescriptor(
            RuleIds.SecretShadowsEnvironment, RuleTitles.SecretShadowsEnvironment, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2034.md");

        /// <summary>TDK2035: see <see cref="RuleTitles.EnvironmentFiles"/>.</summary>
        public static readonly DiagnosticDescriptor EnvironmentFiles = new DiagnosticDescriptor(
            RuleIds.EnvironmentFiles, RuleTitles.EnvironmentFiles, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2035.md");

        /// <summary>TDK2036: see <see cref="RuleTitles.VolumesFrom"/>.</summary>
        public static readonly DiagnosticDescriptor VolumesFrom = new DiagnosticDescriptor(
            RuleIds.VolumesFrom, RuleTitles.VolumesFrom, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2036.md");

        /// <summary>TDK2037: see <see cref="RuleTitles.ExtraHostsAndDnsSearchDomains"/>.</summary>
        public static readonly DiagnosticDescriptor ExtraHostsAndDnsSearchDomains = new DiagnosticDescriptor(
            RuleIds.ExtraHostsAndDnsSearchDomains, RuleTitles.ExtraHostsAndDnsSearchDomains, MessageFormat, Categories.Container, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK2037.md");

        /// <summary>TDK3001: see <see cref="RuleTitles.VolumeName"/>.</summary>
        public static readonly DiagnosticDescriptor VolumeName = new DiagnosticDescriptor(
            RuleIds.VolumeName, RuleTitles.VolumeName, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3001.md");

        /// <summary>TDK3002: see <see cref="RuleTitles.DuplicateVolumeName"/>.</summary>
        public static readonly DiagnosticDescriptor DuplicateVolumeName = new DiagnosticDescriptor(
            RuleIds.DuplicateVolumeName, RuleTitles.DuplicateVolumeName, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3002.md");

        /// <summary>TDK3003: see <see cref="RuleTitles.VolumeKind"/>.</summary>
        public static readonly DiagnosticDescriptor VolumeKind = new DiagnosticDescriptor(
            RuleIds.VolumeKind, RuleTitles.VolumeKind, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3003.md");

        /// <summary>TDK3004: see <see cref="RuleTitles.UnknownSourceVolume"/>.</summary>
        public static readonly DiagnosticDescriptor UnknownSourceVolume = new DiagnosticDescriptor(
            RuleIds.UnknownSourceVolume, RuleTitles.UnknownSourceVolume, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3004.md");

        /// <summary>TDK3005: see <see cref="RuleTitles.MountPointFields"/>.</summary>
        public static readonly DiagnosticDescriptor MountPointFields = new DiagnosticDescriptor(
            RuleIds.MountPointFields, RuleTitles.MountPointFields, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3005.md");

        /// <summary>TDK3006: see <see cref="RuleTitles.FargateHostSourcePath"/>.</summary>
        public static readonly DiagnosticDescriptor FargateHostSourcePath = new DiagnosticDescriptor(
            RuleIds.FargateHostSourcePath, RuleTitles.FargateHostSourcePath, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3006.md");

        /// <summary>TDK3007: see <see cref="RuleTitles.DockerVolumePlatform"/>.</summary>
        public static readonly DiagnosticDescriptor DockerVolumePlatform = new DiagnosticDescriptor(
            RuleIds.DockerVolumePlatform, RuleTitles.DockerVolumePlatform, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3007.md");

        /// <summary>TDK3008: see <see cref="RuleTitles.DockerVolumeScope"/>.</summary>
        public static readonly DiagnosticDescriptor DockerVolumeScope = new DiagnosticDescriptor(
            RuleIds.DockerVolumeScope, RuleTitles.DockerVolumeScope, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3008.md");

        /// <summary>TDK3009: see <see cref="RuleTitles.EfsVolumeConfiguration"/>.</summary>
        public static readonly DiagnosticDescriptor EfsVolumeConfiguration = new DiagnosticDescriptor(
            RuleIds.EfsVolumeConfiguration, RuleTitles.EfsVolumeConfiguration, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3009.md");

        /// <summary>TDK3010: see <see cref="RuleTitles.EfsIamRequiresTransitEncryption"/>.</summary>
        public static readonly DiagnosticDescriptor EfsIamRequiresTransitEncryption = new DiagnosticDescriptor(
            RuleIds.EfsIamRequiresTransitEncryption, RuleTitles.EfsIamRequiresTransitEncryption, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3010.md");

        /// <summary>TDK3011: see <see cref="RuleTitles.EfsAccessPoint"/>.</summary>
        public static readonly DiagnosticDescriptor EfsAccessPoint = new DiagnosticDescriptor(
            RuleIds.EfsAccessPoint, RuleTitles.EfsAccessPoint, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3011.md");

        /// <summary>TDK3012: see <see cref="RuleTitles.EfsTransitEncryptionPort"/>.</summary>
        public static readonly DiagnosticDescriptor EfsTransitEncryptionPort = new DiagnosticDescriptor(
            RuleIds.EfsTransitEncryptionPort, RuleTitles.EfsTransitEncryptionPort, MessageFormat, Categories.Storage, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3012.md");

        /// <summary>TDK3013: see <see cref="RuleTitles.EfsPlatform"/>.</summary>
        public static readonly DiagnosticDescriptor EfsPlatform = new DiagnosticDescriptor(
            RuleIds.EfsPlatform, RuleTitles.EfsPlatform, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3013.md");

        /// <summary>TDK3014: see <see cref="RuleTitles.FsxWindowsVolume"/>.</summary>
        public static readonly DiagnosticDescriptor FsxWindowsVolume = new DiagnosticDescriptor(
            RuleIds.FsxWindowsVolume, RuleTitles.FsxWindowsVolume, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3014.md");

        /// <summary>TDK3015: see <see cref="RuleTitles.S3FilesVolume"/>.</summary>
        public static readonly DiagnosticDescriptor S3FilesVolume = new DiagnosticDescriptor(
            RuleIds.S3FilesVolume, RuleTitles.S3FilesVolume, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3015.md");

        /// <summary>TDK3016: see <see cref="RuleTitles.EphemeralStorageSize"/>.</summary>
        public static readonly DiagnosticDescriptor EphemeralStorageSize = new DiagnosticDescriptor(
            RuleIds.EphemeralStorageSize, RuleTitles.EphemeralStorageSize, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3016.md");

        /// <summary>TDK3017: see <see cref="RuleTitles.EphemeralStorageNotFargate"/>.</summary>
        public static readonly DiagnosticDescriptor EphemeralStorageNotFargate = new DiagnosticDescriptor(
            RuleIds.EphemeralStorageNotFargate, RuleTitles.EphemeralStorageNotFargate, MessageFormat, Categories.Storage, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3017.md");

        /// <summary>TDK3018: see <see cref="RuleTitles.WindowsBindMountDrive"/>.</summary>
        public static readonly DiagnosticDescriptor WindowsBindMountDrive = new DiagnosticDescriptor(
            RuleIds.WindowsBindMountDrive, RuleTitles.WindowsBindMountDrive, MessageFormat, Categories.Storage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK3018.md");

        /// <summary>TDK4001: see <see cref="RuleTitles.PortNumbers"/>.</summary>
        public static readonly DiagnosticDescriptor PortNumbers = new DiagnosticDescriptor(
            RuleIds.PortNumbers, RuleTitles.PortNumbers, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4001.md");

        /// <summary>TDK4002: see <see cref="RuleTitles.NoneNetworkPortMappings"/>.</summary>
        public static readonly DiagnosticDescriptor NoneNetworkPortMappings = new DiagnosticDescriptor(
            RuleIds.NoneNetworkPortMappings, RuleTitles.NoneNetworkPortMappings, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4002.md");

        /// <summary>TDK4003: see <see cref="RuleTitles.AwsVpcHostPort"/>.</summary>
        public static readonly DiagnosticDescriptor AwsVpcHostPort = new DiagnosticDescriptor(
            RuleIds.AwsVpcHostPort, RuleTitles.AwsVpcHostPort, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4003.md");

        /// <summary>TDK4004: see <see cref="RuleTitles.HostModeHostPort"/>.</summary>
        public static readonly DiagnosticDescriptor HostModeHostPort = new DiagnosticDescriptor(
            RuleIds.HostModeHostPort, RuleTitles.HostModeHostPort, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4004.md");

        /// <summary>TDK4005: see <see cref="RuleTitles.PortProtocol"/>.</summary>
        public static readonly DiagnosticDescriptor PortProtocol = new DiagnosticDescriptor(
            RuleIds.PortProtocol, RuleTitles.PortProtocol, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4005.md");

        /// <summary>TDK4006: see <see cref="RuleTitles.DuplicateContainerPort"/>.</summary>
        public static readonly DiagnosticDescriptor DuplicateContainerPort = new DiagnosticDescriptor(
            RuleIds.DuplicateContainerPort, RuleTitles.DuplicateContainerPort, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4006.md");

        /// <summary>TDK4007: see <see cref="RuleTitles.PortConflictInTask"/>.</summary>
        public static readonly DiagnosticDescriptor PortConflictInTask = new DiagnosticDescriptor(
            RuleIds.PortConflictInTask, RuleTitles.PortConflictInTask, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4007.md");

        /// <summary>TDK4008: see <see cref="RuleTitles.ReservedOrEphemeralHostPort"/>.</summary>
        public static readonly DiagnosticDescriptor ReservedOrEphemeralHostPort = new DiagnosticDescriptor(
            RuleIds.ReservedOrEphemeralHostPort, RuleTitles.ReservedOrEphemeralHostPort, MessageFormat, Categories.Networking, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4008.md");

        /// <summary>TDK4009: see <see cref="RuleTitles.ContainerPortRangeFormat"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerPortRangeFormat = new DiagnosticDescriptor(
            RuleIds.ContainerPortRangeFormat, RuleTitles.ContainerPortRangeFormat, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4009.md");

        /// <summary>TDK4010: see <see cref="RuleTitles.ContainerPortRangeUsage"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerPortRangeUsage = new DiagnosticDescriptor(
            RuleIds.ContainerPortRangeUsage, RuleTitles.ContainerPortRangeUsage, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4010.md");

        /// <summary>TDK4011: see <see cref="RuleTitles.PortMappingName"/>.</summary>
        public static readonly DiagnosticDescriptor PortMappingName = new DiagnosticDescriptor(
            RuleIds.PortMappingName, RuleTitles.PortMappingName, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4011.md");

        /// <summary>TDK4012: see <see cref="RuleTitles.AppProtocol"/>.</summary>
        public static readonly DiagnosticDescriptor AppProtocol = new DiagnosticDescriptor(
            RuleIds.AppProtocol, RuleTitles.AppProtocol, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4012.md");

        /// <summary>TDK4013: see <see cref="RuleTitles.FargateWindowsReservedPort"/>.</summary>
        public static readonly DiagnosticDescriptor FargateWindowsReservedPort = new DiagnosticDescriptor(
            RuleIds.FargateWindowsReservedPort, RuleTitles.FargateWindowsReservedPort, MessageFormat, Categories.Networking, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4013.md");

        /// <summary>TDK4014: see <see cref="RuleTitles.FireLensPort24224"/>.</summary>
        public static readonly DiagnosticDescriptor FireLensPort24224 = new DiagnosticDescriptor(
            RuleIds.FireLensPort24224, RuleTitles.FireLensPort24224, MessageFormat, Categories.Networking, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK4014.md");

        /// <summary>TDK5001: see <see cref="RuleTitles.PlacementStrategyType"/>.</summary>
        public static readonly DiagnosticDescriptor PlacementStrategyType = new DiagnosticDescriptor(
            RuleIds.PlacementStrategyType, RuleTitles.PlacementStrategyType, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5001.md");

        /// <summary>TDK5002: see <see cref="RuleTitles.BinpackField"/>.</summary>
        public static readonly DiagnosticDescriptor BinpackField = new DiagnosticDescriptor(
            RuleIds.BinpackField, RuleTitles.BinpackField, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5002.md");

        /// <summary>TDK5003: see <see cref="RuleTitles.SpreadField"/>.</summary>
        public static readonly DiagnosticDescriptor SpreadField = new DiagnosticDescriptor(
            RuleIds.SpreadField, RuleTitles.SpreadField, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5003.md");

        /// <summary>TDK5004: see <see cref="RuleTitles.RandomField"/>.</summary>
        public static readonly DiagnosticDescriptor RandomField = new DiagnosticDescriptor(
            RuleIds.RandomField, RuleTitles.RandomField, MessageFormat, Categories.Placement, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5004.md");

        /// <summary>TDK5005: see <see cref="RuleTitles.TooManyPlacementStrategies"/>.</summary>
        public static readonly DiagnosticDescriptor TooManyPlacementStrategies = new DiagnosticDescriptor(
            RuleIds.TooManyPlacementStrategies, RuleTitles.TooManyPlacementStrategies, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5005.md");

        /// <summary>TDK5006: see <see cref="RuleTitles.PlacementConstraintType"/>.</summary>
        public static readonly DiagnosticDescriptor PlacementConstraintType = new DiagnosticDescriptor(
            RuleIds.PlacementConstraintType, RuleTitles.PlacementConstraintType, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5006.md");

        /// <summary>TDK5007: see <see cref="RuleTitles.DistinctInstanceExpression"/>.</summary>
        public static readonly DiagnosticDescriptor DistinctInstanceExpression = new DiagnosticDescriptor(
            RuleIds.DistinctInstanceExpression, RuleTitles.DistinctInstanceExpression, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5007.md");

        /// <summary>TDK5008: see <see cref="RuleTitles.MemberOfExpressionRequired"/>.</summary>
        public static readonly DiagnosticDescriptor MemberOfExpressionRequired = new DiagnosticDescriptor(
            RuleIds.MemberOfExpressionRequired, RuleTitles.MemberOfExpressionRequired, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5008.md");

        /// <summary>TDK5009: see <see cref="RuleTitles.ExpressionLength"/>.</summary>
        public static readonly DiagnosticDescriptor ExpressionLength = new DiagnosticDescriptor(
            RuleIds.ExpressionLength, RuleTitles.ExpressionLength, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5009.md");

        /// <summary>TDK5010: see <see cref="RuleTitles.TooManyPlacementConstraints"/>.</summary>
        public static readonly DiagnosticDescriptor TooManyPlacementConstraints = new DiagnosticDescriptor(
            RuleIds.TooManyPlacementConstraints, RuleTitles.TooManyPlacementConstraints, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5010.md");

        /// <summary>TDK5011: see <see cref="RuleTitles.TaskDefinitionConstraintType"/>.</summary>
        public static readonly DiagnosticDescriptor TaskDefinitionConstraintType = new DiagnosticDescriptor(
            RuleIds.TaskDefinitionConstraintType, RuleTitles.TaskDefinitionConstraintType, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5011.md");

        /// <summary>TDK5012: see <see cref="RuleTitles.FargatePlacement"/>.</summary>
        public static readonly DiagnosticDescriptor FargatePlacement = new DiagnosticDescriptor(
            RuleIds.FargatePlacement, RuleTitles.FargatePlacement, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5012.md");

        /// <summary>TDK5013: see <see cref="RuleTitles.DaemonPlacementStrategy"/>.</summary>
        public static readonly DiagnosticDescriptor DaemonPlacementStrategy = new DiagnosticDescriptor(
            RuleIds.DaemonPlacementStrategy, RuleTitles.DaemonPlacementStrategy, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5013.md");

        /// <summary>TDK5014: see <see cref="RuleTitles.CqlSyntax"/>.</summary>
        public static readonly DiagnosticDescriptor CqlSyntax = new DiagnosticDescriptor(
            RuleIds.CqlSyntax, RuleTitles.CqlSyntax, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5014.md");

        /// <summary>TDK5015: see <see cref="RuleTitles.CqlOperator"/>.</summary>
        public static readonly DiagnosticDescriptor CqlOperator = new DiagnosticDescriptor(
            RuleIds.CqlOperator, RuleTitles.CqlOperator, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5015.md");

        /// <summary>TDK5016: see <see cref="RuleTitles.CqlArgument"/>.</summary>
        public static readonly DiagnosticDescriptor CqlArgument = new DiagnosticDescriptor(
            RuleIds.CqlArgument, RuleTitles.CqlArgument, MessageFormat, Categories.Placement, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5016.md");

        /// <summary>TDK5017: see <see cref="RuleTitles.AttributeName"/>.</summary>
        public static readonly DiagnosticDescriptor AttributeName = new DiagnosticDescriptor(
            RuleIds.AttributeName, RuleTitles.AttributeName, MessageFormat, Categories.Placement, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK5017.md");

        /// <summary>TDK6001: see <see cref="RuleTitles.LogDriver"/>.</summary>
        public static readonly DiagnosticDescriptor LogDriver = new DiagnosticDescriptor(
            RuleIds.LogDriver, RuleTitles.LogDriver, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6001.md");

        /// <summary>TDK6002: see <see cref="RuleTitles.FargateLogDriver"/>.</summary>
        public static readonly DiagnosticDescriptor FargateLogDriver = new DiagnosticDescriptor(
            RuleIds.FargateLogDriver, RuleTitles.FargateLogDriver, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6002.md");

        /// <summary>TDK6003: see <see cref="RuleTitles.AwslogsRequiredOptions"/>.</summary>
        public static readonly DiagnosticDescriptor AwslogsRequiredOptions = new DiagnosticDescriptor(
            RuleIds.AwslogsRequiredOptions, RuleTitles.AwslogsRequiredOptions, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6003.md");

        /// <summary>TDK6004: see <see cref="RuleTitles.AwslogsStreamPrefix"/>.</summary>
        public static readonly DiagnosticDescriptor AwslogsStreamPrefix = new DiagnosticDescriptor(
            RuleIds.AwslogsStreamPrefix, RuleTitles.AwslogsStreamPrefix, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6004.md");

        /// <summary>TDK6005: see <see cref="RuleTitles.AwslogsOptions"/>.</summary>
        public static readonly DiagnosticDescriptor AwslogsOptions = new DiagnosticDescriptor(
            RuleIds.AwslogsOptions, RuleTitles.AwslogsOptions, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6005.md");

        /// <summary>TDK6006: see <see cref="RuleTitles.AwslogsBlockingMode"/>.</summary>
        public static readonly DiagnosticDescriptor AwslogsBlockingMode = new DiagnosticDescriptor(
            RuleIds.AwslogsBlockingMode, RuleTitles.AwslogsBlockingMode, MessageFormat, Categories.Security, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6006.md");

        /// <summary>TDK6007: see <see cref="RuleTitles.SplunkOptions"/>.</summary>
        public static readonly DiagnosticDescriptor SplunkOptions = new DiagnosticDescriptor(
            RuleIds.SplunkOptions, RuleTitles.SplunkOptions, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6007.md");

        /// <summary>TDK6008: see <see cref="RuleTitles.AwsFirelensWithoutRouter"/>.</summary>
        public static readonly DiagnosticDescriptor AwsFirelensWithoutRouter = new DiagnosticDescriptor(
            RuleIds.AwsFirelensWithoutRouter, RuleTitles.AwsFirelensWithoutRouter, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6008.md");

        /// <summary>TDK6009: see <see cref="RuleTitles.FireLensRouterWithoutUser"/>.</summary>
        public static readonly DiagnosticDescriptor FireLensRouterWithoutUser = new DiagnosticDescriptor(
            RuleIds.FireLensRouterWithoutUser, RuleTitles.FireLensRouterWithoutUser, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6009.md");

        /// <summary>TDK6010: see <see cref="RuleTitles.FireLensConfiguration"/>.</summary>
        public static readonly DiagnosticDescriptor FireLensConfiguration = new DiagnosticDescriptor(
            RuleIds.FireLensConfiguration, RuleTitles.FireLensConfiguration, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6010.md");

        /// <summary>TDK6011: see <see cref="RuleTitles.FireLensHygiene"/>.</summary>
        public static readonly DiagnosticDescriptor FireLensHygiene = new DiagnosticDescriptor(
            RuleIds.FireLensHygiene, RuleTitles.FireLensHygiene, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6011.md");

        /// <summary>TDK6012: see <see cref="RuleTitles.SecretReference"/>.</summary>
        public static readonly DiagnosticDescriptor SecretReference = new DiagnosticDescriptor(
            RuleIds.SecretReference, RuleTitles.SecretReference, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6012.md");

        /// <summary>TDK6013: see <see cref="RuleTitles.SecretsRequireExecutionRole"/>.</summary>
        public static readonly DiagnosticDescriptor SecretsRequireExecutionRole = new DiagnosticDescriptor(
            RuleIds.SecretsRequireExecutionRole, RuleTitles.SecretsRequireExecutionRole, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6013.md");

        /// <summary>TDK6014: see <see cref="RuleTitles.SsmParameterByName"/>.</summary>
        public static readonly DiagnosticDescriptor SsmParameterByName = new DiagnosticDescriptor(
            RuleIds.SsmParameterByName, RuleTitles.SsmParameterByName, MessageFormat, Categories.Security, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6014.md");

        /// <summary>TDK6015: see <see cref="RuleTitles.RepositoryCredentials"/>.</summary>
        public static readonly DiagnosticDescriptor RepositoryCredentials = new DiagnosticDescriptor(
            RuleIds.RepositoryCredentials, RuleTitles.RepositoryCredentials, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6015.md");

        /// <summary>TDK6016: see <see cref="RuleTitles.FargateEcrRequiresExecutionRole"/>.</summary>
        public static readonly DiagnosticDescriptor FargateEcrRequiresExecutionRole = new DiagnosticDescriptor(
            RuleIds.FargateEcrRequiresExecutionRole, RuleTitles.FargateEcrRequiresExecutionRole, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6016.md");

        /// <summary>TDK6017: see <see cref="RuleTitles.FargateAwslogsRequiresExecutionRole"/>.</summary>
        public static readonly DiagnosticDescriptor FargateAwslogsRequiresExecutionRole = new DiagnosticDescriptor(
            RuleIds.FargateAwslogsRequiresExecutionRole, RuleTitles.FargateAwslogsRequiresExecutionRole, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6017.md");

        /// <summary>TDK6018: see <see cref="RuleTitles.EnvironmentFilesRequireExecutionRole"/>.</summary>
        public static readonly DiagnosticDescriptor EnvironmentFilesRequireExecutionRole = new DiagnosticDescriptor(
            RuleIds.EnvironmentFilesRequireExecutionRole, RuleTitles.EnvironmentFilesRequireExecutionRole, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6018.md");

        /// <summary>TDK6019: see <see cref="RuleTitles.RoleArnFormat"/>.</summary>
        public static readonly DiagnosticDescriptor RoleArnFormat = new DiagnosticDescriptor(
            RuleIds.RoleArnFormat, RuleTitles.RoleArnFormat, MessageFormat, Categories.Security, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6019.md");

        /// <summary>TDK6020: see <see cref="RuleTitles.TaskRoleEqualsExecutionRole"/>.</summary>
        public static readonly DiagnosticDescriptor TaskRoleEqualsExecutionRole = new DiagnosticDescriptor(
            RuleIds.TaskRoleEqualsExecutionRole, RuleTitles.TaskRoleEqualsExecutionRole, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6020.md");

        /// <summary>TDK6021: see <see cref="RuleTitles.PrivilegedContainer"/>.</summary>
        public static readonly DiagnosticDescriptor PrivilegedContainer = new DiagnosticDescriptor(
            RuleIds.PrivilegedContainer, RuleTitles.PrivilegedContainer, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6021.md");

        /// <summary>TDK6022: see <see cref="RuleTitles.WritableRootFilesystem"/>.</summary>
        public static readonly DiagnosticDescriptor WritableRootFilesystem = new DiagnosticDescriptor(
            RuleIds.WritableRootFilesystem, RuleTitles.WritableRootFilesystem, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6022.md");

        /// <summary>TDK6023: see <see cref="RuleTitles.ContainerRunsAsRoot"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerRunsAsRoot = new DiagnosticDescriptor(
            RuleIds.ContainerRunsAsRoot, RuleTitles.ContainerRunsAsRoot, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6023.md");

        /// <summary>TDK6024: see <see cref="RuleTitles.HostNetworkRootUser"/>.</summary>
        public static readonly DiagnosticDescriptor HostNetworkRootUser = new DiagnosticDescriptor(
            RuleIds.HostNetworkRootUser, RuleTitles.HostNetworkRootUser, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6024.md");

        /// <summary>TDK6025: see <see cref="RuleTitles.HostNetworkMode"/>.</summary>
        public static readonly DiagnosticDescriptor HostNetworkMode = new DiagnosticDescriptor(
            RuleIds.HostNetworkMode, RuleTitles.HostNetworkMode, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6025.md");

        /// <summary>TDK6026: see <see cref="RuleTitles.HostNamespaceSharing"/>.</summary>
        public static readonly DiagnosticDescriptor HostNamespaceSharing = new DiagnosticDescriptor(
            RuleIds.HostNamespaceSharing, RuleTitles.HostNamespaceSharing, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6026.md");

        /// <summary>TDK6027: see <see cref="RuleTitles.PlaintextSecretInEnvironment"/>.</summary>
        public static readonly DiagnosticDescriptor PlaintextSecretInEnvironment = new DiagnosticDescriptor(
            RuleIds.PlaintextSecretInEnvironment, RuleTitles.PlaintextSecretInEnvironment, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6027.md");

        /// <summary>TDK6028: see <see cref="RuleTitles.NoLogConfiguration"/>.</summary>
        public static readonly DiagnosticDescriptor NoLogConfiguration = new DiagnosticDescriptor(
            RuleIds.NoLogConfiguration, RuleTitles.NoLogConfiguration, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6028.md");

        /// <summary>TDK6029: see <see cref="RuleTitles.CredentialsInLogOptions"/>.</summary>
        public static readonly DiagnosticDescriptor CredentialsInLogOptions = new DiagnosticDescriptor(
            RuleIds.CredentialsInLogOptions, RuleTitles.CredentialsInLogOptions, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6029.md");

        /// <summary>TDK6030: see <see cref="RuleTitles.EfsWithoutTransitEncryption"/>.</summary>
        public static readonly DiagnosticDescriptor EfsWithoutTransitEncryption = new DiagnosticDescriptor(
            RuleIds.EfsWithoutTransitEncryption, RuleTitles.EfsWithoutTransitEncryption, MessageFormat, Categories.Security, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6030.md");

        /// <summary>TDK6031: see <see cref="RuleTitles.NoHealthCheckOrMemoryLimit"/>.</summary>
        public static readonly DiagnosticDescriptor NoHealthCheckOrMemoryLimit = new DiagnosticDescriptor(
            RuleIds.NoHealthCheckOrMemoryLimit, RuleTitles.NoHealthCheckOrMemoryLimit, MessageFormat, Categories.Security, DiagnosticSeverity.Info,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK6031.md");

        /// <summary>TDK7001: see <see cref="RuleTitles.LaunchTypeAndCapacityProviders"/>.</summary>
        public static readonly DiagnosticDescriptor LaunchTypeAndCapacityProviders = new DiagnosticDescriptor(
            RuleIds.LaunchTypeAndCapacityProviders, RuleTitles.LaunchTypeAndCapacityProviders, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7001.md");

        /// <summary>TDK7002: see <see cref="RuleTitles.SchedulingStrategy"/>.</summary>
        public static readonly DiagnosticDescriptor SchedulingStrategy = new DiagnosticDescriptor(
            RuleIds.SchedulingStrategy, RuleTitles.SchedulingStrategy, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7002.md");

        /// <summary>TDK7003: see <see cref="RuleTitles.DaemonServiceSettings"/>.</summary>
        public static readonly DiagnosticDescriptor DaemonServiceSettings = new DiagnosticDescriptor(
            RuleIds.DaemonServiceSettings, RuleTitles.DaemonServiceSettings, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7003.md");

        /// <summary>TDK7004: see <see cref="RuleTitles.NetworkConfiguration"/>.</summary>
        public static readonly DiagnosticDescriptor NetworkConfiguration = new DiagnosticDescriptor(
            RuleIds.NetworkConfiguration, RuleTitles.NetworkConfiguration, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7004.md");

        /// <summary>TDK7005: see <see cref="RuleTitles.ServiceLaunchTypeCompatibility"/>.</summary>
        public static readonly DiagnosticDescriptor ServiceLaunchTypeCompatibility = new DiagnosticDescriptor(
            RuleIds.ServiceLaunchTypeCompatibility, RuleTitles.ServiceLaunchTypeCompatibility, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7005.md");

        /// <summary>TDK7006: see <see cref="RuleTitles.DeploymentCircuitBreaker"/>.</summary>
        public static readonly DiagnosticDescriptor DeploymentCircuitBreaker = new DiagnosticDescriptor(
            RuleIds.DeploymentCircuitBreaker, RuleTitles.DeploymentCircuitBreaker, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7006.md");

        /// <summary>TDK7007: see <see cref="RuleTitles.MinimumHealthyPercent"/>.</summary>
        public static readonly DiagnosticDescriptor MinimumHealthyPercent = new DiagnosticDescriptor(
            RuleIds.MinimumHealthyPercent, RuleTitles.MinimumHealthyPercent, MessageFormat, Categories.Service, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7007.md");

        /// <summary>TDK7008: see <see cref="RuleTitles.DeploymentStrategy"/>.</summary>
        public static readonly DiagnosticDescriptor DeploymentStrategy = new DiagnosticDescriptor(
            RuleIds.DeploymentStrategy, RuleTitles.DeploymentStrategy, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7008.md");

        /// <summary>TDK7009: see <see cref="RuleTitles.FargatePlatformVersionPinned"/>.</summary>
        public static readonly DiagnosticDescriptor FargatePlatformVersionPinned = new DiagnosticDescriptor(
            RuleIds.FargatePlatformVersionPinned, RuleTitles.FargatePlatformVersionPinned, MessageFormat, Categories.Service, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7009.md");

        /// <summary>TDK7010: see <see cref="RuleTitles.PublicIpAssigned"/>.</summary>
        public static readonly DiagnosticDescriptor PublicIpAssigned = new DiagnosticDescriptor(
            RuleIds.PublicIpAssigned, RuleTitles.PublicIpAssigned, MessageFormat, Categories.Service, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7010.md");

        /// <summary>TDK7011: see <see cref="RuleTitles.RunTaskCount"/>.</summary>
        public static readonly DiagnosticDescriptor RunTaskCount = new DiagnosticDescriptor(
            RuleIds.RunTaskCount, RuleTitles.RunTaskCount, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7011.md");

        /// <summary>TDK7012: see <see cref="RuleTitles.LoadBalancerTarget"/>.</summary>
        public static readonly DiagnosticDescriptor LoadBalancerTarget = new DiagnosticDescriptor(
            RuleIds.LoadBalancerTarget, RuleTitles.LoadBalancerTarget, MessageFormat, Categories.Service, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK7012.md");

        /// <summary>TDK8001: see <see cref="RuleTitles.NotPartial"/>.</summary>
        public static readonly DiagnosticDescriptor NotPartial = new DiagnosticDescriptor(
            RuleIds.NotPartial, RuleTitles.NotPartial, MessageFormat, Categories.Generator, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK8001.md");

        /// <summary>TDK8002: see <see cref="RuleTitles.ContainerDeclaredTwice"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerDeclaredTwice = new DiagnosticDescriptor(
            RuleIds.ContainerDeclaredTwice, RuleTitles.ContainerDeclaredTwice, MessageFormat, Categories.Generator, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK8002.md");

        /// <summary>TDK8003: see <see cref="RuleTitles.UnknownReference"/>.</summary>
        public static readonly DiagnosticDescriptor UnknownReference = new DiagnosticDescriptor(
            RuleIds.UnknownReference, RuleTitles.UnknownReference, MessageFormat, Categories.Generator, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK8003.md");

        /// <summary>TDK8004: see <see cref="RuleTitles.InvalidAttributeValue"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidAttributeValue = new DiagnosticDescriptor(
            RuleIds.InvalidAttributeValue, RuleTitles.InvalidAttributeValue, MessageFormat, Categories.Generator, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK8004.md");

        /// <summary>TDK8005: see <see cref="RuleTitles.ContainerAttributeMisplaced"/>.</summary>
        public static readonly DiagnosticDescriptor ContainerAttributeMisplaced = new DiagnosticDescriptor(
            RuleIds.ContainerAttributeMisplaced, RuleTitles.ContainerAttributeMisplaced, MessageFormat, Categories.Generator, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + "TDK8005.md");

        /// <summary>The descriptor of a catalog rule by ID; null for an ID this table does not know.</summary>
        public static DiagnosticDescriptor? Find(string ruleId)
        {
            switch (ruleId)
            {
                case "TDK0001": return MalformedJson;
                case "TDK0002": return UnrecognisedDocument;
                case "TDK1001": return FamilyName;
                case "TDK1002": return ContainerDefinitionsRequired;
                case "TDK1003": return TooManyContainers;
                case "TDK1004": return NoEssentialContainer;
                case "TDK1005": return DuplicateContainerName;
                case "TDK1006": return RequiresCompatibilitiesValue;
                case "TDK1007": return NetworkModeValue;
                case "TDK1008": return FargateNetworkMode;
                case "TDK1009": return NetworkModePlatform;
                case "TDK1010": return JsonType;
                case "TDK1011": return TaskCpuFormat;
                case "TDK1012": return TaskMemoryFormat;
                case "TDK1013": return FargateTaskSizeRequired;
                case "TDK1014": return FargateTaskSize;
                case "TDK1015": return FargateWindowsTaskSize;
                case "TDK1016": return TaskCpuRange;
                case "TDK1017": return ContainerMemoryRequired;
                case "TDK1018": return ContainerCpuExceedsTask;
                case "TDK1019": return ContainerMemoryExceedsTask;
                case "TDK1020": return WindowsTaskLevelResources;
                case "TDK1021": return PidMode;
                case "TDK1022": return IpcMode;
                case "TDK1023": return RuntimePlatformValue;
                case "TDK1024": return FargateOperatingSystem;
                case "TDK1025": return Arm64RequiresLinux;
                case "TDK1026": return ProxyConfiguration;
                case "TDK1027": return InferenceAcceleratorDeprecated;
                case "TDK1028": return Tags;
                case "TDK1029": return UnknownMember;
                case "TDK2001": return ContainerName;
                case "TDK2002": return ImageRequired;
                case "TDK2003": return ImageFormat;
                case "TDK2004": return ImageTag;
                case "TDK2005": return ImageRepositoryCase;
                case "TDK2006": return EcrImageUri;
                case "TDK2007": return MutableImageTag;
                case "TDK2008": return ContainerMemoryPositive;
                case "TDK2009": return ContainerMemoryTooSmall;
                case "TDK2010": return MemoryReservationExceedsMemory;
                case "TDK2011": return DependsOn;
                case "TDK2012": return DependsOnCycle;
                case "TDK2013": return DependsOnCompleteEssential;
                case "TDK2014": return DependsOnHealthyWithoutHealthCheck;
                case "TDK2015": return HealthCheckCommand;
                case "TDK2016": return HealthCheckRanges;
                case "TDK2017": return HealthCheckIntervalShorterThanTimeout;
                case "TDK2018": return FargateStartStopTimeout;
                case "TDK2019": return Links;
                case "TDK2020": return FargateUnsupportedContainerParameter;
                case "TDK2021": return AwsVpcUnsupportedContainerParameter;
                case "TDK2022": return WindowsUnsupportedContainerParameter;
                case "TDK2023": return Ulimits;
                case "TDK2024": return FargateUlimits;
                case "TDK2025": return KernelCapabilities;
                case "TDK2026": return LinuxParameters;
                case "TDK2027": return DockerSecurityOptions;
                case "TDK2028": return SystemControls;
                case "TDK2029": return ResourceRequirements;
                case "TDK2030": return RestartPolicy;
                case "TDK2031": return UserFormat;
                case "TDK2032": return EnvironmentNameRequired;
                case "TDK2033": return EnvironmentHygiene;
                case "TDK2034": return SecretShadowsEnvironment;
                case "TDK2035": return EnvironmentFiles;
                case "TDK2036": return VolumesFrom;
                case "TDK2037": return ExtraHostsAndDnsSearchDomains;
                case "TDK3001": return VolumeName;
                case "TDK3002": return DuplicateVolumeName;
                case "TDK3003": return VolumeKind;
                case "TDK3004": return UnknownSourceVolume;
                case "TDK3005": return MountPointFields;
                case "TDK3006": return FargateHostSourcePath;
                case "TDK3007": return DockerVolumePlatform;
                case "TDK3008": return DockerVolumeScope;
                case "TDK3009": return EfsVolumeConfiguration;
                case "TDK3010": return EfsIamRequiresTransitEncryption;
                case "TDK3011": return EfsAccessPoint;
                case "TDK3012": return EfsTransitEncryptionPort;
                case "TDK3013": return EfsPlatform;
                case "TDK3014": return FsxWindowsVolume;
                case "TDK3015": return S3FilesVolume;
                case "TDK3016": return EphemeralStorageSize;
                case "TDK3017": return EphemeralStorageNotFargate;
                case "TDK3018": return WindowsBindMountDrive;
                case "TDK4001": return PortNumbers;
                case "TDK4002": return NoneNetworkPortMappings;
                case "TDK4003": return AwsVpcHostPort;
                case "TDK4004": return HostModeHostPort;
                case "TDK4005": return PortProtocol;
                case "TDK4006": return DuplicateContainerPort;
                case "TDK4007": return PortConflictInTask;
                case "TDK4008": return ReservedOrEphemeralHostPort;
                case "TDK4009": return ContainerPortRangeFormat;
                case "TDK4010": return ContainerPortRangeUsage;
                case "TDK4011": return PortMappingName;
                case "TDK4012": return AppProtocol;
                case "TDK4013": return FargateWindowsReservedPort;
                case "TDK4014": return FireLensPort24224;
                case "TDK5001": return PlacementStrategyType;
                case "TDK5002": return BinpackField;
                case "TDK5003": return SpreadField;
                case "TDK5004": return RandomField;
                case "TDK5005": return TooManyPlacementStrategies;
                case "TDK5006": return PlacementConstraintType;
                case "TDK5007": return DistinctInstanceExpression;
                case "TDK5008": return MemberOfExpressionRequired;
                case "TDK5009": return ExpressionLength;
                case "TDK5010": return TooManyPlacementConstraints;
                case "TDK5011": return TaskDefinitionConstraintType;
                case "TDK5012": return FargatePlacement;
                case "TDK5013": return DaemonPlacementStrategy;
                case "TDK5014": return CqlSyntax;
                case "TDK5015": return CqlOperator;
                case "TDK5016": return CqlArgument;
                case "TDK5017": return AttributeName;
                case "TDK6001": return LogDriver;
                case "TDK6002": return FargateLogDriver;
                case "TDK6003": return AwslogsRequiredOptions;
                case "TDK6004": return AwslogsStreamPrefix;
                case "TDK6005": return AwslogsOptions;
                case "TDK6006": return AwslogsBlockingMode;
                case "TDK6007": return SplunkOptions;
                case "TDK6008": return AwsFirelensWithoutRouter;
                case "TDK6009": return FireLensRouterWithoutUser;
                case "TDK6010": return FireLensConfiguration;
                case "TDK6011": return FireLensHygiene;
                case "TDK6012": return SecretReference;
                case "TDK6013": return SecretsRequireExecutionRole;
                case "TDK6014": return SsmParameterByName;
                case "TDK6015": return RepositoryCredentials;
                case "TDK6016": return FargateEcrRequiresExecutionRole;
                case "TDK6017": return FargateAwslogsRequiresExecutionRole;
                case "TDK6018": return EnvironmentFilesRequireExecutionRole;
                case "TDK6019": return RoleArnFormat;
                case "TDK6020": return TaskRoleEqualsExecutionRole;
                case "TDK6021": return PrivilegedContainer;
                case "TDK6022": return WritableRootFilesystem;
                case "TDK6023": return ContainerRunsAsRoot;
                case "TDK6024": return HostNetworkRootUser;
                case "TDK6025": return HostNetworkMode;
                case "TDK6026": return HostNamespaceSharing;
                case "TDK6027": return PlaintextSecretInEnvironment;
                case "TDK6028": return NoLogConfiguration;
                case "TDK6029": return CredentialsInLogOptions;
                case "TDK6030": return EfsWithoutTransitEncryption;
                case "TDK6031": return NoHealthCheckOrMemoryLimit;
                case "TDK7001": return LaunchTypeAndCapacityProviders;
                case "TDK7002": return SchedulingStrategy;
                case "TDK7003": return DaemonServiceSettings;
                case "TDK7004": return NetworkConfiguration;
                case "TDK7005": return ServiceLaunchTypeCompatibility;
                case "TDK7006": return DeploymentCircuitBreaker;
                case "TDK7007": return MinimumHealthyPercent;
                case "TDK7008": return DeploymentStrategy;
                case "TDK7009": return FargatePlatformVersionPinned;
                case "TDK7010": return PublicIpAssigned;
                case "TDK7011": return RunTaskCount;
                case "TDK7012": return LoadBalancerTarget;
                case "TDK8001": return NotPartial;
                case "TDK8002": return ContainerDeclaredTwice;
                case "TDK8003": return UnknownReference;
                case "TDK8004": return InvalidAttributeValue;
                case "TDK8005": return ContainerAttributeMisplaced;
                default: return null;
            }
        }

        /// <summary>Every catalog rule's descriptor, in ID order.</summary>
        public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> CatalogRules { get; } = System.Collections.Immutable.ImmutableArray.Create(
            MalformedJson,
            UnrecognisedDocument,
            FamilyName,
            ContainerDefinitionsRequired,
            TooManyContainers,
            NoEssentialContainer,
            DuplicateContainerName,
            RequiresCompatibilitiesValue,
            NetworkModeValue,
            FargateNetworkMode,
            NetworkModePlatform,
            JsonType,
            TaskCpuFormat,
            TaskMemoryFormat,
            FargateTaskSizeRequired,
            FargateTaskSize,
            FargateWindowsTaskSize,
            TaskCpuRange,
            ContainerMemoryRequired,
            ContainerCpuExceedsTask,
            ContainerMemoryExceedsTask,
            WindowsTaskLevelResources,
            PidMode,
            IpcMode,
            RuntimePlatformValue,
            FargateOperatingSystem,
            Arm64RequiresLinux,
            ProxyConfiguration,
            InferenceAcceleratorDeprecated,
            Tags,
            UnknownMember,
            ContainerName,
            ImageRequired,
            ImageFormat,
            ImageTag,
            ImageRepositoryCase,
            EcrImageUri,
            MutableImageTag,
            ContainerMemoryPositive,
            ContainerMemoryTooSmall,
            MemoryReservationExceedsMemory,
            DependsOn,
            DependsOnCycle,
            DependsOnCompleteEssential,
            DependsOnHealthyWithoutHealthCheck,
            HealthCheckCommand,
            HealthCheckRanges,
            HealthCheckIntervalShorterThanTimeout,
            FargateStartStopTimeout,
            Links,
            FargateUnsupportedContainerParameter,
            AwsVpcUnsupportedContainerParameter,
            WindowsUnsupportedContainerParameter,
            Ulimits,
            FargateUlimits,
            KernelCapabilities,
            LinuxParameters,
            DockerSecurityOptions,
            SystemControls,
            ResourceRequirements,
            RestartPolicy,
            UserFormat,
            EnvironmentNameRequired,
            EnvironmentHygiene,
            SecretShadowsEnvironment,
            EnvironmentFiles,
            VolumesFrom,
            ExtraHostsAndDnsSearchDomains,
            VolumeName,
            DuplicateVolumeName,
            VolumeKind,
            UnknownSourceVolume,
            MountPointFields,
            FargateHostSourcePath,
            DockerVolumePlatform,
            DockerVolumeScope,
            EfsVolumeConfiguration,
            EfsIamRequiresTransitEncryption,
            EfsAccessPoint,
            EfsTransitEncryptionPort,
            EfsPlatform,
            FsxWindowsVolume,
            S3FilesVolume,
            EphemeralStorageSize,
            EphemeralStorageNotFargate,
            WindowsBindMountDrive,
            PortNumbers,
            NoneNetworkPortMappings,
            AwsVpcHostPort,
            HostModeHostPort,
            PortProtocol,
            DuplicateContainerPort,
            PortConflictInTask,
            ReservedOrEphemeralHostPort,
            ContainerPortRangeFormat,
            ContainerPortRangeUsage,
            PortMappingName,
            AppProtocol,
            FargateWindowsReservedPort,
            FireLensPort24224,
            PlacementStrategyType,
            BinpackField,
            SpreadField,
            RandomField,
            TooManyPlacementStrategies,
            PlacementConstraintType,
            DistinctInstanceExpression,
            MemberOfExpressionRequired,
            ExpressionLength,
            TooManyPlacementConstraints,
            TaskDefinitionConstraintType,
            FargatePlacement,
            DaemonPlacementStrategy,
            CqlSyntax,
            CqlOperator,
            CqlArgument,
            AttributeName,
            LogDriver,
            FargateLogDriver,
            AwslogsRequiredOptions,
            AwslogsStreamPrefix,
            AwslogsOptions,
            AwslogsBlockingMode,
            SplunkOptions,
            AwsFirelensWithoutRouter,
            FireLensRouterWithoutUser,
            FireLensConfiguration,
            FireLensHygiene,
            SecretReference,
            SecretsRequireExecutionRole,
            SsmParameterByName,
            RepositoryCredentials,
            FargateEcrRequiresExecutionRole,
            FargateAwslogsRequiresExecutionRole,
            EnvironmentFilesRequireExecutionRole,
            RoleArnFormat,
            TaskRoleEqualsExecutionRole,
            PrivilegedContainer,
            WritableRootFilesystem,
            ContainerRunsAsRoot,
            HostNetworkRootUser,
            HostNetworkMode,
            HostNamespaceSharing,
            PlaintextSecretInEnvironment,
            NoLogConfiguration,
            CredentialsInLogOptions,
            EfsWithoutTransitEncryption,
            NoHealthCheckOrMemoryLimit,
            LaunchTypeAndCapacityProviders,
            SchedulingStrategy,
            DaemonServiceSettings,
            NetworkConfiguration,
            ServiceLaunchTypeCompatibility,
            DeploymentCircuitBreaker,
            MinimumHealthyPercent,
            DeploymentStrategy,
            FargatePlatformVersionPinned,
            PublicIpAssigned,
            RunTaskCount,
            LoadBalancerTarget,
            NotPartial,
            ContainerDeclaredTwice,
            UnknownReference,
            InvalidAttributeValue,
            ContainerAttributeMisplaced);
    }
}
