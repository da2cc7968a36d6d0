using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    /// <summary>TDK1010 is decided by the JSON reader; these tests pin its findings through the public entry point.</summary>
    public class Tdk1010JsonTypeTests
    {
        private static List<RuleDiagnostic> JsonTypeFindings(string json) =>
            TaskDefinitionDocument.Parse(json).Validate().Where(d => d.RuleId == RuleIds.JsonType).ToList();

        private static RuleDiagnostic Single(string json, string pointer)
        {
            List<RuleDiagnostic> found = JsonTypeFindings(json);
            Assert.True(found.Count == 1, "Expected one TDK1010 finding:" + RuleAssert.Describe(found));
            Assert.Equal(pointer, found[0].Pointer);
            Assert.Equal(RuleSeverity.Error, found[0].Severity);
            Assert.NotNull(found[0].Location);
            return found[0];
        }

        [Fact]
        public void Task_cpu_as_a_number_is_reported_and_the_fix_is_the_string()
        {
            RuleDiagnostic finding = Single(Definitions.FargateWeb.Replace("\"cpu\": \"256\"", "\"cpu\": 256"), "/cpu");
            Assert.Contains("\"256\"", finding.Message);
        }

        [Fact]
        public void Task_cpu_as_a_number_is_still_judged_by_the_other_rules() =>
            RuleAssert.Fires(
                RuleIds.FargateTaskSize,
                Definitions.FargateWeb.Replace("\"cpu\": \"256\"", "\"cpu\": 256").Replace("\"memory\": \"512\"", "\"memory\": 4096"),
                "/memory");

        [Fact]
        public void Essential_as_a_string_is_reported() =>
            Single(Definitions.FargateWeb.Replace("\"essential\": true", "\"essential\": \"yes\""), "/containerDefinitions/0/essential");

        [Fact]
        public void Essential_as_a_quoted_boolean_is_reported_and_coerced()
        {
            string json = Definitions.FargateWeb.Replace("\"essential\": true", "\"essential\": \"false\"");
            Single(json, "/containerDefinitions/0/essential");
            RuleAssert.Fires(RuleIds.NoEssentialContainer, json);
        }

        [Fact]
        public void Container_memory_with_a_fraction_is_reported()
        {
            RuleDiagnostic finding = Single(Definitions.Ec2Bridge.Replace("\"memory\": 512", "\"memory\": 80.0"), "/containerDefinitions/0/memory");
            Assert.Contains("80", finding.Message);
        }

        [Fact]
        public void Container_memory_as_a_string_is_reported() =>
            Single(Definitions.Ec2Bridge.Replace("\"memory\": 512", "\"memory\": \"512\""), "/containerDefinitions/0/memory");

        [Fact]
        public void Null_values_are_reported()
        {
            List<RuleDiagnostic> found = JsonTypeFindings(
                Definitions.FargateWeb.Replace("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/webTaskRole\"", "\"taskRoleArn\": null")
                    .Replace("\"user\": \"1000\"", "\"user\": null"));
            Assert.Equal(new[] { "/taskRoleArn", "/containerDefinitions/0/user" }, found.Select(d => d.Pointer).ToArray());
            Assert.All(found, d => Assert.Contains("null", d.Message));
        }

        [Fact]
        public void A_port_as_a_string_is_reported() =>
            Single(Definitions.Ec2Bridge.Replace("\"containerPort\": 8080", "\"containerPort\": \"8080\""), "/containerDefinitions/0/portMappings/0/containerPort");

        [Fact]
        public void An_object_where_a_list_belongs_is_reported() =>
            Single(Definitions.FargateWeb.Replace("\"requiresCompatibilities\": [\"FARGATE\"]", "\"requiresCompatibilities\": { \"type\": \"FARGATE\" }"), "/requiresCompatibilities");

        [Fact]
        public void A_number_in_a_string_map_is_reported() =>
            Single(Definitions.FargateWeb.Replace("\"awslogs-region\": \"us-east-1\"", "\"awslogs-region\": 1"), "/containerDefinitions/0/logConfiguration/options/awslogs-region");

        [Fact]
        public void Can_be_turned_off() =>
            Assert.DoesNotContain(
                TaskDefinitionDocument.Parse(Definitions.FargateWeb.Replace("\"cpu\": \"256\"", "\"cpu\": 256"))
                    .Validate(new ValidationOptions { IgnoredRules = new HashSet<string> { RuleIds.JsonType } }),
                d => d.RuleId == RuleIds.JsonType);

        [Fact]
        public void Silent_on_correct_types()
        {
            Assert.Empty(JsonTypeFindings(Definitions.FargateWeb));
            Assert.Empty(JsonTypeFindings(Definitions.Ec2Bridge));
        }

        [Fact]
        public void Agrees_with_the_aws_cli_on_essential_as_a_string()
        {
            string json = Definitions.FargateWeb.Replace("\"essential\": true", "\"essential\": \"yes\"");
            Single(json, "/containerDefinitions/0/essential");
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["essential.json"] = json });
            Assert.False(verdict.AllValid, verdict.Output);
            Assert.Contains("essential", verdict.Output);
        }
    }
}
