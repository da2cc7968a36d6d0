using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9404FargateSizeNotAllowedTests
    {
        private static readonly ValidationOptions s_policy = From("\"allowedFargateSizes\": [\"256/512\", \"1024/2048\"]");

        private static string Fargate(string cpu, string memory) => Definition("nginx:1.27", taskMembers:
            "  \"requiresCompatibilities\": [\"FARGATE\"], \"networkMode\": \"awsvpc\", \"cpu\": \"" + cpu + "\", \"memory\": \"" + memory + "\",\n");

        [Fact]
        public void Fires_for_a_valid_Fargate_size_the_policy_does_not_list()
        {
            RuleDiagnostic finding = Assert.Single(RuleAssert.Fires(RuleIds.PolicyFargateSize, Fargate("4096", "8192"), "/cpu", RuleSeverity.Error, s_policy));
            Assert.Contains("4096/8192", finding.Message);
            Assert.Contains("policy \"allowedFargateSizes\" at /repo/.taskdefkit.json:3: 256/512, 1024/2048", finding.Message);
        }

        [Fact]
        public void Silent_for_an_allowed_size_written_in_vCPU_and_GB_and_off_Fargate()
        {
            RuleAssert.Silent(RuleIds.PolicyFargateSize, Fargate("1 vCPU", "2 GB"), s_policy);
            RuleAssert.Silent(RuleIds.PolicyFargateSize, Definition("nginx:1.27", taskMembers: "  \"cpu\": \"4096\", \"memory\": \"8192\",\n"), s_policy);
        }
    }
}
