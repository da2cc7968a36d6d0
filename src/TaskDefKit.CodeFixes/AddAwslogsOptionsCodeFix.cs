using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.CodeFixes
{
    /// <summary>
    /// TDK6003: <c>.LogConfiguration(LogDriver.Awslogs, ...)</c> without <c>awslogs-group</c> or <c>awslogs-region</c>.
    /// Adds the missing <c>.Option(...)</c> calls (a group named after the container, Region <c>us-east-1</c> to edit).
    /// One action adds every missing option of the call, so the two findings of one call share it; Fix All rewrites
    /// each call once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAwslogsOptionsCodeFix)), Shared]
    public sealed class AddAwslogsOptionsCodeFix : CodeFixProvider
    {
        private const string Group = "awslogs-group";
        private const string Region = "awslogs-region";
        private const string DefaultRegion = "us-east-1";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FixIds.AwslogsRequiredOptions);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FindCall(root, diagnostic) is not { } call || Rewrite(call) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add the missing awslogs options",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(call, Rewrite(call)!))),
                        equivalenceKey: nameof(AddAwslogsOptionsCodeFix)),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var calls = new HashSet<InvocationExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (FindCall(root, diagnostic) is { } call && Rewrite(call) != null)
                {
                    calls.Add(call);
                }
            }

            // Innermost first is not needed: LogConfiguration calls do not nest.
            return document.WithSyntaxRoot(root.ReplaceNodes(calls, (original, _) => Rewrite(original) ?? original));
        }

        private static InvocationExpressionSyntax? FindCall(SyntaxNode root, Diagnostic diagnostic)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            InvocationExpressionSyntax? call = SyntaxHelpers.InvocationOf(node);
            return call != null && SyntaxHelpers.CalledName(call) == "LogConfiguration" ? call : null;
        }

        /// <summary>The call with the missing options added; null when its shape is not one this fix understands.</summary>
        private static InvocationExpressionSyntax? Rewrite(InvocationExpressionSyntax call)
        {
            SeparatedSyntaxList<ArgumentSyntax> arguments = call.ArgumentList.Arguments;
            if (arguments.Count == 1)
            {
                ExpressionSyntax body = AddOptions(SyntaxFactory.IdentifierName("log"), Missing(null), ContainerName(call));
                ArgumentSyntax lambda = SyntaxFactory.Argument(SyntaxFactory.SimpleLambdaExpression(SyntaxFactory.Parameter(SyntaxFactory.Identifier("log")), body));
                return call.WithArgumentList(call.ArgumentList.WithArguments(arguments.Add(lambda)));
            }

            if (arguments.Count == 2 && arguments[1].Expression is SimpleLambdaExpressionSyntax { ExpressionBody: { } expression } existing)
            {
                List<string> missing = Missing(expression);
                if (missing.Count == 0)
                {
                    return null;
                }

                ExpressionSyntax body = AddOptions(expression.WithoutTrivia(), missing, ContainerName(call)).WithTriviaFrom(expression);
                return call.ReplaceNode(existing, existing.WithExpressionBody(body));
            }

            return null;
        }

        private static List<string> Missing(ExpressionSyntax? body)
        {
            var present = new HashSet<string>();
            if (body != null)
            {
                foreach (InvocationExpressionSyntax invocation in body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
                {
                    if (SyntaxHelpers.CalledName(invocation) == "Option" && invocation.ArgumentList.Arguments.Count == 2 &&
                        invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: { } name })
                    {
                        present.Add(name);
                    }
                }
            }

            var missing = new List<string>();
            foreach (string option in new[] { Group, Region })
            {
                if (!present.Contains(option))
                {
                    missing.Add(option);
                }
            }

            return missing;
        }

        private static ExpressionSyntax AddOptions(ExpressionSyntax receiver, List<string> missing, string container)
        {
            ExpressionSyntax result = receiver;
            foreach (string option in missing)
            {
                string value = option == Group ? "/ecs/" + container : DefaultRegion;
                result = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, result, SyntaxFactory.IdentifierName("Option")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(SyntaxHelpers.Text(option)), SyntaxFactory.Argument(SyntaxHelpers.Text(value)) })));
            }

            return result;
        }

        /// <summary>The name of the enclosing <c>Container("name", ...)</c>, for the log group; <c>app</c> otherwise.</summary>
        private static string ContainerName(SyntaxNode call)
        {
            foreach (InvocationExpressionSyntax outer in call.Ancestors().OfType<InvocationExpressionSyntax>())
            {
                if (SyntaxHelpers.CalledName(outer) == "Container" && outer.ArgumentList.Arguments.Count == 2 &&
                    outer.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return literal.Token.ValueText;
                }
            }

            return "app";
        }
    }
}
