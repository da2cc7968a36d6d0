using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.CodeFixes
{
    /// <summary>TDK3016: <c>.EphemeralStorage(n)</c> outside 21–200 GiB; clamps the literal into the range.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampEphemeralStorageCodeFix)), Shared]
    public sealed class ClampEphemeralStorageCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.EphemeralStorageSize);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (await SyntaxHelpers.FindNodeAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false)
                    is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.Token.Value is not int size)
                {
                    continue;
                }

                int clamped = size < FixIds.MinEphemeralStorageGiB ? FixIds.MinEphemeralStorageGiB : FixIds.MaxEphemeralStorageGiB;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Set ephemeral storage to " + clamped.ToString(CultureInfo.InvariantCulture) + " GiB",
                        async cancellationToken =>
                        {
                            SyntaxNode root = (await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                            return context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxHelpers.Number(clamped).WithTriviaFrom(literal)));
                        },
                        equivalenceKey: nameof(ClampEphemeralStorageCodeFix)),
                    diagnostic);
            }
        }
    }
}
