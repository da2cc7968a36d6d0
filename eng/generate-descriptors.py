#!/usr/bin/env python3
"""Writes src/TaskDefKit.Analyzers/Diagnostics/Descriptors.Catalog.cs and AnalyzerReleases.Unshipped.md from the rule
catalog (src/Shared/Rules/RuleCatalog.All.cs). Run after adding a rule to the catalog:  python3 eng/generate-descriptors.py
A test (CatalogTests) fails when the files are out of date."""
import os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
catalog = open(os.path.join(root, "src/Shared/Rules/RuleCatalog.All.cs")).read()
ids_text = open(os.path.join(root, "src/Shared/Rules/RuleIds.cs")).read()
ids = dict(re.findall(r'public const string (\w+) = "(TDK\d{4})";', ids_text))
entries = re.findall(r'new RuleInfo\(RuleIds\.(\w+), RuleTitles\.(\w+), RuleSeverity\.(\w+), RuleGroup\.(\w+)\)', catalog)

out = []
out.append("// Written by eng/generate-descriptors.py from src/Shared/Rules/RuleCatalog.All.cs; do not edit.")
out.append("#nullable enable")
out.append("using Microsoft.CodeAnalysis;")
out.append("using TaskDefKit.Rules;")
out.append("")
out.append("namespace TaskDefKit.Analyzers.Diagnostics")
out.append("{")
out.append("    public static partial class Descriptors")
out.append("    {")
for name, title, severity, group in entries:
    rid = ids[name]
    out.append(f"        /// <summary>{rid}: see <see cref=\"RuleTitles.{title}\"/>.</summary>")
    out.append(f"        public static readonly DiagnosticDescriptor {name} = new DiagnosticDescriptor(")
    out.append(f"            RuleIds.{name}, RuleTitles.{title}, MessageFormat, Categories.{group}, DiagnosticSeverity.{severity},")
    out.append(f"            isEnabledByDefault: true, helpLinkUri: RuleCatalog.HelpUriBase + \"{rid}.md\");")
    out.append("")
out.append("        /// <summary>The descriptor of a catalog rule by ID; null for an ID this table does not know.</summary>")
out.append("        public static DiagnosticDescriptor? Find(string ruleId)")
out.append("        {")
out.append("            switch (ruleId)")
out.append("            {")
for name, title, severity, group in entries:
    out.append(f"                case \"{ids[name]}\": return {name};")
out.append("                default: return null;")
out.append("            }")
out.append("        }")
out.append("")
out.append("        /// <summary>Every catalog rule's descriptor, in ID order.</summary>")
out.append("        public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> CatalogRules { get; } = System.Collections.Immutable.ImmutableArray.Create(")
out.append(",\n".join(f"            {name}" for name, *_ in entries) + ");")
out.append("    }")
out.append("}")
open(os.path.join(root, "src/TaskDefKit.Analyzers/Diagnostics/Descriptors.Catalog.cs"), "w").write("\n".join(out) + "\n")

rel = ["; Unshipped analyzer release", "; https://github.com/dotnet/roslyn/blob/main/src/RoslynAnalyzers/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md", "",
       "### New Rules", "", "Rule ID | Category | Severity | Notes", "--------|----------|----------|-------"]
for name, title, severity, group in entries:
    rid = ids[name]
    rel.append(f"{rid} | TaskDefKit.{group} | {severity} | {title}, [Documentation](https://github.com/taskdefkit/taskdefkit/blob/main/docs/rules/{rid}.md)")
open(os.path.join(root, "src/TaskDefKit.Analyzers/AnalyzerReleases.Unshipped.md"), "w").write("\n".join(rel) + "\n")
print(f"{len(entries)} descriptors")
