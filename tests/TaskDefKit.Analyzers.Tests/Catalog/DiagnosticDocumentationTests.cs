extern alias analyzers;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Catalog
{
    /// <summary>
    /// Every diagnostic ID in code (descriptors of every analyzer in the assembly, the catalog, the code fixes) has a
    /// page docs/rules/TDKnnnn.md, a help link to that page, a release-tracking row, and a severity users can change.
    /// </summary>
    public class DiagnosticDocumentationTests
    {
        private static readonly Type[] s_analyzerAssemblyTypes = typeof(analyzers::TaskDefKit.Analyzers.Diagnostics.Descriptors).Assembly.GetTypes();

        private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
        {
            var descriptors = new List<DiagnosticDescriptor>(analyzers::TaskDefKit.Analyzers.Diagnostics.Descriptors.CatalogRules);
            foreach (Type type in s_analyzerAssemblyTypes.Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)))
            {
                descriptors.AddRange(((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);
            }

            return descriptors;
        }

        private static IEnumerable<string> AllIds()
        {
            var ids = new SortedSet<string>(AllDescriptors().Select(d => d.Id), StringComparer.Ordinal);
            foreach (Type type in typeof(TaskDefKit.CodeFixes.HostPortCodeFix).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)))
            {
                ids.UnionWith(((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds);
            }

            foreach (TaskDefKit.Rules.RuleInfo rule in TaskDefKit.Rules.RuleCatalog.All)
            {
                ids.Add(rule.Id);
            }

            return ids;
        }

        [Fact]
        public void Every_id_in_code_has_a_rule_page()
        {
            string[] missing = AllIds().Where(id => !File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"))).ToArray();
            Assert.Empty(missing);
        }

        [Fact]
        public void Every_descriptor_links_to_its_page_and_is_configurable()
        {
            foreach (DiagnosticDescriptor descriptor in AllDescriptors())
            {
                Assert.Equal(TaskDefKit.Rules.RuleCatalog.HelpUriBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
                Assert.DoesNotContain(WellKnownDiagnosticTags.NotConfigurable, descriptor.CustomTags);
                Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
            }
        }

        [Fact]
        public void Every_descriptor_has_a_release_tracking_row_with_its_severity()
        {
            var rows = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                foreach (string line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "TaskDefKit.Analyzers", file)))
                {
                    Match match = Regex.Match(line, @"^(TDK\d{4})\s*\|\s*[^|]+\|\s*(\w+)\s*\|");
                    if (match.Success)
                    {
                        rows[match.Groups[1].Value] = match.Groups[2].Value;
                    }
                }
            }

            foreach (DiagnosticDescriptor descriptor in AllDescriptors())
            {
                Assert.True(rows.TryGetValue(descriptor.Id, out string? severity), descriptor.Id + " has no release-tracking row");
                Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
            }
        }

        [Fact]
        public void Every_code_fix_targets_a_descriptor_of_the_analyzers()
        {
            var ids = new HashSet<string>(AllDescriptors().Select(d => d.Id));
            foreach (Type type in typeof(TaskDefKit.CodeFixes.HostPortCodeFix).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)))
            {
                var fix = (CodeFixProvider)Activator.CreateInstance(type)!;
                Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, ids));
                Assert.NotNull(fix.GetFixAllProvider());
            }
        }
    }
}
