using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        static partial void AddGroup4(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk4.Tdk4001PortNumbers());
            rules.Add(new Rules.Tdk4.Tdk4002NoneNetworkPortMappings());
            rules.Add(new Rules.Tdk4.Tdk4003AwsVpcHostPort());
            rules.Add(new Rules.Tdk4.Tdk4004HostModeHostPort());
            rules.Add(new Rules.Tdk4.Tdk4005PortProtocol());
            rules.Add(new Rules.Tdk4.Tdk4006DuplicateContainerPort());
            rules.Add(new Rules.Tdk4.Tdk4007PortConflictInTask());
            rules.Add(new Rules.Tdk4.Tdk4008ReservedOrEphemeralHostPort());
            rules.Add(new Rules.Tdk4.Tdk4009ContainerPortRangeFormat());
            rules.Add(new Rules.Tdk4.Tdk4010ContainerPortRangeUsage());
            rules.Add(new Rules.Tdk4.Tdk4011PortMappingName());
            rules.Add(new Rules.Tdk4.Tdk4012AppProtocol());
            rules.Add(new Rules.Tdk4.Tdk4013FargateWindowsReservedPort());
            rules.Add(new Rules.Tdk4.Tdk4014FireLensPort24224());
        }
    }
}
