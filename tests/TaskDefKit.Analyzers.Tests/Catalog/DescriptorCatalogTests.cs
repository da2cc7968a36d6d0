extern alias analyzers;

using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using Descriptors = analyzers::TaskDefKit.Analyzers.Diagnostics.Descriptors;
using RuleCatalog = analyzers::TaskDefKit.Rules.RuleCatalog;
using RuleGroup = analyzers::TaskDefKit.Rules.RuleGroup;
using RuleInfo = analyzers::TaskDefKit.Rules.RuleInfo;
using RuleSeverity = analyzers::TaskDefKit.Rules.RuleSeverity;

namespace TaskDefKit.Analyzers.Tests.Catalog
{
    /// <summary>Descriptors, release tracking and rule pages agree with the catalog (rerun eng/generate-descriptors.py when they do not).</summary>
    public class DescriptorCatalogTests
    {
        [Fact]
        public void Every_catalog_rule_has_one_descriptor_with_its_title_severity_and_help_link()
        {
            Assert.Equal(RuleCatalog.All.Select(r => r.Id), Descriptors.CatalogRules.Select(d => d.Id));
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                DiagnosticDescriptor descriptor = Descriptors.Find(rule.Id)!;
                Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(rule.DefaultSeverity switch
                {
                    RuleSeverity.Error => DiagnosticSeverity.Error,
                    RuleSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                }, descriptor.DefaultSeverity);
                Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
                Assert.Equal("TaskDefKit." + rule.Group, descriptor.Category);
                Assert.True(descriptor.IsEnabledByDefault);

                // The compiler's SARIF error log writes custom tags as rules[].properties.tags: "security" and the controls.
                string[] expectedTags = rule.Controls.Count == 0 ? System.Array.Empty<string>() : new[] { "security" }.Concat(rule.Controls).ToArray();
                Assert.Equal(expectedTags, descriptor.CustomTags);
            }
        }

        [Fact]
        public void Release_tracking_lists_every_rule()
        {
            string src = Path.Combine(RepoPaths.Root, "src", "TaskDefKit.Analyzers");
            string tracked = File.ReadAllText(Path.Combine(src, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(src, "AnalyzerReleases.Unshipped.md"));
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                Assert.Contains(rule.Id + " | TaskDefKit." + rule.Group + " | " + rule.DefaultSeverity + " |", tracked, System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_generator_rule_has_its_page()
        {
            foreach (RuleInfo rule in RuleCatalog.All.Where(r => r.Group == RuleGroup.Generator))
            {
                string page = Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md");
                Assert.True(File.Exists(page), page);
                Assert.StartsWith("# " + rule.Id + ": " + rule.Title, File.ReadAllText(page), System.StringComparison.Ordinal);
                Assert.Contains("dotnet_diagnostic." + rule.Id + ".severity", File.ReadAllText(page), System.StringComparison.Ordinal);
            }
        }
    }
}
