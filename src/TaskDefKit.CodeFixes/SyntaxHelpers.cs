using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TaskDefKit.CodeFixes
{
    internal static class SyntaxHelpers
    {
        public static async Task<SyntaxNode?> FindNodeAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root?.FindNode(span, getInnermostNodeForTie: true);
        }

        public static ExpressionSyntax Number(int value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

        public static ExpressionSyntax Text(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        /// <summary>A literal of the same kind as <paramref name="original"/> (string or number); null for anything else.</summary>
        public static ExpressionSyntax? SameKindLiteral(ExpressionSyntax original, int value)
        {
            switch (original.Kind())
            {
                case SyntaxKind.StringLiteralExpression:
                    return Text(value.ToString(CultureInfo.InvariantCulture)).WithTriviaFrom(original);
                case SyntaxKind.NumericLiteralExpression:
                    return Number(value).WithTriviaFrom(original);
                default:
                    return null;
            }
        }

        /// <summary>The invocation whose called name is <paramref name="node"/> (<c>Foo</c> in <c>x.Foo()</c>), or that has <paramref name="node"/> as an argument.</summary>
        public static InvocationExpressionSyntax? InvocationOf(SyntaxNode node)
        {
            if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node && access.Parent is InvocationExpressionSyntax called)
            {
                return called;
            }

            if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax withArgument } })
            {
                return withArgument;
            }

            return null;
        }

        public static string? CalledName(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : null;
    }
}
