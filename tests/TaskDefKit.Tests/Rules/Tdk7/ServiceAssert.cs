using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>Reads a CreateService input and (optionally) its task definition from JSON and runs <see cref="ServiceValidator"/>.</summary>
    internal static class ServiceAssert
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(string serviceJson, string? taskDefinitionJson)
        {
            EcsInputDocument<ServiceDefinition> service = ServiceJson.ParseService(serviceJson, "service.json");
            Assert.Empty(service.ReadDiagnostics);
            TaskDefinition? taskDefinition = null;
            if (taskDefinitionJson != null)
            {
                TaskDefinitionDocument read = TaskDefinitionDocument.Parse(taskDefinitionJson, "taskdef.json");
                Assert.Empty(read.ReadDiagnostics);
                taskDefinition = read.Definition;
                Assert.NotNull(taskDefinition);
            }

            return ServiceValidator.Validate(service.Value!, taskDefinition);
        }

        public static RuleDiagnostic Fires(string ruleId, string serviceJson, string? taskDefinitionJson, string pointer)
        {
            List<RuleDiagnostic> findings = Validate(serviceJson, taskDefinitionJson).Where(d => d.RuleId == ruleId).ToList();
            RuleDiagnostic finding = Assert.Single(findings);
            Assert.Equal(pointer, finding.Pointer);
            Assert.Equal(RuleCatalog.Get(ruleId).DefaultSeverity, finding.Severity);
            return finding;
        }

        public static void Silent(string ruleId, string serviceJson, string? taskDefinitionJson) =>
            Assert.DoesNotContain(Validate(serviceJson, taskDefinitionJson), d => d.RuleId == ruleId);
    }
}
