using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1030RequestSizeTests
    {
        // One environment entry is {"name":"VAR_nnnn","value":"<60 x's>"}, about 90 bytes compact.
        private static string WithEnvironment(int entries)
        {
            string environment = string.Join(",", Enumerable.Range(0, entries).Select(i => "{ \"name\": \"VAR_" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "\", \"value\": \"" + new string('x', 60) + "\" }"));
            return """{ "family": "big", "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64, "environment": [""" + environment + "] }] }";
        }

        [Fact]
        public void Fires_on_a_definition_over_65536_bytes_as_compact_json()
        {
            var found = RuleAssert.Fires(RuleIds.RequestTooLarge, WithEnvironment(800), string.Empty, RuleSeverity.Error);
            Assert.Contains("65,536", Assert.Single(found).Message);
        }

        [Fact]
        public void Silent_below_the_limit_even_when_indented_text_would_exceed_it()
        {
            // 650 entries are about 59 KB compact; the indented file is larger, but the request is compact.
            RuleAssert.Silent(RuleIds.RequestTooLarge, WithEnvironment(650));
        }
    }
}
