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
    /// <summary>TDK1004: every container is <c>.Essential(false)</c>; makes the first one essential.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkContainerEssentialCodeFix)), Shared]
    public sealed class MarkContainerEssentialCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.NoEssentialContainer);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (await SyntaxHelpers.FindNodeAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false)
                    is not ExpressionSyntax argument || !argument.IsKind(SyntaxKind.FalseLiteralExpression))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark the container essential",
                        async cancellationToken =>
                        {
                            SyntaxNode root = (await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                            ExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(argument);
                            return context.Document.WithSyntaxRoot(root.ReplaceNode(argument, replacement));
                        },
                        equivalenceKey: nameof(MarkContainerEssentialCodeFix)),
                    diagnostic);
            }
        }
    }
}
