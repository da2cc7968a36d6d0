using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TaskDefKit.Analyzers.Diagnostics;

namespace TaskDefKit.Analyzers.Policy
{
    /// <summary>
    /// TDK9401 on the <c>.taskdefkit.json</c> itself when its policy cannot be read (malformed JSON, an unknown key, a
    /// value of the wrong kind): one diagnostic at the line of the problem, with the text the <c>taskdef</c> tool prints
    /// for the same file. The other analyzers then apply no policy rather than a part of one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PolicyInvalid);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(file =>
            {
                if (!PolicyFile.IsConfiguration(file.AdditionalFile))
                {
                    return;
                }

                PolicyFile policy = PolicyFile.Read(file.AdditionalFile, file.CancellationToken);
                if (policy.Problem is null)
                {
                    return;
                }

                SourceText? text = file.AdditionalFile.GetText(file.CancellationToken);
                Location location = Location.None;
                if (text != null && text.Lines.Count > 0)
                {
                    TextLine line = text.Lines[System.Math.Min(System.Math.Max(policy.ProblemLine - 1, 0), text.Lines.Count - 1)];
                    location = Location.Create(file.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                }

                file.ReportDiagnostic(Diagnostic.Create(Descriptors.PolicyInvalid, location, policy.Problem));
            });
        }
    }
}
