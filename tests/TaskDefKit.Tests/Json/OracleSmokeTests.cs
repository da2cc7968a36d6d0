using System.Collections.Generic;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Json
{
    public class OracleSmokeTests
    {
        [Fact]
        public void The_oracle_accepts_a_known_good_definition_and_rejects_a_wrong_type()
        {
            EcsValidateOracle.Verdict good = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["good.json"] = Definitions.FargateWeb });
            Assert.True(good.AllValid, good.Output);

            string bad = Definitions.FargateWeb.Replace("\"cpu\": \"256\"", "\"cpu\": 256");
            EcsValidateOracle.Verdict rejected = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["bad.json"] = bad });
            Assert.False(rejected.AllValid);
            Assert.Contains("Invalid type for parameter cpu", rejected.Output);
        }
    }
}
