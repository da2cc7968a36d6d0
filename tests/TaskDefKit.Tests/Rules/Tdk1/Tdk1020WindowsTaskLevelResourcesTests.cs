using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1020WindowsTaskLevelResourcesTests
    {
        private const string WindowsEc2 = """
            {
              "family": "iis",
              "cpu": "1024",
              "memory": "2048",
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_FULL" },
              "containerDefinitions": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "cpu": 1024, "memory": 2048 }]
            }
            """;

        [Fact]
        public void Fires_for_task_cpu_and_memory_on_windows_ec2()
        {
            var found = RuleAssert.Fires(RuleIds.WindowsTaskLevelResources, WindowsEc2, "/cpu", RuleSeverity.Warning);
            Assert.Equal(2, found.Count);
            Assert.Equal("/memory", found[1].Pointer);
        }

        [Fact]
        public void Silent_on_windows_fargate() =>
            RuleAssert.Silent(RuleIds.WindowsTaskLevelResources, WindowsEc2.Replace("\"family\": \"iis\",", "\"family\": \"iis\", \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\","));

        [Fact]
        public void Silent_on_linux() =>
            RuleAssert.Silent(RuleIds.WindowsTaskLevelResources, WindowsEc2.Replace("WINDOWS_SERVER_2022_FULL", "LINUX"));

        [Fact]
        public void Silent_on_windows_without_task_level_values() =>
            RuleAssert.Silent(RuleIds.WindowsTaskLevelResources, WindowsEc2.Replace("\"cpu\": \"1024\",", string.Empty).Replace("\"memory\": \"2048\",", string.Empty));
    }
}
