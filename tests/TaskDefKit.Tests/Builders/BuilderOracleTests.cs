using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>Everything the builder emits passes AWS's own client-side validation (ecs-validate).</summary>
    public class BuilderOracleTests
    {
        public static readonly IReadOnlyDictionary<string, Func<TaskDefinitionBuilder>> AllCases = new Dictionary<string, Func<TaskDefinitionBuilder>>
        {
            ["fargate-web.json"] = BuilderCases.FargateWeb,
            ["fargate-everything.json"] = BuilderCases.FargateEverything,
            ["ec2-everything.json"] = BuilderCases.Ec2Everything,
            ["windows-fsx.json"] = BuilderCases.WindowsFsx,
            ["raw.json"] = BuilderCases.Raw,
        };

        [Fact]
        public void Every_builder_case_passes_ecs_validate_strict_in_one_run()
        {
            Dictionary<string, string> files = AllCases.ToDictionary(c => c.Key, c => c.Value().Build().ToJson(allowErrors: true));

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(files, strict: true);

            Assert.True(verdict.AllValid, verdict.Output);
            foreach (string name in files.Keys)
            {
                Assert.Contains("OK ", verdict.Output.Split('\n').First(line => line.EndsWith(name, StringComparison.Ordinal)));
            }
        }
    }
}
