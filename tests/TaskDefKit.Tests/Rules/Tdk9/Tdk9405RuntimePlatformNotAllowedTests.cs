using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9405RuntimePlatformNotAllowedTests
    {
        private static readonly ValidationOptions s_policy = From("\"allowedOperatingSystemFamilies\": [\"LINUX\"],\n    \"allowedCpuArchitectures\": [\"ARM64\"]");

        private const string Fargate = "  \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"256\", \"memory\": \"512\",\n";

        [Fact]
        public void Fires_for_a_Fargate_task_that_defaults_to_X86_64()
        {
            RuleDiagnostic finding = Assert.Single(RuleAssert.Fires(RuleIds.PolicyRuntimePlatform, Definition("nginx:1.27", taskMembers: Fargate), "/runtimePlatform/cpuArchitecture", RuleSeverity.Error, s_policy));
            Assert.Contains("is not set, so the Fargate task runs on X86_64", finding.Message);
            Assert.Contains("policy \"allowedCpuArchitectures\" at /repo/.taskdefkit.json:4: ARM64", finding.Message);
        }

        [Fact]
        public void Fires_once_per_member_for_a_Windows_X86_64_platform()
        {
            string platform = "  \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\", \"cpuArchitecture\": \"X86_64\" },\n";
            var findings = RuleAssert.Fires(RuleIds.PolicyRuntimePlatform, Definition("nginx:1.27", taskMembers: platform), options: s_policy);
            Assert.Equal(new[] { "/runtimePlatform/operatingSystemFamily", "/runtimePlatform/cpuArchitecture" }, findings.Select(f => f.Pointer));
        }

        [Fact]
        public void Silent_for_an_allowed_platform_and_for_an_EC2_task_that_does_not_set_one()
        {
            string platform = "  \"runtimePlatform\": { \"operatingSystemFamily\": \"LINUX\", \"cpuArchitecture\": \"ARM64\" },\n";
            RuleAssert.Silent(RuleIds.PolicyRuntimePlatform, Definition("nginx:1.27", taskMembers: Fargate + platform), s_policy);
            RuleAssert.Silent(RuleIds.PolicyRuntimePlatform, Definition("nginx:1.27"), s_policy);
        }
    }
}
