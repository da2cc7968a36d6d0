using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Templates;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>TDK7100: template resources that reference each other in a circle (the CLI builds the graph from Ref, GetAtt, Sub and DependsOn).</summary>
    public class Tdk7100CircularReferenceTests
    {
        private static List<RuleDiagnostic> Find(string[] ids, params (int From, int To, int Line)[] references)
        {
            var edges = new IReadOnlyList<(int Target, int At)>[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                edges[i] = references.Where(r => r.From == i).Select(r => (r.To, r.Line)).ToList();
            }

            return ResourceCircles.Find(ids, edges, line => new SourceLocation("t.yaml", line, 7)).ToList();
        }

        [Fact]
        public void A_circle_of_three_is_one_finding_on_the_first_resources_reference()
        {
            List<RuleDiagnostic> findings = Find(new[] { "Web", "Task", "Role", "Other" }, (0, 1, 5), (1, 2, 12), (2, 0, 20), (3, 0, 30));
            RuleDiagnostic finding = Assert.Single(findings);
            Assert.Equal(RuleIds.CircularReference, finding.RuleId);
            Assert.Equal(RuleSeverity.Error, finding.Severity);
            Assert.Equal("/Resources/Web", finding.Pointer);
            Assert.Equal(5, finding.Location!.Line);
            Assert.Contains("Web → Task → Role → Web", finding.Message);
        }

        [Fact]
        public void A_resource_that_references_itself_is_a_circle()
        {
            RuleDiagnostic finding = Assert.Single(Find(new[] { "A", "Loop" }, (1, 1, 9)));
            Assert.Contains("Loop → Loop", finding.Message);
        }

        [Fact]
        public void References_that_only_go_onwards_are_silent_even_when_they_meet_again()
        {
            // A diamond: Web → Task, Web → Role, Task → Role. No circle.
            Assert.Empty(Find(new[] { "Web", "Task", "Role" }, (0, 1, 5), (0, 2, 6), (1, 2, 12)));
        }

        [Fact]
        public void A_long_chain_and_two_separate_circles_need_no_recursion()
        {
            const int Count = 20000;
            var ids = Enumerable.Range(0, Count).Select(i => "R" + i).ToArray();
            var chain = Enumerable.Range(0, Count - 1).Select(i => (i, i + 1, i + 1)).ToList();
            Assert.Empty(Find(ids, chain.ToArray()));

            chain.Add((Count - 1, Count - 2, 99));
            chain.Add((0, 0, 1));
            List<RuleDiagnostic> findings = Find(ids, chain.ToArray());
            Assert.Equal(2, findings.Count);
        }
    }
}
