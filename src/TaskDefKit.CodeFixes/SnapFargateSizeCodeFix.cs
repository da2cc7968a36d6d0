using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.CodeFixes
{
    /// <summary>
    /// TDK1014: <c>.Cpu(..)</c>/<c>.Memory(..)</c> that Fargate does not offer together; offers each of the nearest valid
    /// pairs (from the diagnostic) as its own action, rewriting both literals in place. Fix All applies the n-th choice.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SnapFargateSizeCodeFix)), Shared]
    public sealed class SnapFargateSizeCodeFix : CodeFixProvider
    {
        private const int MaxChoices = 3;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.FargateTaskSize);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count != 2 || !diagnostic.Properties.TryGetValue(FixIds.SizesProperty, out string? sizes) || string.IsNullOrEmpty(sizes) ||
                    root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax cpu ||
                    root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax memory)
                {
                    continue;
                }

                string[] choices = sizes!.Split(';');
                for (int i = 0; i < choices.Length && i < MaxChoices; i++)
                {
                    string[] pair = choices[i].Split(':');
                    if (pair.Length != 2 ||
                        !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out int cpuUnits) ||
                        !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int memoryMiB) ||
                        SyntaxHelpers.SameKindLiteral(cpu, cpuUnits) is not { } newCpu ||
                        SyntaxHelpers.SameKindLiteral(memory, memoryMiB) is not { } newMemory)
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use the Fargate size cpu " + pair[0] + " / memory " + pair[1],
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(new[] { cpu, memory }, (original, _) => original == cpu ? newCpu : newMemory))),
                            equivalenceKey: nameof(SnapFargateSizeCodeFix) + i.ToString(CultureInfo.InvariantCulture)),
                        diagnostic);
                }
            }
        }
    }
}
