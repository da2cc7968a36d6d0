using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>
    /// Reads a CreateService (RunTask, CreateCluster) input and (optionally) its task definition from JSON and runs
    /// <see cref="ServiceValidator"/> (<see cref="RunTaskValidator"/>, <see cref="ClusterValidator"/>).
    /// </summary>
    internal static class ServiceAssert
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(string serviceJson, string? taskDefinitionJson) => Validate(serviceJson, taskDefinitionJson, null);

        public static IReadOnlyList<RuleDiagnostic> Validate(string serviceJson, string? taskDefinitionJson, ServiceSurroundings? surroundings)
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

            return Marked(ServiceValidator.Validate(service.Value!, taskDefinition, null, surroundings));
        }

        public static IReadOnlyList<RuleDiagnostic> ValidateRunTask(string runTaskJson, string? taskDefinitionJson)
        {
            EcsInputDocument<RunTask> runTask = ServiceJson.ParseRunTask(runTaskJson, "run-task.json");
            Assert.Empty(runTask.ReadDiagnostics);
            return Marked(RunTaskValidator.Validate(runTask.Value!, ReadTaskDefinition(taskDefinitionJson)));
        }

        public static IReadOnlyList<RuleDiagnostic> ValidateCluster(string clusterJson)
        {
            EcsInputDocument<ClusterDefinition> cluster = ServiceJson.ParseCluster(clusterJson, "cluster.json");
            Assert.Empty(cluster.ReadDiagnostics);
            return Marked(ClusterValidator.Validate(cluster.Value!));
        }

        /// <summary>The one finding of <paramref name="ruleId"/> among <paramref name="findings"/>, at its catalog severity and <paramref name="pointer"/>.</summary>
        public static RuleDiagnostic Single(string ruleId, IReadOnlyList<RuleDiagnostic> findings, string pointer)
        {
            RuleDiagnostic finding = Assert.Single(findings, d => d.RuleId == ruleId);
            Assert.Equal(pointer, finding.Pointer);
            Assert.Equal(RuleCatalog.Get(ruleId).DefaultSeverity, finding.Severity);
            return finding;
        }

        public static void None(string ruleId, IReadOnlyList<RuleDiagnostic> findings) => Assert.DoesNotContain(findings, d => d.RuleId == ruleId);

        private static IReadOnlyList<RuleDiagnostic> Marked(IReadOnlyList<RuleDiagnostic> findings)
        {
            TaskDefKit.Tests.Infrastructure.MemberNameMarks.AssertMarked(findings);
            return findings;
        }

        private static TaskDefinition? ReadTaskDefinition(string? json)
        {
            if (json is null)
            {
                return null;
            }

            TaskDefinitionDocument read = TaskDefinitionDocument.Parse(json, "taskdef.json");
            Assert.Empty(read.ReadDiagnostics);
            Assert.NotNull(read.Definition);
            return read.Definition;
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
