using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Catalog
{
    /// <summary>The rule catalog in code agrees with shared/spec/rules.md, and every rule is implemented and tested.</summary>
    public class RuleCatalogTests
    {
        private static readonly Regex SpecRow = new Regex(@"^\| (TDK\d{4}) \| (error|warning|info) \|", RegexOptions.Multiline);

        private static Dictionary<string, string> SpecRules() =>
            SpecRow.Matches(File.ReadAllText(RepoPaths.RulesSpec)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        // docs/judgement.md: | TDKnnnn | rules.md severity | default-profile severity | security-profile severity | why |
        private static readonly Regex DepartureRow = new Regex(@"^\| (TDK\d{4}) \| (error|warning|info) \| (error|warning|info) \| (error|warning|info) \|", RegexOptions.Multiline);

        private static readonly Regex BeyondRow = new Regex(@"^\| (TDK\d{4}) \|", RegexOptions.Multiline);

        /// <summary>The IDs docs/judgement.md lists under "Rules beyond the catalog": the only rules allowed outside rules.md.</summary>
        private static HashSet<string> RulesBeyondTheCatalog()
        {
            string judgement = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "judgement.md"));
            int start = judgement.IndexOf("## Rules beyond the catalog", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/judgement.md has no '## Rules beyond the catalog' section");
            int end = judgement.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            string section = end < 0 ? judgement.Substring(start) : judgement.Substring(start, end - start);
            return new HashSet<string>(BeyondRow.Matches(section).Select(m => m.Groups[1].Value));
        }

        [Fact]
        public void Catalog_ids_and_severities_match_the_spec_except_the_departures_in_judgement()
        {
            Dictionary<string, string> spec = SpecRules();
            Assert.True(spec.Count > 150);
            var departures = DepartureRow.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "judgement.md")))
                .ToDictionary(m => m.Groups[1].Value, m => (Spec: m.Groups[2].Value, Default: m.Groups[3].Value, Security: m.Groups[4].Value));
            Assert.NotEmpty(departures);
            foreach ((string id, string severity) in spec)
            {
                RuleInfo? rule = RuleCatalog.Find(id);
                Assert.True(rule != null, id + " is in rules.md but not in RuleCatalog");
                string actual = rule!.DefaultSeverity.ToString().ToLowerInvariant();
                if (departures.TryGetValue(id, out var departure))
                {
                    Assert.True(departure.Spec == severity, id + ": judgement.md quotes rules.md as " + departure.Spec + ", rules.md says " + severity);
                    Assert.True(departure.Default != severity, id + " is listed as a departure but keeps rules.md's severity");
                    Assert.Equal(departure.Default, actual);
                    Assert.Equal(departure.Security, rule.SecuritySeverity.ToString().ToLowerInvariant());
                }
                else
                {
                    Assert.True(severity == actual, id + ": rules.md says " + severity + ", the catalog " + actual + "; list a departure in docs/judgement.md");
                }
            }

            Assert.All(departures.Keys, id => Assert.True(spec.ContainsKey(id), id + " in judgement.md is not in rules.md"));

            HashSet<string> beyond = RulesBeyondTheCatalog();
            foreach (RuleInfo rule in RuleCatalog.All.Where(r => r.Group != RuleGroup.Input && r.Group != RuleGroup.Generator))
            {
                Assert.True(spec.ContainsKey(rule.Id) || beyond.Contains(rule.Id),
                    rule.Id + " is in RuleCatalog but neither in rules.md nor in docs/judgement.md's 'Rules beyond the catalog'");
            }

            foreach (string id in beyond)
            {
                Assert.True(RuleCatalog.Find(id) != null, id + " is listed in docs/judgement.md's 'Rules beyond the catalog' but is not in RuleCatalog");
                Assert.False(spec.ContainsKey(id), id + " is in rules.md: remove it from docs/judgement.md's 'Rules beyond the catalog'");
            }
        }

        [Fact]
        public void Catalog_is_ordered_unique_and_every_id_names_its_group()
        {
            string[] ids = RuleCatalog.All.Select(r => r.Id).ToArray();
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
            Assert.Equal(ids.Length, ids.Distinct().Count());
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                Assert.Equal((int)rule.Group, rule.Id[3] - '0');
                Assert.False(string.IsNullOrWhiteSpace(rule.Title));
                Assert.EndsWith(rule.Id + ".md", rule.HelpUri, StringComparison.Ordinal);
            }

            // Every RuleIds constant is in the catalog, and its name is used once. (TDK0xxx reading and TDK8xxx generator
            // rules are TaskDefKit's own; the others come from rules.md.)
            var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
            Assert.Equal(ids.OrderBy(i => i), constants.OrderBy(i => i));
        }

        [Fact]
        public void Every_catalog_rule_is_reported_by_something_or_reserved_and_no_task_definition_rule_is_reserved()
        {
            var reported = new HashSet<string>(RuleSet.TaskDefinitionRules.Select(r => r.Id)
                .Concat(RuleSet.PlacementRules.Select(r => r.Id))
                .Concat(RuleSet.ServiceRules.Select(r => r.Id))
                .Concat(RuleSet.ScheduledTaskRules.Select(r => r.Id))
                .Concat(RuleSet.ScalingRules.Select(r => r.Id))
                .Concat(RuleSet.EcrRules.Select(r => r.Id))
                .Concat(RuleSet.ReaderRuleIds)
                .Concat(RuleCatalog.All.Where(r => r.Group == RuleGroup.Generator).Select(r => r.Id)));
            var reserved = new HashSet<string>(RuleSet.ReservedRuleIds);
            Assert.Empty(reported.Intersect(reserved));
            var neither = RuleCatalog.All.Select(r => r.Id).Where(id => !reported.Contains(id) && !reserved.Contains(id)).ToList();
            Assert.True(neither.Count == 0, "neither reported nor reserved: " + string.Join(", ", neither));

            // Groups 1-4 and 6 are the task definition itself: every rule of rules.md there is implemented.
            var reservedTaskDefinitionRules = reserved.Where(id => "12346".Contains(id[3], StringComparison.Ordinal)).ToList();
            Assert.True(reservedTaskDefinitionRules.Count == 0, "reserved: " + string.Join(", ", reservedTaskDefinitionRules));
        }

        [Fact]
        public void Rules_run_in_id_order_and_each_reports_under_a_catalog_id()
        {
            IReadOnlyList<TaskDefinitionRule> rules = RuleSet.TaskDefinitionRules;
            Assert.Equal(rules.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), rules.Select(r => r.Id));
            Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
            foreach (TaskDefinitionRule rule in rules)
            {
                Assert.NotNull(RuleCatalog.Find(rule.Id));
                string digits = rule.Id.Substring(3);
                Assert.StartsWith("Tdk" + digits, rule.GetType().Name, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_implemented_rule_has_a_test_class_with_a_triggering_and_a_near_miss_test()
        {
            var testClasses = typeof(RuleCatalogTests).Assembly.GetTypes()
                .Where(t => Regex.IsMatch(t.Name, @"^Tdk\d{4}\w*Tests$"))
                .ToList();
            var problems = new List<string>();
            foreach (string id in RuleSet.TaskDefinitionRules.Select(r => r.Id).Concat(RuleSet.ServiceRules.Select(r => r.Id)).Concat(RuleSet.ScheduledTaskRules.Select(r => r.Id)).Concat(RuleSet.ScalingRules.Select(r => r.Id)).Concat(RuleSet.EcrRules.Select(r => r.Id)).Concat(RuleSet.ReaderRuleIds).Where(i => i[3] != '0'))
            {
                string prefix = "Tdk" + id.Substring(3);
                var tests = testClasses.Where(t => t.Name.StartsWith(prefix, StringComparison.Ordinal))
                    .SelectMany(t => t.GetMethods())
                    .Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute))
                    .ToList();
                if (tests.Count < 2)
                {
                    problems.Add(id + " has " + tests.Count + " tests");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
