using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// A cheap token scan that tells whether a code block can contain a chain root, so that the analyzers walk the
    /// operation tree only of blocks that can (most methods of a project never touch a builder). It errs on the side of
    /// "maybe": a root is a call of a method named <c>Create</c> or an object creation whose type is written with one
    /// of the given names, with a using alias (any alias in the compilation counts) or as a target-typed <c>new(...)</c>;
    /// each of these leaves a token this scan looks for. A call of a method (or property) declared in the compilation with
    /// one of the names as its return type also counts: it continues a definition another method started.
    /// </summary>
    internal sealed class SyntacticFilter
    {
        private readonly Compilation _compilation;
        private readonly string[] _names;
        private HashSet<string>? _aliases;
        private HashSet<string>? _returningMembers;

        public SyntacticFilter(Compilation compilation, params string[] names)
        {
            _compilation = compilation;
            _names = names;
        }

        /// <summary>False when no operation under <paramref name="node"/> can be a chain root.</summary>
        public bool MayContainRoot(SyntaxNode node, CancellationToken cancellationToken)
        {
            HashSet<string> aliases = _aliases ?? LoadAliases(cancellationToken);
            HashSet<string> returning = _returningMembers ?? LoadReturningMembers(aliases, cancellationToken);
            foreach (SyntaxToken token in node.DescendantTokens())
            {
                switch ((SyntaxKind)token.RawKind)
                {
                    case SyntaxKind.IdentifierToken:
                        string text = token.ValueText;
                        if (text == "Create" || aliases.Contains(text) || returning.Contains(text))
                        {
                            return true;
                        }

                        foreach (string name in _names)
                        {
                            if (text == name)
                            {
                                return true;
                            }
                        }

                        break;
                    case SyntaxKind.NewKeyword when token.Parent is ImplicitObjectCreationExpressionSyntax:
                        return true;
                }
            }

            return false;
        }

        /// <summary>The names of all using aliases in the compilation (global ones apply to every file); read once.</summary>
        private HashSet<string> LoadAliases(CancellationToken cancellationToken)
        {
            var aliases = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
                {
                    AddAliases(unit.Usings, aliases);
                    AddAliases(unit.Members, aliases);
                }
            }

            Interlocked.CompareExchange(ref _aliases, aliases, null);
            return _aliases!;
        }

        /// <summary>The names of the methods, local functions and properties whose declared type is a builder name or an alias.</summary>
        private HashSet<string> LoadReturningMembers(HashSet<string> aliases, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                foreach (SyntaxNode node in tree.GetRoot(cancellationToken).DescendantNodes(n => !(n is ExpressionSyntax)))
                {
                    switch (node)
                    {
                        case MethodDeclarationSyntax method when NamesBuilder(method.ReturnType, aliases):
                            names.Add(method.Identifier.ValueText);
                            break;
                        case LocalFunctionStatementSyntax function when NamesBuilder(function.ReturnType, aliases):
                            names.Add(function.Identifier.ValueText);
                            break;
                        case PropertyDeclarationSyntax property when NamesBuilder(property.Type, aliases):
                            names.Add(property.Identifier.ValueText);
                            break;
                    }
                }
            }

            Interlocked.CompareExchange(ref _returningMembers, names, null);
            return _returningMembers!;
        }

        private bool NamesBuilder(TypeSyntax type, HashSet<string> aliases)
        {
            string? name = type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax qualified => qualified.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            if (name is null)
            {
                return false;
            }

            foreach (string builder in _names)
            {
                if (name == builder)
                {
                    return true;
                }
            }

            return aliases.Contains(name);
        }

        private static void AddAliases(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> aliases)
        {
            foreach (MemberDeclarationSyntax member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    AddAliases(ns.Usings, aliases);
                    AddAliases(ns.Members, aliases);
                }
            }
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> aliases)
        {
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Alias != null)
                {
                    aliases.Add(directive.Alias.Name.Identifier.ValueText);
                }
            }
        }
    }
}
