using System;
using System.Collections.Generic;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// Validates one input of any supported kind and returns its report. Bad input of every sort (missing, binary,
    /// too large, malformed, too deep) becomes one TDK0001 finding that names the file and the problem; nothing throws.
    /// </summary>
    internal static class FileValidator
    {
        public static FileReport Validate(InputItem item, ValidateSettings settings, CliConsole console, TaskDefinitionCatalog? catalog = null) =>
            Validate(Prepare(item, settings, console), settings, console, catalog);

        /// <summary>
        /// The part that is not thread-safe (configuration lookup, cached per folder): done in input order on one thread,
        /// so that <see cref="Validate(Prepared, ValidateSettings, CliConsole, TaskDefinitionCatalog)"/> can run on many.
        /// </summary>
        public static Prepared Prepare(InputItem item, ValidateSettings settings, CliConsole console)
        {
            if (item.Problem != null)
            {
                return new Prepared(item, null, 0);
            }

            (RuleFilter filter, long maxBytes) = settings.For(item, console.WorkingDirectory);
            return new Prepared(item, filter, maxBytes);
        }

        /// <summary>
        /// Reads and validates a prepared input; safe to call from several threads at once, and never throws: a
        /// failure nobody foresaw becomes a TDK0003 finding on this input, and the run goes on with the others.
        /// </summary>
        public static FileReport Validate(Prepared prepared, ValidateSettings settings, CliConsole console, TaskDefinitionCatalog? catalog = null)
        {
            InputItem item = prepared.Item;
            try
            {
                return ReadAndValidate(prepared, settings, console, catalog);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return InternalError(item, exception);
            }
        }

        private static FileReport InternalError(InputItem item, Exception exception) =>
            new FileReport(item.DisplayPath, read: false, new[]
            {
                new RuleDiagnostic(RuleIds.InternalError, RuleSeverity.Error, "internal error while validating this input (" + exception.GetType().Name + ": " + exception.Message + "); the other inputs were validated; please report this with the file", string.Empty, new SourceLocation(item.DisplayPath, 0, 0)),
            }, 0);

        /// <summary>
        /// Tests only: an input whose path contains this text fails as a defect would (no real input is meant to, so
        /// the batch behaviour around TDK0003 cannot be shown otherwise).
        /// </summary>
        internal static string? FaultMarkerForTests { get; set; }

        private static FileReport ReadAndValidate(Prepared prepared, ValidateSettings settings, CliConsole console, TaskDefinitionCatalog? catalog)
        {
            InputItem item = prepared.Item;
            if (FaultMarkerForTests is string marker && item.Path.Contains(marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("injected fault");
            }

            if (item.Problem != null || prepared.Filter is null)
            {
                return Unreadable(item, new InputProblem(item.Problem ?? "not read"));
            }

            RuleFilter filter = prepared.Filter;
            long maxBytes = prepared.MaxBytes;
            byte[]? bytes = FileContentReader.Read(item, maxBytes, console.OpenStandardInput, out InputProblem? problem);
            if (bytes is null)
            {
                return problem!.Skipped
                    ? new FileReport(item.DisplayPath, read: true, Array.Empty<RuleDiagnostic>(), 0, problem.Message)
                    : Unreadable(item, problem);
            }

            try
            {
                return Validate(item, bytes, settings, filter, catalog);
            }
            catch (SourceParseException exception)
            {
                return Unreadable(item, new InputProblem(exception.Message, exception.Line, exception.Column));
            }
        }

        /// <summary>An input with the filter and size limit of its configuration.</summary>
        internal readonly struct Prepared
        {
            public Prepared(InputItem item, RuleFilter? filter, long maxBytes)
            {
                Item = item;
                Filter = filter;
                MaxBytes = maxBytes;
            }

            public InputItem Item { get; }

            public RuleFilter? Filter { get; }

            public long MaxBytes { get; }
        }

        private static FileReport Validate(InputItem item, byte[] bytes, ValidateSettings settings, RuleFilter filter, TaskDefinitionCatalog? catalog)
        {
            InputKind kind = DocumentSniffer.Recognise(bytes, item.Path);
            var context = new InputContext(item, bytes, settings, filter, catalog);
            if (catalog is { Given: null, Deferring: true } && kind.PairsWithTaskDefinition)
            {
                // Judged once every other input is read, so that a task definition anywhere in the run pairs with it.
                return FileReport.Later(item.DisplayPath, () => Guarded(item, () => kind.Judge(context)));
            }

            return kind.Judge(context);
        }

        /// <summary>
        /// A report judged once every other input is read (<see cref="FileReport.Later"/>), with the first pass's guard:
        /// for kinds that read in the first pass and judge against the whole run (the ECR inputs).
        /// </summary>
        internal static FileReport Deferred(InputItem item, Func<FileReport> judge) => FileReport.Later(item.DisplayPath, () => Guarded(item, judge));

        /// <summary>Runs a deferred judgement with the same guard as the first pass: a defect becomes TDK0003, never a crash.</summary>
        private static FileReport Guarded(InputItem item, Func<FileReport> judge)
        {
            try
            {
                return judge();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return InternalError(item, exception);
            }
        }

        private static FileReport Unreadable(InputItem item, InputProblem problem) =>
            new FileReport(item.DisplayPath, read: false, new[]
            {
                new RuleDiagnostic(RuleIds.MalformedJson, RuleSeverity.Error, problem.Message, string.Empty, new SourceLocation(item.DisplayPath, problem.Line, problem.Column)),
            }, 0);
    }
}
