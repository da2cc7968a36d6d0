using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1025Arm64RequiresLinuxTests
    {
        private static string With(string family, string architecture) => $$"""
            {
              "family": "app",
              "runtimePlatform": { "operatingSystemFamily": "{{family}}", "cpuArchitecture": "{{architecture}}" },
              "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64 }]
            }
            """;

        [Fact]
        public void Fires_for_arm64_on_windows() =>
            RuleAssert.Fires(RuleIds.Arm64RequiresLinux, With("WINDOWS_SERVER_2022_CORE", "ARM64"), "/runtimePlatform/cpuArchitecture", RuleSeverity.Error);

        [Fact]
        public void Silent_for_arm64_on_linux() =>
            RuleAssert.Silent(RuleIds.Arm64RequiresLinux, With("LINUX", "ARM64"));

        [Fact]
        public void Silent_for_x86_64_on_windows() =>
            RuleAssert.Silent(RuleIds.Arm64RequiresLinux, With("WINDOWS_SERVER_2022_CORE", "X86_64"));

        [Fact]
        public void Silent_for_arm64_without_an_operating_system_family() =>
            RuleAssert.Silent(
                RuleIds.Arm64RequiresLinux,
                """{ "family": "a", "runtimePlatform": { "cpuArchitecture": "ARM64" }, "containerDefinitions": [{ "name": "a", "image": "b", "memory": 64 }] }""");
    }
}
