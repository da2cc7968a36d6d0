using System.Collections.Generic;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        /// <summary>TDK1xxx, task definition level. TDK1010 (JSON types) is decided by the JSON reader.</summary>
        static partial void AddGroup1(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Rules.Tdk1.Tdk1001FamilyName());
            rules.Add(new Rules.Tdk1.Tdk1002ContainerDefinitionsRequired());
            rules.Add(new Rules.Tdk1.Tdk1003TooManyContainers());
            rules.Add(new Rules.Tdk1.Tdk1004NoEssentialContainer());
            rules.Add(new Rules.Tdk1.Tdk1005DuplicateContainerName());
            rules.Add(new Rules.Tdk1.Tdk1006RequiresCompatibilitiesValue());
            rules.Add(new Rules.Tdk1.Tdk1007NetworkModeValue());
            rules.Add(new Rules.Tdk1.Tdk1008FargateNetworkMode());
            rules.Add(new Rules.Tdk1.Tdk1009NetworkModePlatform());
            rules.Add(new Rules.Tdk1.Tdk1011TaskCpuFormat());
            rules.Add(new Rules.Tdk1.Tdk1012TaskMemoryFormat());
            rules.Add(new Rules.Tdk1.Tdk1013FargateTaskSizeRequired());
            rules.Add(new Rules.Tdk1.Tdk1014FargateTaskSize());
            rules.Add(new Rules.Tdk1.Tdk1015FargateWindowsTaskSize());
            rules.Add(new Rules.Tdk1.Tdk1016TaskCpuRange());
            rules.Add(new Rules.Tdk1.Tdk1017ContainerMemoryRequired());
            rules.Add(new Rules.Tdk1.Tdk1018ContainerCpuExceedsTask());
            rules.Add(new Rules.Tdk1.Tdk1019ContainerMemoryExceedsTask());
            rules.Add(new Rules.Tdk1.Tdk1020WindowsTaskLevelResources());
            rules.Add(new Rules.Tdk1.Tdk1021PidMode());
            rules.Add(new Rules.Tdk1.Tdk1022IpcMode());
            rules.Add(new Rules.Tdk1.Tdk1023RuntimePlatformValue());
            rules.Add(new Rules.Tdk1.Tdk1024FargateOperatingSystem());
            rules.Add(new Rules.Tdk1.Tdk1025Arm64RequiresLinux());
            rules.Add(new Rules.Tdk1.Tdk1026ProxyConfiguration());
            rules.Add(new Rules.Tdk1.Tdk1027InferenceAcceleratorDeprecated());
            rules.Add(new Rules.Tdk1.Tdk1028Tags());
            rules.Add(new Rules.Tdk1.Tdk1029UnknownMember());
        }
    }
}
