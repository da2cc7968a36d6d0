using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TaskDefKit.Builders.Services;
using TaskDefKit.Testing;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>
    /// The chain cases the analyzer tests replay (<see cref="ServiceChainCases"/>) are correct inputs: no error finding,
    /// and AWS's model for their operation accepts what they build.
    /// </summary>
    public class ServiceChainCasesTests
    {
        private static IEnumerable<MethodInfo> Cases(Type builder) =>
            typeof(ServiceChainCases).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == builder);

        /// <summary>Each case's error findings and JSON, by file name.</summary>
        private static Dictionary<string, (IReadOnlyList<RuleDiagnostic> Errors, string Json)> Built(Type builder) =>
            Cases(builder).ToDictionary(m => m.Name + ".json", m => m.Invoke(null, null) switch
            {
                ServiceBuilder service => Result(service.Build()),
                RunTaskBuilder run => Result(run.Build()),
                ClusterBuilder cluster => Result(cluster.Build()),
                var other => throw new ArgumentException(other?.GetType().Name),
            });

        private static (IReadOnlyList<RuleDiagnostic> Errors, string Json) Result<T>(EcsInputBuildResult<T> result)
            where T : class => (result.Errors, result.ToJson(allowErrors: true));

        [Theory]
        [InlineData(typeof(ServiceBuilder), "CreateService", 7)]
        [InlineData(typeof(RunTaskBuilder), "RunTask", 5)]
        [InlineData(typeof(ClusterBuilder), "CreateCluster", 2)]
        public void Every_chain_case_builds_without_errors_and_passes_ecs_validate(Type builder, string operation, int count)
        {
            Dictionary<string, (IReadOnlyList<RuleDiagnostic> Errors, string Json)> built = Built(builder);

            Assert.Equal(count, built.Count);
            Assert.All(built, pair => Assert.True(pair.Value.Errors.Count == 0, pair.Key + ": " + string.Join("; ", pair.Value.Errors.Select(e => e.RuleId + " " + e.Pointer + " " + e.Message))));
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(built.ToDictionary(p => p.Key, p => p.Value.Json), strict: true, operation: operation);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
