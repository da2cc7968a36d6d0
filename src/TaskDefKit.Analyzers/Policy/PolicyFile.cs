using System;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Analyzers.Policy
{
    /// <summary>
    /// The organisation policy of the project: what the <c>.taskdefkit.json</c> that the package's build props add as an
    /// <c>AdditionalFiles</c> item (the nearest at or above the project folder) asks of task definitions — the <c>policy</c>
    /// section and <c>requireAwsvpcNetworkMode</c> — read and applied with the same <see cref="PolicyReader"/> and
    /// <see cref="ConfigPolicy"/> as the <c>taskdef</c> tool. Never throws: a file that cannot be read gives no policy and a
    /// <see cref="Problem"/>, which <see cref="PolicyFileAnalyzer"/> reports once as TDK9401.
    /// </summary>
    internal sealed class PolicyFile
    {
        public const string FileName = ".taskdefkit.json";

        private static readonly PolicyFile s_none = new PolicyFile(null, null, null, 0);

        // Parsed once per text, not per compilation: the IDE starts a compilation on every keystroke.
        private static readonly ConditionalWeakTable<SourceText, PolicyFile> s_byText = new ConditionalWeakTable<SourceText, PolicyFile>();

        private PolicyFile(AdditionalText? file, ValidationOptions? options, string? problem, int problemLine)
        {
            File = file;
            Options = options;
            Problem = problem;
            ProblemLine = problemLine;
        }

        /// <summary>The configuration file, or null when the project has none.</summary>
        public AdditionalText? File { get; }

        /// <summary>Validation options carrying the file's settings, or null when it sets none (the validator's defaults apply).</summary>
        public ValidationOptions? Options { get; }

        /// <summary>Why the policy could not be read (<c>path:line: …</c>), or null.</summary>
        public string? Problem { get; }

        /// <summary>The 1-based line of <see cref="Problem"/>.</summary>
        public int ProblemLine { get; }

        /// <summary>The policy of the compilation's <c>.taskdefkit.json</c> additional file (the one nearest the project when several are given).</summary>
        public static PolicyFile Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            AdditionalText? file = Find(options.AdditionalFiles);
            return file is null ? s_none : Read(file, cancellationToken);
        }

        /// <summary>Whether <paramref name="file"/> is a <c>.taskdefkit.json</c>.</summary>
        public static bool IsConfiguration(AdditionalText file) =>
            string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

        public static PolicyFile Read(AdditionalText file, CancellationToken cancellationToken)
        {
            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return new PolicyFile(file, null, file.Path + ": cannot read the configuration file", 1);
            }

            return s_byText.GetValue(text, t =>
            {
                ConfigPolicy? config = PolicyReader.ReadConfig(t.ToString(), file.Path, out string? problem, out int line);
                return new PolicyFile(file, config is null || config.IsEmpty ? null : config.ApplyTo(new ValidationOptions()), problem, line);
            });
        }

        private static AdditionalText? Find(ImmutableArray<AdditionalText> files)
        {
            AdditionalText? nearest = null;
            foreach (AdditionalText file in files)
            {
                // The deepest folder is the nearest to the project; ties by path keep the choice deterministic.
                if (IsConfiguration(file) && (nearest is null || file.Path.Length > nearest.Path.Length
                    || (file.Path.Length == nearest.Path.Length && string.CompareOrdinal(file.Path, nearest.Path) < 0)))
                {
                    nearest = file;
                }
            }

            return nearest;
        }
    }
}
