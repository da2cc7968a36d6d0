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
    /// <summary>
    /// TDK4003/TDK4004: a host port that differs from the container port under awsvpc, host networking or Fargate.
    /// Offers to set it to the container port, or to remove the <c>HostPort</c>/<c>DynamicHostPort</c> call.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HostPortCodeFix)), Shared]
    public sealed class HostPortCodeFix : CodeFixProvider
    {
        public const string SetKey = nameof(HostPortCodeFix) + ".Set";
        public const string RemoveKey = nameof(HostPortCodeFix) + ".Remove";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.AwsVpcHostPort, FixIds.HostModeHostPort);

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
                InvocationExpressionSyntax? call = SyntaxHelpers.InvocationOf(node);
                string? name = call is null ? null : SyntaxHelpers.CalledName(call);
                if (call is null || (name != "HostPort" && name != "DynamicHostPort") || call.Expression is not MemberAccessExpressionSyntax access)
                {
                    continue;
                }

                if (diagnostic.Properties.TryGetValue(FixIds.ContainerPortProperty, out string? portText) &&
                    int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port))
                {
                    InvocationExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
                            access.WithName(SyntaxFactory.IdentifierName("HostPort").WithTriviaFrom(access.Name)),
                            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxHelpers.Number(port)))))
                        .WithTriviaFrom(call);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Set the host port to the container port (" + portText + ")",
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(call, replacement))),
                            equivalenceKey: SetKey),
                        diagnostic);
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the host port",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, call, access))),
                        equivalenceKey: RemoveKey),
                    diagnostic);
            }
        }

        /// <summary>Replaces <c>p.X().HostPort(n)</c> by <c>p.X()</c>; a lambda left as <c>p =&gt; p</c> is removed from <c>Port(...)</c>.</summary>
        private static SyntaxNode Remove(SyntaxNode root, InvocationExpressionSyntax call, MemberAccessExpressionSyntax access)
        {
            if (access.Expression is IdentifierNameSyntax receiver &&
                call.Parent is SimpleLambdaExpressionSyntax lambda && lambda.Parameter.Identifier.ValueText == receiver.Identifier.ValueText &&
                lambda.Parent is ArgumentSyntax argument && argument.Parent is ArgumentListSyntax list)
            {
                return root.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(argument)));
            }

            return root.ReplaceNode(call, access.Expression.WithTrailingTrivia(call.GetTrailingTrivia()));
        }
    }
}
