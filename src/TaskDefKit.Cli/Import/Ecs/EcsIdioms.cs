using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Cli.Import.Ecs
{
    /// <summary>
    /// The presets and helpers of <c>TaskDefKit.Builders.Services</c> that services, RunTask and clusters share,
    /// written only when they produce exactly the input's value (null otherwise, and the member is configured).
    /// </summary>
    internal static class EcsIdioms
    {
        private const string Fargate = "FARGATE";
        private const string FargateSpot = "FARGATE_SPOT";

        /// <summary><c>CapacityStrategy.Fargate()</c>, <c>FargateSpot()</c>, <c>FargateWithSpot(…)</c> or <c>Provider(…).And(…)</c>.</summary>
        public static string? Capacity(List<CapacityProviderStrategyItem>? items)
        {
            if (items is null || items.Count == 0 || !items.TrueForAll(i => i is { CapacityProvider: not null, Weight: not null, AdditionalMembers: null }))
            {
                return null;
            }

            CapacityProviderStrategyItem first = items[0];
            if (items.Count == 1 && first.CapacityProvider == Fargate && first.Weight == 1)
            {
                return "CapacityStrategy.Fargate(" + (first.Base is int b ? Int(b) : string.Empty) + ")";
            }

            if (items.Count == 1 && first.CapacityProvider == FargateSpot && first.Weight == 1 && first.Base is null)
            {
                return "CapacityStrategy.FargateSpot()";
            }

            if (items.Count == 2 && first.CapacityProvider == Fargate && first.Base is int onDemandBase && items[1].CapacityProvider == FargateSpot && items[1].Base is null)
            {
                var arguments = new List<string>();
                if (onDemandBase != 1)
                {
                    arguments.Add("onDemandBase: " + Int(onDemandBase));
                }

                if (first.Weight != 1)
                {
                    arguments.Add("onDemandWeight: " + Int(first.Weight!.Value));
                }

                if (items[1].Weight != 1)
                {
                    arguments.Add("spotWeight: " + Int(items[1].Weight!.Value));
                }

                return "CapacityStrategy.FargateWithSpot(" + string.Join(", ", arguments) + ")";
            }

            string text = "CapacityStrategy.Provider(" + Provider(first) + ")";
            for (int i = 1; i < items.Count; i++)
            {
                text += ".And(" + Provider(items[i]) + ")";
            }

            return text;
        }

        /// <summary><c>AwsVpcNetwork(n => n.Subnets(…).SecurityGroups(…).AssignPublicIp())</c> when <c>assignPublicIp</c> is written.</summary>
        public static string? Network(NetworkConfiguration? network)
        {
            AwsVpcConfiguration? vpc = network?.AwsVpcConfiguration;
            if (network?.AdditionalMembers != null || vpc is null || vpc.AdditionalMembers != null || vpc.AssignPublicIp is null ||
                vpc.Subnets is null || vpc.Subnets.Count == 0 || vpc.Subnets.Contains(null!) || (vpc.SecurityGroups != null && vpc.SecurityGroups.Contains(null!)))
            {
                return null;
            }

            string text = "AwsVpcNetwork(n => n.Subnets(" + EcsChainWriter.Strings(vpc.Subnets) + ")";
            if (vpc.SecurityGroups != null)
            {
                text += ".SecurityGroups(" + EcsChainWriter.Strings(vpc.SecurityGroups) + ")";
            }

            if (vpc.AssignPublicIp.Value == AssignPublicIp.Enabled)
            {
                return text + ".AssignPublicIp())";
            }

            return vpc.AssignPublicIp.Value == AssignPublicIp.Disabled ? text + ")" : null;
        }

        /// <summary>One <c>.Tag(key, value)</c> per tag, when every tag has both.</summary>
        public static bool Tags(EcsChainWriter writer, List<Tag>? tags)
        {
            if (tags is null || !tags.TrueForAll(t => t is { Key: not null, Value: not null, AdditionalMembers: null }))
            {
                return false;
            }

            tags.ForEach(t => writer.Call("Tag(" + CSharpValues.String(t.Key) + ", " + CSharpValues.String(t.Value) + ")"));
            return true;
        }

        /// <summary><c>Fargate()</c>, <c>Ec2()</c> or <c>LaunchType(…)</c>.</summary>
        public static string Launch(LaunchType launchType) =>
            launchType == Model.Services.LaunchType.Fargate ? "Fargate()" : launchType == Model.Services.LaunchType.Ec2 ? "Ec2()" : "LaunchType(" + CSharpValues.Enum(launchType) + ")";

        public static string Flag(string method, bool enabled) => method + (enabled ? "()" : "(false)");

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Provider(CapacityProviderStrategyItem item) =>
            CSharpValues.String(item.CapacityProvider) + ", " + Int(item.Weight!.Value) + (item.Base is int b ? ", " + Int(b) : string.Empty);
    }
}
