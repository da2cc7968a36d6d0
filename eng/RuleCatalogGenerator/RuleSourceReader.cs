using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.Eng.RuleCatalog
{
    /// <summary>
    /// Reads every <c>[Rule(id, name, severity, title)]</c> from C# source text with Roslyn's parser, checks each against
    /// the class it sits on, and reports mistakes as <c>file(line): message</c>.
    /// </summary>
    internal sealed class RuleSourceReader
    {
        private static readonly Regex IdPattern = new Regex(@"^TDK\d{4}$", RegexOptions.CultureInvariant);
        private static readonly Dictionary<string, RuleHome> Holders = new Dictionary<string, RuleHome>(StringComparer.Ordinal)
        {
            ["ReaderRules"] = RuleHome.Reader,
            ["GeneratorRules"] = RuleHome.Generator,
            ["ReservedRules"] = RuleHome.Reserved,
        };

        private static readonly string[] Severities = { "Info", "Warning", "Error" };

        private readonly IReadOnlyList<string> _groups;

        /// <param name="groups">RuleGroup's members in declaration order: the member at index d is the group of TDKd xxx.</param>
        public RuleSourceReader(IReadOnlyList<string> groups) => _groups = groups;

        public List<RuleDeclaration> Rules { get; } = new List<RuleDeclaration>();

        public List<string> Errors { get; } = new List<string>();

        /// <summary>RuleGroup's members, in order, from the text of RuleGroup.cs.</summary>
        public static IReadOnlyList<string> ReadGroups(string ruleGroupSource) =>
            CSharpSyntaxTree.ParseText(ruleGroupSource).GetRoot().DescendantNodes().OfType<EnumDeclarationSyntax>()
                .Single(e => e.Identifier.Text == "RuleGroup").Members.Select(m => m.Identifier.Text).ToList();

        public void Read(string displayPath, string source)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(source, path: displayPath).GetRoot();
            foreach (ClassDeclarationSyntax type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                List<AttributeSyntax> attributes = type.AttributeLists.SelectMany(l => l.Attributes).Where(IsRuleAttribute).ToList();
                if (attributes.Count > 0)
                {
                    ReadClass(displayPath, type, attributes);
                }
            }
        }

        /// <summary>Cross-rule checks, after every file was read: IDs and names unique.</summary>
        public void Finish()
        {
            // Stable, so duplicate declarations keep their reading order in messages.
            List<RuleDeclaration> sorted = Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            Rules.Clear();
            Rules.AddRange(sorted);
            foreach (IGrouping<string, RuleDeclaration> same in Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            {
                Errors.Add(same.Last().Where + ": " + same.Key + " is declared more than once (also at " + same.First().Where + ").");
            }

            foreach (IGrouping<string, RuleDeclaration> same in Rules.GroupBy(r => r.Name).Where(g => g.Count() > 1))
            {
                Errors.Add(same.Last().Where + ": the name " + same.Key + " is used by " + string.Join(" and ", same.Select(r => r.Id)) + "; names must be unique.");
            }
        }

        private static bool IsRuleAttribute(AttributeSyntax attribute)
        {
            string name = attribute.Name is QualifiedNameSyntax q ? q.Right.Identifier.Text : attribute.Name.ToString();
            return name == "Rule" || name == "RuleAttribute";
        }

        private void ReadClass(string path, ClassDeclarationSyntax type, List<AttributeSyntax> attributes)
        {
            string className = FullName(type);
            RuleHome home;
            bool alsoPlacement = false;
            if (Holders.TryGetValue(type.Identifier.Text, out RuleHome holder))
            {
                home = holder;
            }
            else
            {
                string[] bases = type.BaseList?.Types.Select(t => t.Type.ToString()).ToArray() ?? Array.Empty<string>();
                if (bases.Contains("TaskDefinitionRule"))
                {
                    home = RuleHome.TaskDefinitionRule;
                    alsoPlacement = bases.Contains("IPlacementRule");
                }
                else if (bases.Contains("PlacementRule"))
                {
                    home = RuleHome.PlacementRule;
                }
                else if (bases.Contains("ServiceRule"))
                {
                    home = RuleHome.ServiceRule;
                }
                else if (bases.Contains("ScheduledTaskRule"))
                {
                    home = RuleHome.ScheduledTaskRule;
                }
                else if (bases.Contains("ScalingRule"))
                {
                    home = RuleHome.ScalingRule;
                }
                else if (bases.Contains("EcrRule"))
                {
                    home = RuleHome.EcrRule;
                }
                else
                {
                    Errors.Add(Where(path, type) + ": [Rule] on " + type.Identifier.Text + ", which is neither a rule class (TaskDefinitionRule, PlacementRule, ServiceRule, ScheduledTaskRule, ScalingRule, EcrRule) nor one of "
                        + string.Join(", ", Holders.Keys) + ".");
                    return;
                }

                if (attributes.Count != 1)
                {
                    Errors.Add(Where(path, type) + ": the rule class " + type.Identifier.Text + " carries " + attributes.Count + " [Rule] attributes; a rule class is one rule.");
                    return;
                }
            }

            foreach (AttributeSyntax attribute in attributes)
            {
                RuleDeclaration? rule = ReadAttribute(path, attribute, home, className, alsoPlacement);
                if (rule != null && home is RuleHome.TaskDefinitionRule or RuleHome.PlacementRule or RuleHome.ServiceRule or RuleHome.ScheduledTaskRule or RuleHome.ScalingRule or RuleHome.EcrRule)
                {
                    CheckRuleClass(path, type, rule);
                }

                if (rule != null)
                {
                    Rules.Add(rule);
                }
            }
        }

        private RuleDeclaration? ReadAttribute(string path, AttributeSyntax attribute, RuleHome home, string className, bool alsoPlacement)
        {
            string where = Where(path, attribute);
            SeparatedSyntaxList<AttributeArgumentSyntax> args = attribute.ArgumentList?.Arguments ?? default;
            List<AttributeArgumentSyntax> positional = args.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
            if (positional.Count != 4)
            {
                Errors.Add(where + ": [Rule] takes (id, name, severity, title); found " + positional.Count + " positional arguments.");
                return null;
            }

            var controls = new List<string>();
            foreach (AttributeArgumentSyntax named in args.Where(a => a.NameEquals != null || a.NameColon != null))
            {
                if (named.NameEquals?.Name.Identifier.Text == "Controls")
                {
                    controls.AddRange(StringArray(where, named.Expression));
                }
                else
                {
                    Errors.Add(where + ": unknown [Rule] argument " + named.ToString() + ".");
                }
            }

            foreach (string control in controls.Where(c => !Controls.IsKnown(c)))
            {
                Errors.Add(where + ": \"" + control + "\" is not a control ID this tool knows (" + Controls.KnownForms + ").");
            }

            if (controls.Distinct(StringComparer.Ordinal).Count() != controls.Count)
            {
                Errors.Add(where + ": a control is listed twice.");
            }

            string? id = StringLiteral(where, positional[0], "id");
            string? name = StringLiteral(where, positional[1], "name");
            string? severity = EnumMember(where, positional[2], "RuleSeverity", Severities);
            string? title = StringLiteral(where, positional[3], "title");
            if (id is null || name is null || severity is null || title is null)
            {
                return null;
            }

            if (!IdPattern.IsMatch(id))
            {
                Errors.Add(where + ": \"" + id + "\" is not an ID of the form TDKnnnn.");
                return null;
            }

            int digit = id[3] - '0';
            if (digit >= _groups.Count)
            {
                Errors.Add(where + ": " + id + " has no group: add a member for TDK" + digit + "xxx to RuleGroup (src/Shared/Rules/RuleGroup.cs), in digit order.");
                return null;
            }

            if (!SyntaxFacts.IsValidIdentifier(name) || !char.IsUpper(name[0]))
            {
                Errors.Add(where + ": the name \"" + name + "\" must be a PascalCase C# identifier (it becomes RuleIds." + name + ").");
            }

            if (title.Trim().Length == 0 || title != title.Trim() || title.EndsWith(".", StringComparison.Ordinal))
            {
                Errors.Add(where + ": the title of " + id + " must be a non-empty phrase without surrounding spaces or a closing full stop.");
            }

            return new RuleDeclaration(id, name, severity, title, _groups[digit], home, className, alsoPlacement, where, controls);
        }

        // A rule class is named after its ID and reports under its own constant: 'Id => RuleIds.<name>'.
        private void CheckRuleClass(string path, ClassDeclarationSyntax type, RuleDeclaration rule)
        {
            if (!type.Identifier.Text.StartsWith("Tdk" + rule.Id.Substring(3), StringComparison.Ordinal))
            {
                Errors.Add(Where(path, type) + ": the class of " + rule.Id + " must be named Tdk" + rule.Id.Substring(3) + "<Name>, not " + type.Identifier.Text + ".");
            }

            PropertyDeclarationSyntax? idProperty = type.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.Text == "Id");
            string? reported = idProperty?.ExpressionBody?.Expression.ToString();
            if (reported != "RuleIds." + rule.Name)
            {
                Errors.Add(Where(path, type) + ": " + type.Identifier.Text + " must declare 'public override string Id => RuleIds." + rule.Name + ";' (found "
                    + (reported ?? "no expression-bodied Id") + ").");
            }
        }

        private string? StringLiteral(string where, AttributeArgumentSyntax arg, string what)
        {
            if (arg.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return literal.Token.ValueText;
            }

            Errors.Add(where + ": the " + what + " of [Rule] must be a string literal, not " + arg.Expression + ".");
            return null;
        }

        // Controls = new[] { "ECS.4", ... }, new string[] { ... } or [ ... ].
        private IEnumerable<string> StringArray(string where, ExpressionSyntax expression)
        {
            SeparatedSyntaxList<ExpressionSyntax>? items = expression switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
                ArrayCreationExpressionSyntax array when array.Initializer != null => array.Initializer.Expressions,
                _ => null,
            };
            IEnumerable<ExpressionSyntax>? elements = items?.AsEnumerable()
                ?? (expression as CollectionExpressionSyntax)?.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression);
            if (elements is null)
            {
                Errors.Add(where + ": Controls must be an array of string literals, not " + expression + ".");
                yield break;
            }

            foreach (ExpressionSyntax element in elements)
            {
                if (element is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    yield return literal.Token.ValueText;
                }
                else
                {
                    Errors.Add(where + ": Controls must be string literals, not " + element + ".");
                }
            }
        }

        private string? EnumMember(string where, AttributeArgumentSyntax arg, string enumName, string[] members)
        {
            if (arg.Expression is MemberAccessExpressionSyntax access && access.Expression.ToString() == enumName && members.Contains(access.Name.Identifier.Text))
            {
                return access.Name.Identifier.Text;
            }

            Errors.Add(where + ": expected " + enumName + "." + string.Join("|", members) + ", found " + arg.Expression + ".");
            return null;
        }

        private static string FullName(ClassDeclarationSyntax type)
        {
            var parts = new List<string> { type.Identifier.Text };
            for (SyntaxNode? node = type.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case ClassDeclarationSyntax outer:
                        parts.Insert(0, outer.Identifier.Text);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Insert(0, ns.Name.ToString());
                        break;
                }
            }

            return string.Join(".", parts);
        }

        private static string Where(string path, SyntaxNode node) =>
            path + "(" + (node.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + ")";
    }
}
