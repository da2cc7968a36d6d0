using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.CodeFixes
{
    /// <summary>TDK5007: <c>new PlacementConstraint { Type = DistinctInstance, Expression = ".." }</c>; removes the expression.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveDistinctInstanceExpressionCodeFix)), Shared]
    public sealed class RemoveDistinctInstanceExpressionCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.DistinctInstanceExpression);

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
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node.Parent is not AssignmentExpressionSyntax assignment || assignment.Parent is not InitializerExpressionSyntax initializer)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the expression from distinctInstance",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(
                            root.ReplaceNode(initializer, initializer.WithExpressions(initializer.Expressions.Remove(assignment))))),
                        equivalenceKey: nameof(RemoveDistinctInstanceExpressionCodeFix)),
                    diagnostic);
            }
        }
    }
}
