using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Analyzers.Builder.Description;
using TaskDefKit.Analyzers.Diagnostics;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Reports placement rule violations (TDK5xxx) in <c>PlacementBuilder</c> chains and in raw
    /// <c>new PlacementStrategy { ... }</c> / <c>new PlacementConstraint { ... }</c> objects with constant members: a
    /// binpack field other than cpu or memory, an expression on distinctInstance, a memberOf expression that does not
    /// parse, and the other per-item rules. Counts are checked only for a chain that reaches <c>Build()</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlacementAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> s_supported = ImmutableArray.Create(
            Descriptors.PlacementStrategyType,
            Descriptors.BinpackField,
            Descriptors.SpreadField,
            Descriptors.RandomField,
            Descriptors.TooManyPlacementStrategies,
            Descriptors.PlacementConstraintType,
            Descriptors.DistinctInstanceExpression,
            Descriptors.MemberOfExpressionRequired,
            Descriptors.ExpressionLength,
            Descriptors.TooManyPlacementConstraints,
            Descriptors.CqlSyntax,
            Descriptors.CqlOperator,
            Descriptors.CqlArgument,
            Descriptors.AttributeName);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => s_supported;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = BuilderTypes.Create(start.Compilation);
                if (types.PlacementBuilder is null && types.PlacementStrategy is null)
                {
                    return;
                }

                // Per operation block: a chain's findings lie outside the Create call that starts it. Blocks whose
                // tokens cannot form a root (a Create call, a placement object creation) are not walked.
                var filter = new SyntacticFilter(start.Compilation, "PlacementStrategy", "PlacementConstraint");
                start.RegisterOperationBlockAction(c =>
                {
                    foreach (IOperation block in c.OperationBlocks)
                    {
                        if (!filter.MayContainRoot(block.Syntax, c.CancellationToken))
                        {
                            continue;
                        }

                        foreach (IOperation operation in block.Descendants())
                        {
                            if (operation is IInvocationOperation invocation)
                            {
                                AnalyzeChain(c, invocation, types);
                            }
                            else if (operation is IObjectCreationOperation creation)
                            {
                                AnalyzeRawObject(c, creation, types);
                            }
                        }
                    }
                });
            });
        }

        private static void AnalyzeChain(OperationBlockAnalysisContext context, IInvocationOperation root, BuilderTypes types)
        {
            if (root.Instance != null || root.TargetMethod.Name != "Create" || !BuilderTypes.Is(root.TargetMethod.ContainingType, types.PlacementBuilder))
            {
                return;
            }

            var state = new ChainState(root.Syntax.GetLocation());
            var placement = new PlacementDocument();
            var interpreter = new DescriptionInterpreter(types, state, context.CancellationToken);
            var target = new ModelTarget(placement, PlacementDocument.Schema, string.Empty);
            ChainReading.Follow(
                root,
                call => BuilderTypes.Is(call.TargetMethod.ContainingType, types.PlacementBuilder) && BuilderTypes.Is(call.TargetMethod.ReturnType, types.PlacementBuilder),
                call => BuilderTypes.Is(call.TargetMethod.ContainingType, types.PlacementBuilder) && (call.TargetMethod.Name == "Build" || call.TargetMethod.Name == "ToJson"),
                call =>
                {
                    // Each call as its [Adds] description says, like every other builder (PlacementBuilder's methods carry them).
                    if (!interpreter.Apply(call, target))
                    {
                        state.MarkUnknown(string.Empty);
                    }
                },
                state,
                context.CancellationToken);
            Report(context, placement, state, itemsOnly: false);
        }

        private static void AnalyzeRawObject(OperationBlockAnalysisContext context, IObjectCreationOperation creation, BuilderTypes types)
        {
            bool strategy = BuilderTypes.Is(creation.Type, types.PlacementStrategy);
            bool constraint = BuilderTypes.Is(creation.Type, types.PlacementConstraint);
            if ((!strategy && !constraint) || creation.Initializer is null)
            {
                return;
            }

            var state = new ChainState(creation.Syntax.GetLocation());
            string pointer = strategy ? "/placementStrategy/0" : "/placementConstraints/0";
            state.Set(pointer, creation.Syntax.GetLocation());
            var placement = new PlacementDocument();
            var item = new PlacementStrategy();
            var rawConstraint = new PlacementConstraint();
            if (strategy)
            {
                placement.PlacementStrategy = new List<PlacementStrategy> { item };
            }
            else
            {
                placement.PlacementConstraints = new List<PlacementConstraint> { rawConstraint };
            }

            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (!(initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment))
                {
                    state.MarkUnknown(pointer);
                    continue;
                }

                string member = pointer + "/" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
                bool known = true;
                switch (property.Name)
                {
                    case "Type" when strategy && ConstantValues.TryGetEnum(assignment.Value, out PlacementStrategyType strategyType):
                        item.Type = strategyType;
                        break;
                    case "Type" when !strategy && ConstantValues.TryGetEnum(assignment.Value, out PlacementConstraintType constraintType):
                        rawConstraint.Type = constraintType;
                        break;
                    case "Field" when ConstantValues.TryGetString(assignment.Value, out string? field):
                        item.Field = field;
                        break;
                    case "Expression" when ConstantValues.TryGetString(assignment.Value, out string? expression):
                        rawConstraint.Expression = expression;
                        break;
                    default:
                        known = false;
                        break;
                }

                if (known)
                {
                    state.Set(member, assignment.Value.Syntax.GetLocation());
                }
                else
                {
                    state.MarkUnknown(member);
                }
            }

            Report(context, placement, state, itemsOnly: true);
        }

        private static void Report(OperationBlockAnalysisContext context, PlacementDocument placement, ChainState state, bool itemsOnly)
        {
            foreach (RuleDiagnostic finding in PlacementValidator.Validate(placement))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                bool count = finding.RuleId == RuleIds.TooManyPlacementStrategies || finding.RuleId == RuleIds.TooManyPlacementConstraints;
                if (count && (itemsOnly || !state.Complete || !state.AllKnown(new[] { "/placementStrategy/#", "/placementConstraints/#" })))
                {
                    continue;
                }

                // A finding about one item needs that item known; the item's pointer is the finding's first two segments.
                string[] segments = JsonPointer.Segments(finding.Pointer);
                string item = segments.Length >= 2 ? "/" + segments[0] + "/" + segments[1] : finding.Pointer;
                if (!state.AllKnown(new[] { item }) || Descriptors.Find(finding.RuleId) is not { } descriptor)
                {
                    continue;
                }

                if (System.Array.IndexOf(new[] { RuleIds.FargatePlacement, RuleIds.DaemonPlacementStrategy }, finding.RuleId) >= 0)
                {
                    continue; // need the service's launch type and scheduling, which the placement alone does not tell
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    state.Locate(finding.Pointer),
                    Severities.Of(finding.Severity),
                    additionalLocations: null,
                    properties: ImmutableDictionary<string, string?>.Empty.Add("Pointer", finding.Pointer),
                    finding.Message));
            }
        }
    }
}
