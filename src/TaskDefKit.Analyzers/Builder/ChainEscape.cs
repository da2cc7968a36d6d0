using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>Tells what a method does with a builder at the end of its chain (<see cref="ChainEnd"/>).</summary>
    internal static class ChainEscape
    {
        /// <summary>Where <paramref name="top"/> (the builder or the last call on it) goes.</summary>
        public static ChainEnd Classify(IOperation top)
        {
            IOperation current = top;
            while (current.Parent is IConversionOperation { IsImplicit: true } || current.Parent is IParenthesizedOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IReturnOperation returned:
                    return ReturnsFromMethod(returned) ? ChainEnd.Returned : ChainEnd.Open;
                case ITupleOperation:
                case IArrayInitializerOperation:
                case ICollectionExpressionOperation:
                    return ChainEnd.PassedOn;
                case IArgumentOperation argument when argument.Parameter != null:
                    return OnlyBuilds(argument.Parameter) ? ChainEnd.PassedOn : ChainEnd.Open;
                default:
                    return ChainEnd.Open;
            }
        }

        /// <summary>The return leaves the method itself, not a lambda or local function inside it.</summary>
        private static bool ReturnsFromMethod(IReturnOperation returned)
        {
            for (IOperation? current = returned.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A service or RunTask builder's <c>[RunsTaskDefinition]</c> parameter: the builder keeps the task definition
        /// builder only to build it (at its own <c>Build()</c>).
        /// </summary>
        private static bool RunsTaskDefinition(IMethodSymbol method, IParameterSymbol parameter)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "RunsTaskDefinitionAttribute" } type &&
                    type.ContainingNamespace?.ToDisplayString() == Description.BuilderDescriptions.Namespace &&
                    attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name && name == parameter.Name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The parameter's method cannot add to the builder: it is compiled elsewhere and takes no builder (a collection's
        /// <c>Add</c>), or it is in source and uses the parameter only as <c>parameter.Build()</c>.
        /// </summary>
        private static bool OnlyBuilds(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is IMethodSymbol runner && RunsTaskDefinition(runner, parameter))
            {
                return true;
            }

            if (parameter.ContainingSymbol is not IMethodSymbol method || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return parameter.Type.SpecialType == SpecialType.System_Object || parameter.Type.TypeKind == TypeKind.TypeParameter;
            }

            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
                {
                    if (node is IdentifierNameSyntax name && name.Identifier.ValueText == parameter.Name &&
                        !(name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Build" } access && access.Expression == name &&
                          access.Parent is InvocationExpressionSyntax))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
