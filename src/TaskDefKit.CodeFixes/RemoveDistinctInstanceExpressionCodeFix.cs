using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
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
                            root.ReplaceNode(initializer, Without(initializer, assignment)))),
                        equivalenceKey: nameof(RemoveDistinctInstanceExpressionCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>The initializer without <paramref name="assignment"/>, keeping the space before the closing brace.</summary>
        private static InitializerExpressionSyntax Without(InitializerExpressionSyntax initializer, AssignmentExpressionSyntax assignment)
        {
            SeparatedSyntaxList<ExpressionSyntax> remaining = initializer.Expressions.Remove(assignment);
            InitializerExpressionSyntax result = initializer.WithExpressions(remaining);
            if (remaining.Count > 0 && initializer.Expressions.IndexOf(assignment) == initializer.Expressions.Count - 1)
            {
                ExpressionSyntax last = result.Expressions[result.Expressions.Count - 1];
                result = result.ReplaceNode(last, last.WithTrailingTrivia(assignment.GetTrailingTrivia()));
            }

            return result;
        }
    }
}
