namespace TaskDefKit.Rules
{
    /// <summary>The numeric limits of the catalog, named once and used by the validator, the generator and the analyzers.</summary>
    public static class Limits
    {
        /// <summary>TDK1003: containers per task definition (service quota, not adjustable).</summary>
        public const int MaxContainers = 10;

        /// <summary>TDK1001/TDK2001/TDK3001: names of families, containers and volumes.</summary>
        public const int MaxNameLength = 255;

        /// <summary>TDK1016: EC2 task cpu range in CPU units (0.125–192 vCPU).</summary>
        public const int MinEc2TaskCpu = 128;

        /// <summary>TDK1016: EC2 task cpu range in CPU units (0.125–192 vCPU).</summary>
        public const int MaxEc2TaskCpu = 196608;

        /// <summary>TDK1028: tags per resource.</summary>
        public const int MaxTags = 50;

        /// <summary>The largest RegisterTaskDefinition request ECS accepts, in bytes ("Max allowed length is '65536' bytes").</summary>
        public const int MaxRegisterRequestBytes = 65536;

        /// <summary>TDK1028: tag key length.</summary>
        public const int MaxTagKeyLength = 128;

        /// <summary>TDK1028: tag value length.</summary>
        public const int MaxTagValueLength = 256;

        /// <summary>TDK2003: image reference length before any digest.</summary>
        public const int MaxImageLength = 255;

        /// <summary>TDK2009: the smallest container memory Docker (≥ 20.10) accepts, in MiB.</summary>
        public const int MinDockerContainerMemoryMiB = 6;

        /// <summary>TDK2016: health check interval, seconds.</summary>
        public const int MinHealthCheckInterval = 5;

        /// <summary>TDK2016: health check interval, seconds.</summary>
        public const int MaxHealthCheckInterval = 300;

        /// <summary>TDK2016: health check timeout, seconds.</summary>
        public const int MinHealthCheckTimeout = 2;

        /// <summary>TDK2016: health check timeout, seconds (the ECS API; CDK allows 120, see the catalog's open questions).</summary>
        public const int MaxHealthCheckTimeout = 60;

        /// <summary>TDK2016: health check retries.</summary>
        public const int MinHealthCheckRetries = 1;

        /// <summary>TDK2016: health check retries.</summary>
        public const int MaxHealthCheckRetries = 10;

        /// <summary>TDK2016: health check start period, seconds.</summary>
        public const int MaxHealthCheckStartPeriod = 300;

        /// <summary>TDK2018: Fargate startTimeout/stopTimeout, seconds.</summary>
        public const int MinFargateContainerTimeout = 2;

        /// <summary>TDK2018: Fargate startTimeout/stopTimeout, seconds.</summary>
        public const int MaxFargateContainerTimeout = 120;

        /// <summary>TDK2024: the highest nofile limit on Fargate Linux.</summary>
        public const int MaxFargateNofile = 1048576;

        /// <summary>TDK2026: swappiness range.</summary>
        public const int MaxSwappiness = 100;

        /// <summary>TDK2030: restart policy ignored exit codes.</summary>
        public const int MaxRestartIgnoredExitCodes = 50;

        /// <summary>TDK2030: restart attempt period, seconds.</summary>
        public const int MinRestartAttemptPeriod = 60;

        /// <summary>TDK2030: restart attempt period, seconds.</summary>
        public const int MaxRestartAttemptPeriod = 1800;

        /// <summary>TDK2035: environment files per container.</summary>
        public const int MaxEnvironmentFiles = 10;

        /// <summary>TDK3016: ephemeral storage, GiB.</summary>
        public const int MinEphemeralStorageGiB = 21;

        /// <summary>TDK3016: ephemeral storage, GiB.</summary>
        public const int MaxEphemeralStorageGiB = 200;

        /// <summary>TDK4001: highest port number.</summary>
        public const int MaxPort = 65535;

        /// <summary>TDK4010: port ranges per container.</summary>
        public const int MaxPortRangesPerContainer = 100;

        /// <summary>TDK4011: port mapping name length.</summary>
        public const int MaxPortMappingNameLength = 64;

        /// <summary>TDK4013: the container port reserved for Windows on Fargate.</summary>
        public const int FargateWindowsReservedPort = 3150;

        /// <summary>TDK4014: the port the FireLens log router listens on.</summary>
        public const int FireLensForwardPort = 24224;

        /// <summary>TDK5005: placement strategies per service or RunTask call.</summary>
        public const int MaxPlacementStrategies = 5;

        /// <summary>TDK5009: length of a placement constraint expression.</summary>
        public const int MaxPlacementExpressionLength = 2000;

        /// <summary>TDK5010: placement constraints per task, task definition and run time together.</summary>
        public const int MaxPlacementConstraints = 10;
    }
}
