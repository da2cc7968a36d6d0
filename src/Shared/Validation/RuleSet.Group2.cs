using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        static partial void AddGroup2(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk2.Tdk2001ContainerName());
            rules.Add(new Rules.Tdk2.Tdk2002ImageRequired());
            rules.Add(new Rules.Tdk2.Tdk2003ImageFormat());
            rules.Add(new Rules.Tdk2.Tdk2004ImageTag());
            rules.Add(new Rules.Tdk2.Tdk2005ImageRepositoryCase());
            rules.Add(new Rules.Tdk2.Tdk2006EcrImageUri());
            rules.Add(new Rules.Tdk2.Tdk2007MutableImageTag());
            rules.Add(new Rules.Tdk2.Tdk2008ContainerMemoryPositive());
            rules.Add(new Rules.Tdk2.Tdk2009ContainerMemoryTooSmall());
            rules.Add(new Rules.Tdk2.Tdk2010MemoryReservationExceedsMemory());
            rules.Add(new Rules.Tdk2.Tdk2011DependsOn());
            rules.Add(new Rules.Tdk2.Tdk2012DependsOnCycle());
            rules.Add(new Rules.Tdk2.Tdk2013DependsOnCompleteEssential());
            rules.Add(new Rules.Tdk2.Tdk2014DependsOnHealthyWithoutHealthCheck());
            rules.Add(new Rules.Tdk2.Tdk2015HealthCheckCommand());
            rules.Add(new Rules.Tdk2.Tdk2016HealthCheckRanges());
            rules.Add(new Rules.Tdk2.Tdk2017HealthCheckIntervalShorterThanTimeout());
            rules.Add(new Rules.Tdk2.Tdk2018FargateStartStopTimeout());
            rules.Add(new Rules.Tdk2.Tdk2019Links());
            rules.Add(new Rules.Tdk2.Tdk2020FargateUnsupportedContainerParameter());
            rules.Add(new Rules.Tdk2.Tdk2021AwsVpcUnsupportedContainerParameter());
            rules.Add(new Rules.Tdk2.Tdk2022WindowsUnsupportedContainerParameter());
            rules.Add(new Rules.Tdk2.Tdk2023Ulimits());
            rules.Add(new Rules.Tdk2.Tdk2024FargateUlimits());
            rules.Add(new Rules.Tdk2.Tdk2025KernelCapabilities());
            rules.Add(new Rules.Tdk2.Tdk2026LinuxParameters());
            rules.Add(new Rules.Tdk2.Tdk2027DockerSecurityOptions());
            rules.Add(new Rules.Tdk2.Tdk2028SystemControls());
            rules.Add(new Rules.Tdk2.Tdk2029ResourceRequirements());
            rules.Add(new Rules.Tdk2.Tdk2030RestartPolicy());
            rules.Add(new Rules.Tdk2.Tdk2031UserFormat());
            rules.Add(new Rules.Tdk2.Tdk2032EnvironmentNameRequired());
            rules.Add(new Rules.Tdk2.Tdk2033EnvironmentHygiene());
            rules.Add(new Rules.Tdk2.Tdk2034SecretShadowsEnvironment());
            rules.Add(new Rules.Tdk2.Tdk2035EnvironmentFiles());
            rules.Add(new Rules.Tdk2.Tdk2036VolumesFrom());
            rules.Add(new Rules.Tdk2.Tdk2037ExtraHostsAndDnsSearchDomains());
        }
    }
}
