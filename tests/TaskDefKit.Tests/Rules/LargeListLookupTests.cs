using System.Collections.Generic;
using System.Linq;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules
{
    /// <summary>
    /// Past <see cref="ValidationContext.ScanLimit"/> entries, name lookups use an index built once (issue 15: linear
    /// validation); these check that the indexed path finds exactly what the scan found.
    /// </summary>
    public class LargeListLookupTests
    {
        private static IReadOnlyList<RuleDiagnostic> Validate(int containers, string extraContainer, string volumes, string mounts)
        {
            var json = new StringBuilder("{\"family\":\"big\",\"volumes\":[" + volumes + "],\"containerDefinitions\":[");
            for (int i = 0; i < containers; i++)
            {
                json.Append("{\"name\":\"c").Append(i).Append("\",\"image\":\"nginx:1\",\"memory\":64,\"essential\":").Append(i == 0 ? "true" : "false")
                    .Append(i > 0 ? ",\"dependsOn\":[{\"containerName\":\"c" + (i - 1) + "\",\"condition\":\"START\"}],\"links\":[\"c" + (i - 1) + ":alias\"],\"volumesFrom\":[{\"sourceContainer\":\"c" + (i - 1) + "\"}]" : string.Empty)
                    .Append(i == 0 ? ",\"mountPoints\":[" + mounts + "]" : string.Empty)
                    .Append("},");
            }

            json.Append(extraContainer).Append("]}");
            return TaskDefinitionDocument.Parse(json.ToString()).Validate();
        }

        [Fact]
        public void Container_references_are_resolved_among_many_containers()
        {
            IReadOnlyList<RuleDiagnostic> findings = Validate(
                40,
                "{\"name\":\"C5\",\"image\":\"nginx:1\",\"memory\":64,\"essential\":false,\"dependsOn\":[{\"containerName\":\"nope\",\"condition\":\"START\"}],\"links\":[\"gone:x\"],\"volumesFrom\":[{\"sourceContainer\":\"missing\"}]},{\"name\":\"c7\",\"image\":\"nginx:1\",\"memory\":64,\"essential\":false}",
                string.Empty,
                string.Empty);

            Assert.Equal(new[] { "/containerDefinitions/40/dependsOn/0/containerName" }, Pointers(findings, RuleIds.DependsOn));
            Assert.Contains("/containerDefinitions/40/links/0", Pointers(findings, RuleIds.Links));
            Assert.Equal(new[] { "/containerDefinitions/40/volumesFrom/0/sourceContainer" }, Pointers(findings, RuleIds.VolumesFrom));
            // c7 again: an exact duplicate (error); C5 differs from c5 only in case (warning).
            Assert.Equal(new[] { "/containerDefinitions/40/name", "/containerDefinitions/41/name" }, Pointers(findings, RuleIds.DuplicateContainerName));
            Assert.Equal(RuleSeverity.Warning, findings.First(f => f.Pointer == "/containerDefinitions/40/name").Severity);
        }

        [Fact]
        public void Volume_names_and_mount_paths_are_checked_among_many_entries()
        {
            string volumes = string.Join(",", Enumerable.Range(0, 30).Select(i => "{\"name\":\"v" + i + "\"}")) + ",{\"name\":\"v3\"}";
            string mounts = string.Join(",", Enumerable.Range(0, 30).Select(i => "{\"sourceVolume\":\"v" + i + "\",\"containerPath\":\"/m/" + i + "\"}"))
                + ",{\"sourceVolume\":\"V4\",\"containerPath\":\"/m/4/\"},{\"sourceVolume\":\"zz\",\"containerPath\":\"/other\"}";
            IReadOnlyList<RuleDiagnostic> findings = Validate(1, "{\"name\":\"x\",\"image\":\"nginx:1\",\"memory\":64,\"essential\":false}", volumes, mounts);

            RuleDiagnostic duplicate = Assert.Single(findings, f => f.RuleId == RuleIds.DuplicateVolumeName);
            Assert.Equal("/volumes/30/name", duplicate.Pointer);
            Assert.Contains("volume #3", duplicate.Message, System.StringComparison.Ordinal);
            Assert.Contains(findings, f => f.RuleId == RuleIds.UnknownSourceVolume && f.Message.Contains("write 'v4'", System.StringComparison.Ordinal));
            Assert.Contains(findings, f => f.RuleId == RuleIds.UnknownSourceVolume && f.Pointer == "/containerDefinitions/0/mountPoints/31/sourceVolume");
            RuleDiagnostic path = Assert.Single(findings, f => f.Pointer == "/containerDefinitions/0/mountPoints/30/containerPath");
            Assert.Contains("#4 and #30", path.Message, System.StringComparison.Ordinal);
        }

        private static string[] Pointers(IEnumerable<RuleDiagnostic> findings, string ruleId) =>
            findings.Where(f => f.RuleId == ruleId).Select(f => f.Pointer).ToArray();
    }
}
