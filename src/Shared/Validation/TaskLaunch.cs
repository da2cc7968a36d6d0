using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// The members a CreateService and a RunTask input share — launch type, capacity provider strategy, network
    /// configuration, platform version — so one rule judges both. Their JSON names are the same in both inputs.
    /// </summary>
    public sealed class TaskLaunch
    {
        internal TaskLaunch(LaunchType? launchType, List<CapacityProviderStrategyItem>? strategy, NetworkConfiguration? network, string? platformVersion, string noun)
        {
            LaunchType = launchType;
            CapacityProviderStrategy = strategy;
            NetworkConfiguration = network;
            PlatformVersion = platformVersion;
            Noun = noun;
            FargateProviderIndex = FindFargateProvider(launchType, strategy);
        }

        public LaunchType? LaunchType { get; }

        public List<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; }

        public NetworkConfiguration? NetworkConfiguration { get; }

        public string? PlatformVersion { get; }

        /// <summary>"service" or "task", for messages.</summary>
        public string Noun { get; }

        /// <summary>
        /// Without a launch type, the index of the first <c>FARGATE</c>/<c>FARGATE_SPOT</c> item of the capacity provider
        /// strategy; -1 otherwise.
        /// </summary>
        public int FargateProviderIndex { get; }

        /// <summary>The tasks run on Fargate: launch type <c>FARGATE</c> or a Fargate capacity provider.</summary>
        public bool IsFargate => LaunchType == Model.Services.LaunchType.Fargate || FargateProviderIndex >= 0;

        /// <summary>The launch type as a task-definition compatibility (for the placement rules); null when not decided here.</summary>
        internal Compatibility? Compatibility =>
            IsFargate ? Model.Compatibility.Fargate
            : LaunchType.HasValue ? new Compatibility(LaunchType.Value.Value)
            : (Compatibility?)null;

        /// <summary>True for the capacity providers AWS provides for Fargate.</summary>
        public static bool IsFargateProvider(string? provider) => provider == "FARGATE" || provider == "FARGATE_SPOT";

        private static int FindFargateProvider(LaunchType? launchType, List<CapacityProviderStrategyItem>? strategy)
        {
            if (launchType.HasValue || strategy is null)
            {
                return -1;
            }

            for (int i = 0; i < strategy.Count; i++)
            {
                if (IsFargateProvider(strategy[i]?.CapacityProvider))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
