using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TaskDefKit.Analyzers.Builder.Ecs;
using TaskDefKit.Analyzers.Diagnostics;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// Reports catalog rule violations in <c>TaskDefinitionBuilder</c> chains on the call that causes them. The chain's
    /// constant arguments fill the shared model, the shared validator judges it, and a finding is reported only when
    /// everything the rule reads is known (<see cref="RuleInputs"/>): an unknown value skips the rule, it is never guessed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TaskDefinitionBuilderAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Property with the valid Fargate sizes nearest to a wrong pair: <c>cpu:memory;cpu:memory</c>.</summary>
        public const string SizesProperty = "Sizes";

        /// <summary>Property with the container port of a mapping whose host port is wrong.</summary>
        public const string ContainerPortProperty = "ContainerPort";

        /// <summary>Property with the name of a missing log option.</summary>
        public const string OptionProperty = "Option";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.CatalogRules;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = BuilderTypes.Create(start.Compilation);
                if (types.TaskDefinitionBuilder is null)
                {
                    return;
                }

                // Per operation block, not per call: a chain's findings lie anywhere in the method, outside the Create call.
                // Blocks whose tokens cannot form a root are not walked (most methods never touch the builder).
                // A chain finished in its method is judged there; one that is returned, or that extends a builder another
                // method returned, is judged at the end of the compilation, when every method that extends it is known.
                IReadOnlyList<EcsInputKind> kinds = EcsInputKind.Of(types);
                var names = new List<string> { types.TaskDefinitionBuilder.Name };
                foreach (EcsInputKind kind in kinds)
                {
                    names.Add(kind.Builder.Name);
                }

                var filter = new SyntacticFilter(start.Compilation, names.ToArray());
                var definitions = new CrossMethodDefinitions();
                ValidationOptions? policy = Policy.PolicyFile.Read(start.Options, start.CancellationToken).Options;
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
                            ReadRoot(c, operation, types, definitions, kinds, policy);
                        }
                    }
                });
                start.RegisterCompilationEndAction(end =>
                {
                    // A base definition continued by several callers is judged with each: report its findings once.
                    var reported = new HashSet<string>(System.StringComparer.Ordinal);
                    void ReportOnce(Diagnostic diagnostic)
                    {
                        if (reported.Add(diagnostic.Id + "|" + diagnostic.Location.SourceTree?.FilePath + "|" + diagnostic.Location.SourceSpan + "|" + diagnostic.GetMessage(CultureInfo.InvariantCulture)))
                        {
                            end.ReportDiagnostic(diagnostic);
                        }
                    }

                    definitions.JudgeAll((fragments, complete) => Judge(fragments, complete, types, policy, ReportOnce, end.CancellationToken), end.CancellationToken);

                    // Services, RunTasks and clusters last: their task definitions are joined across methods by now.
                    var taskDefinitions = new TaskDefinitionSource(types, definitions);
                    foreach (EcsInputKind kind in kinds)
                    {
                        kind.Definitions.JudgeAll(
                            (fragments, complete) => JudgeInput(kind, fragments, complete, taskDefinitions, types, policy, ReportOnce, end.CancellationToken),
                            end.CancellationToken);
                    }
                });
            });
        }

        private static void ReadRoot(
            OperationBlockAnalysisContext context, IOperation operation, BuilderTypes types, CrossMethodDefinitions definitions, IReadOnlyList<EcsInputKind> kinds, ValidationOptions? policy)
        {
            switch (operation.Kind)
            {
                case OperationKind.Invocation:
                case OperationKind.ObjectCreation:
                case OperationKind.PropertyReference:
                    break;
                case OperationKind.MethodReference:
                    IMethodSymbol referenced = ((IMethodReferenceOperation)operation).Method;
                    definitions.NoteReferenced(referenced);
                    foreach (EcsInputKind kind in kinds)
                    {
                        kind.Definitions.NoteReferenced(referenced);
                    }

                    return;
                default:
                    return;
            }

            if (TaskDefinitionChainReader.IsRoot(operation, types, out IOperation? family))
            {
                ChainFragment fragment = TaskDefinitionChainReader.Record(operation, family, null, context.OwningSymbol, types, context.CancellationToken);
                if (fragment.End == ChainEnd.Returned)
                {
                    definitions.Add(fragment);
                }
                else
                {
                    Judge(new[] { fragment }, fragment.Finished, types, policy, context.ReportDiagnostic, context.CancellationToken);
                }
            }
            else if (CrossMethodDefinitions.ReturnedBuilderOf(operation, types.TaskDefinitionBuilder) is IMethodSymbol baseMethod)
            {
                definitions.Add(TaskDefinitionChainReader.Record(operation, null, baseMethod, context.OwningSymbol, types, context.CancellationToken));
            }
            else
            {
                ReadInputRoot(context, operation, kinds);
            }
        }

        /// <summary>A service, RunTask or cluster chain: recorded now, judged at the end of the compilation.</summary>
        private static void ReadInputRoot(OperationBlockAnalysisContext context, IOperation operation, IReadOnlyList<EcsInputKind> kinds)
        {
            foreach (EcsInputKind kind in kinds)
            {
                if (EcsInputChainReader.IsRoot(operation, kind))
                {
                    kind.Definitions.Add(EcsInputChainReader.Record(operation, null, context.OwningSymbol, kind, context.CancellationToken));
                    return;
                }

                if (CrossMethodDefinitions.ReturnedBuilderOf(operation, kind.Builder) is IMethodSymbol baseMethod)
                {
                    kind.Definitions.Add(EcsInputChainReader.Record(operation, baseMethod, context.OwningSymbol, kind, context.CancellationToken));
                    return;
                }
            }
        }

        /// <summary>Validates the service, RunTask or cluster the fragments write (against its task definition when read) and reports each finding whose inputs are known.</summary>
        private static void JudgeInput(
            EcsInputKind kind, IReadOnlyList<ChainFragment> fragments, bool complete, TaskDefinitionSource taskDefinitions, BuilderTypes types,
            ValidationOptions? policy, System.Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            EcsInputChainReader reader = EcsInputChainReader.Replay(fragments, complete, kind, taskDefinitions, types, cancellationToken);
            Report(kind.Validate(reader.Model, reader.TaskDefinition, policy), reader.State, null, report, cancellationToken, s_launchPointers);
        }

        /// <summary>Validates the definition the fragments write (with the project's organisation policy, when it has one) and reports each finding whose inputs are all known.</summary>
        private static void Judge(IReadOnlyList<ChainFragment> fragments, bool complete, BuilderTypes types, ValidationOptions? policy, System.Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            TaskDefinitionChainReader reader = TaskDefinitionChainReader.Replay(fragments, complete, types, cancellationToken);
            ChainState state = reader.State;
            Report(TaskDefinitionValidator.Validate(reader.Model, policy), state, reader.Model, report, cancellationToken);
        }

        /// <summary>
        /// What a service's or RunTask's placement findings (TDK5xxx, whose declared inputs are the placement's own) read
        /// besides: how its tasks launch.
        /// </summary>
        private static readonly string[] s_launchPointers = { "/launchType", "/capacityProviderStrategy", "/schedulingStrategy" };

        /// <summary>Reports each finding whose inputs are all known on the location that set its pointer (task definition findings with their code fix properties).</summary>
        private static void Report(
            IReadOnlyList<RuleDiagnostic> findings, ChainState state, TaskDefinition? model, System.Action<Diagnostic> report, CancellationToken cancellationToken,
            string[]? placementReads = null)
        {
            foreach (RuleDiagnostic finding in findings)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RuleInputs.Input input = RuleInputs.Find(finding.RuleId);
                if ((input.NeedsCompleteChain && !state.Complete) || !state.AllKnown(input.Reads) || !state.AllKnown(new[] { finding.Pointer }) ||
                    (placementReads != null && finding.RuleId.StartsWith("TDK5", System.StringComparison.Ordinal) && !state.AllKnown(placementReads)))
                {
                    continue;
                }

                DiagnosticDescriptor? descriptor = Descriptors.Find(finding.RuleId);
                if (descriptor is null)
                {
                    continue;
                }

                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add("Pointer", finding.Pointer);
                List<Location>? additional = null;
                switch (model is null ? null : finding.RuleId)
                {
                    case RuleIds.FargateTaskSize:
                        properties = properties.Add(SizesProperty, NearestSizes(model!));
                        if (state.TryGetLocation("/cpu", out Location cpu) && state.TryGetLocation("/memory", out Location memory))
                        {
                            additional = new List<Location> { cpu, memory };
                        }

                        break;
                    case RuleIds.AwsVpcHostPort:
                    case RuleIds.HostModeHostPort:
                        if (ContainerPort(model!, finding.Pointer) is int port)
                        {
                            properties = properties.Add(ContainerPortProperty, port.ToString(CultureInfo.InvariantCulture));
                        }

                        break;
                    case RuleIds.AwslogsRequiredOptions:
                        properties = properties.Add(OptionProperty, finding.Pointer.Substring(finding.Pointer.LastIndexOf('/') + 1));
                        break;
                }

                report(Diagnostic.Create(
                    descriptor,
                    state.Locate(input.ReportAt ?? finding.Pointer),
                    Severities.Of(finding.Severity),
                    additional,
                    properties,
                    finding.Message));
            }
        }

        private static string NearestSizes(TaskDefinition model)
        {
            if (model.Cpu is null || model.Memory is null || !TaskSize.TryParseCpu(model.Cpu, out int cpu) || !TaskSize.TryParseMemory(model.Memory, out int memory))
            {
                return string.Empty;
            }

            bool windows = new ValidationContext(model).IsWindows;
            var text = new StringBuilder();
            foreach (TaskDefKit.Validation.Support.Tdk1TaskSizes.Size size in TaskDefKit.Validation.Support.Tdk1TaskSizes.Nearest(cpu, memory, windows))
            {
                if (text.Length > 0)
                {
                    text.Append(';');
                }

                text.Append(size.CpuUnits.ToString(CultureInfo.InvariantCulture)).Append(':').Append(size.MemoryMiB.ToString(CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static int? ContainerPort(TaskDefinition model, string pointer)
        {
            string[] segments = JsonPointer.Segments(pointer);
            if (segments.Length >= 4 && segments[0] == "containerDefinitions" && segments[2] == "portMappings" &&
                int.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out int c) &&
                int.TryParse(segments[3], NumberStyles.None, CultureInfo.InvariantCulture, out int p) &&
                model.ContainerDefinitions != null && c < model.ContainerDefinitions.Count &&
                model.ContainerDefinitions[c].PortMappings is { } mappings && p < mappings.Count)
            {
                return mappings[p].ContainerPort;
            }

            return null;
        }
    }
}
